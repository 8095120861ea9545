import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useCallback, useId, useMemo, useState } from 'react';
import { useSearch } from 'wouter';
import { localized } from '../../../src/domain/journey/localize.js';
import { CHANNELS } from '../../../src/domain/journey/vocabulary.js';
import { api } from '../api/client.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { MessageKey } from '../i18n/en.js';
import type { AnalysisBody } from './api.js';
import {
  EMPTY_FILTERS,
  type FilterState,
  fromBody,
  PRESET_DAYS,
  parseSegment,
  readFilters,
  toBody,
  writeFilters,
} from './filters-state.js';

interface Props {
  workspaceId: string;
  journeyId: string;
  value: AnalysisBody;
  onChange: (body: AnalysisBody) => void;
}

/**
 * The analysis request kept in the URL query string (period, compare, channel, persona,
 * audience, segments), so a link reproduces the view. Returns the body and a setter that
 * replaces the query string (no new history entry per change).
 */
export function useUrlFilters(): [AnalysisBody, (body: AnalysisBody) => void] {
  const search = useSearch();
  const day = Math.floor(Date.now() / 86_400_000);
  const body = useMemo(() => toBody(readFilters(search), day * 86_400_000), [search, day]);
  const set = useCallback((next: AnalysisBody) => {
    const qs = writeFilters(fromBody(next, Date.now()), window.location.search);
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    window.history.replaceState(window.history.state, '', url);
  }, []);
  return [body, set];
}

/** Period, compare, channel, persona, audience and segment filters for a journey's analyses. */
export function FilterBar({ workspaceId, journeyId, value, onChange }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const map = useQuery({
    queryKey: ['map', workspaceId, journeyId],
    queryFn: () => api.journeyMap(workspaceId, journeyId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const personas = map.data?.personas ?? [];
  const state = fromBody(value, Date.now());
  const [segmentText, setSegmentText] = useState('');
  const [segmentError, setSegmentError] = useState(false);
  const [custom, setCustom] = useState(state.days === null);
  const today = new Date().toISOString().slice(0, 10);
  const [draft, setDraft] = useState({ from: state.from ?? today, to: state.to ?? today });

  const update = (patch: Partial<FilterState>) => onChange(toBody({ ...state, ...patch }, Date.now()));

  function onPeriod(v: string) {
    if (v === 'custom') {
      setCustom(true);
      if (draft.from <= draft.to) update({ days: null, from: draft.from, to: draft.to });
      return;
    }
    setCustom(false);
    update({ days: Number(v), from: null, to: null });
  }
  function onDate(which: 'from' | 'to', v: string) {
    const next = { ...draft, [which]: v };
    setDraft(next);
    if (/^\d{4}-\d{2}-\d{2}$/.test(next.from) && /^\d{4}-\d{2}-\d{2}$/.test(next.to) && next.from <= next.to)
      update({ days: null, from: next.from, to: next.to });
  }
  function addSegment(e: FormEvent) {
    e.preventDefault();
    const s = parseSegment(segmentText);
    if (!s) {
      setSegmentError(true);
      return;
    }
    setSegmentError(false);
    setSegmentText('');
    if (!state.segments.some((x) => x.name === s.name && x.value === s.value))
      update({ segments: [...state.segments, s] });
  }

  const periodValue = custom || state.days === null ? 'custom' : String(state.days);
  return (
    <form className="filter-bar" aria-label={t('filterBar')} onSubmit={addSegment}>
      <div className="filter-field">
        <label htmlFor={`${id}-period`}>{t('filterPeriod')}</label>
        <select id={`${id}-period`} value={periodValue} onChange={(e) => onPeriod(e.target.value)}>
          {PRESET_DAYS.map((n) => (
            <option key={n} value={n}>
              {t('filterLastDays', { n })}
            </option>
          ))}
          <option value="custom">{t('filterCustom')}</option>
        </select>
      </div>
      {periodValue === 'custom' && (
        <>
          <div className="filter-field">
            <label htmlFor={`${id}-from`}>{t('filterFrom')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={draft.from}
              max={draft.to}
              onChange={(e) => onDate('from', e.target.value)}
            />
          </div>
          <div className="filter-field">
            <label htmlFor={`${id}-to`}>{t('filterTo')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={draft.to}
              min={draft.from}
              onChange={(e) => onDate('to', e.target.value)}
            />
          </div>
        </>
      )}
      <label className="filter-check">
        <input
          type="checkbox"
          checked={state.compare}
          onChange={(e) => update({ compare: e.target.checked })}
        />
        <span>{t('filterCompare')}</span>
      </label>
      <div className="filter-field">
        <label htmlFor={`${id}-channel`}>{t('filterChannel')}</label>
        <select
          id={`${id}-channel`}
          value={state.channels[0] ?? ''}
          onChange={(e) => update({ channels: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">{t('filterAllChannels')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel_${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-persona`}>{t('filterPersona')}</label>
        <select
          id={`${id}-persona`}
          value={state.personaIds[0] ?? ''}
          onChange={(e) => update({ personaIds: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">{t('filterAllPersonas')}</option>
          {personas.map((p) => (
            <option key={p.id} value={p.id}>
              {localized(p, 'name', lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-audience`}>{t('filterAudience')}</label>
        <select
          id={`${id}-audience`}
          value={state.audience ?? 'customer'}
          onChange={(e) => update({ audience: e.target.value === 'employee' ? 'employee' : null })}
        >
          <option value="customer">{t('filterCustomers')}</option>
          <option value="employee">{t('filterEmployees')}</option>
        </select>
      </div>
      <div className="filter-segment">
        <label htmlFor={`${id}-segment`}>{t('filterSegment')}</label>
        <span className="filter-segment-row">
          <input
            id={`${id}-segment`}
            value={segmentText}
            placeholder="region=North"
            aria-describedby={`${id}-segment-hint`}
            aria-invalid={segmentError || undefined}
            onChange={(e) => setSegmentText(e.target.value)}
          />
          <button type="submit">{t('filterAddSegment')}</button>
        </span>
        <span id={`${id}-segment-hint`} className={segmentError ? 'filter-error' : 'filter-hint'}>
          {segmentError ? t('filterSegmentInvalid') : t('filterSegmentHint')}
        </span>
      </div>
      {state.segments.length > 0 && (
        <ul className="filter-chips">
          {state.segments.map((s) => {
            const label = `${s.name}=${s.value}`;
            return (
              <li key={label}>
                <span>{label}</span>
                <button
                  type="button"
                  aria-label={t('filterRemoveSegment', { segment: label })}
                  onClick={() => update({ segments: state.segments.filter((x) => x !== s) })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="filter-clear"
        onClick={() => {
          setCustom(false);
          onChange(toBody(EMPTY_FILTERS, Date.now()));
        }}
      >
        {t('filterClear')}
      </button>
    </form>
  );
}

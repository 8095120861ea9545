import { useId } from 'react';
import type { z } from 'zod';
import type { ScorecardsResult, Scores, TargetSchema } from '../../../src/analytics/scorecards.schema.js';
import { TableScroll } from '../data-view/table-scroll.js';
import { useI18n } from '../hooks/use-i18n.js';
import { fileName, toCsv } from './csv.js';
import { downloadCsv } from './download.js';
import { fmt, fmtDelta } from './format.js';
import type { Names } from './names.js';
import {
  DIGITS,
  headline,
  lowestNps,
  type ScorecardRow,
  type ScoreMetric,
  scorecardCsvColumns,
  scorecardCsvRow,
  scorecardRows,
} from './scorecard-rows.js';

type Target = z.infer<typeof TargetSchema>;
const METRICS: ScoreMetric[] = ['nps', 'csat', 'ces'];

/** One score: value with n and interval, the change (marked only when significant), or why it is hidden. */
export function MetricCell({ scores, metric }: { scores: Scores; metric: ScoreMetric }) {
  const { t, lang } = useI18n();
  const card = scores[metric];
  if (!card || card.n === 0) return <span className="dash-muted">–</span>;
  if (!card.visible) return <span className="dash-thin">{t('dashTooFew', { n: card.n })}</span>;
  const digits = DIGITS[metric];
  const value = headline(scores, metric);
  const change = card.change;
  return (
    <span className="dash-metric">
      <strong>
        {fmt(value, lang, digits)}
        {metric === 'csat' ? (lang === 'fi' ? ' %' : '%') : ''}
      </strong>
      <span className="dash-sub">
        n {fmt(card.n, lang)}
        {card.interval &&
          ` · ${t('dashInterval')} ${fmt(card.interval.low, lang, digits)}…${fmt(card.interval.high, lang, digits)}`}
      </span>
      {change && change.delta !== null && (
        <span className="dash-change">
          {t('dashChange')} {fmtDelta(change.delta, lang, digits)}
          {change.significant && (
            <span className="dash-sig">
              <span aria-hidden="true"> ★ </span>
              {t('dashSignificant')}
            </span>
          )}
        </span>
      )}
    </span>
  );
}

function targetText(target: Target | null, t: ReturnType<typeof useI18n>['t'], lang: string): string {
  if (!target || target.status === 'no_target') return t('dashTargetNone');
  const metric =
    target.metric === 'conversion'
      ? t('dashMetricConversion')
      : target.metric === 'cesEasy'
        ? t('dashMetricCesEasy')
        : target.metric.toUpperCase();
  const value = `${metric} ${target.direction === 'higher' ? '≥' : '≤'} ${fmt(target.target, lang, target.metric === 'ces' ? 1 : 0)}`;
  if (target.status === 'met') return t('dashTargetMet', { target: value });
  if (target.status === 'missed') return t('dashTargetMissed', { target: value });
  return t('dashTargetThin', { target: value });
}

const ICONS: Record<Target['status'], string> = {
  met: '✓',
  missed: '✗',
  not_enough_data: '…',
  no_target: '',
};

function TargetCell({ target }: { target: Target | null }) {
  const { t, lang } = useI18n();
  const status = target?.status ?? 'no_target';
  return (
    <span className={`dash-target dash-target-${status}`}>
      {ICONS[status] && <span aria-hidden="true">{ICONS[status]} </span>}
      {targetText(target, t, lang)}
    </span>
  );
}

/** The scorecard table: stages with their touchpoints, then the journey; journey-level and relationship scores apart. */
export function ScorecardTable({ result, names }: { result: ScorecardsResult; names: Names }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const rows = scorecardRows(result, names);
  const lowest = lowestNps(result);
  const scopeLabel = (r: ScorecardRow) =>
    r.scope === 'journey'
      ? t('dashScopeJourney')
      : r.scope === 'stage'
        ? t('dashScopeStage')
        : t('dashScopeTouchpoint');
  const nameOf = (r: ScorecardRow) => (r.scope === 'journey' ? t('dashWholeJourney') : r.name);

  const saveCsv = () => {
    const label = (k: string) => t(`dashCol_${k}` as 'dashCol_name');
    const body = rows.map((r) =>
      scorecardCsvRow({ ...r, name: nameOf(r) }, scopeLabel(r), targetText(r.card.target, t, lang)),
    );
    const apart = [
      { name: t('dashJourneyLevel'), scores: result.journeyLevel },
      { name: t('dashRelational'), scores: result.relational },
    ].map(({ name, scores }) =>
      scorecardCsvRow(
        {
          scope: 'journey',
          id: name,
          name,
          card: {
            ...result.journey,
            scores,
            behaviour: { events: 0, customers: 0, revenue: 0, conversion: null },
          },
        },
        t('dashScopeJourney'),
        '',
      ),
    );
    downloadCsv(
      fileName(t('dashScorecardTitle'), 'csv'),
      toCsv(scorecardCsvColumns(label), [...body, ...apart]),
    );
  };

  return (
    <section className="panel dash-panel dash-wide" aria-labelledby={headingId}>
      <div className="dash-panel-head">
        <h2 id={headingId}>{t('dashScorecardTitle')}</h2>
        <div className="dash-actions">
          <button type="button" onClick={saveCsv}>
            {t('dashCsv')}
          </button>
        </div>
      </div>
      <p className="hint">
        {lowest
          ? t('dashLowestNps', {
              name: names.touchpoint(lowest),
              value: fmt(headline(result.touchpoints.find((x) => x.id === lowest)!.scores, 'nps'), lang),
            })
          : t('dashScorecardHint')}
      </p>
      <TableScroll label={t('dashTableOf', { title: t('dashScorecardTitle') })}>
        <table className="table dash-table dash-scorecards">
          <caption>{t('dashScorecardCaption', { minimum: result.privacyMinimum })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashCol_name')}</th>
              <th scope="col">NPS</th>
              <th scope="col">CSAT</th>
              <th scope="col">CES</th>
              <th scope="col">{t('dashCol_target')}</th>
              <th scope="col">{t('dashCol_responses')}</th>
              <th scope="col">{t('dashCol_events')}</th>
              <th scope="col">{t('dashCol_conversion')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.scope}-${r.id}`}
                className={`dash-row-${r.scope}${r.id === lowest ? ' dash-lowest' : ''}`}
              >
                <th scope="row">
                  <span className="dash-scope">{scopeLabel(r)}</span> {nameOf(r)}
                  {r.id === lowest && <span className="badge dash-badge-lowest">{t('dashLowestBadge')}</span>}
                </th>
                {METRICS.map((m) => (
                  <td key={m}>
                    <MetricCell scores={r.card.scores} metric={m} />
                  </td>
                ))}
                <td>
                  <TargetCell target={r.card.target} />
                </td>
                <td className="num">{fmt(r.card.scores.responses, lang)}</td>
                <td className="num">{fmt(r.card.behaviour.events, lang)}</td>
                <td className="num">
                  {r.card.behaviour.conversion?.rate === null || r.card.behaviour.conversion === null
                    ? '–'
                    : `${fmt(r.card.behaviour.conversion.rate, lang)}${lang === 'fi' ? ' %' : '%'}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint dash-apart-hint">{t('dashApartHint')}</p>
      <TableScroll label={t('dashTableOf', { title: t('dashApartTitle') })}>
        <table className="table dash-table">
          <caption>{t('dashApartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashCol_name')}</th>
              <th scope="col">NPS</th>
              <th scope="col">CSAT</th>
              <th scope="col">CES</th>
              <th scope="col">{t('dashCol_responses')}</th>
            </tr>
          </thead>
          <tbody>
            {[
              { key: 'journey-level', name: t('dashJourneyLevel'), scores: result.journeyLevel },
              { key: 'relational', name: t('dashRelational'), scores: result.relational },
            ].map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                {METRICS.map((m) => (
                  <td key={m}>
                    <MetricCell scores={row.scores} metric={m} />
                  </td>
                ))}
                <td className="num">{fmt(row.scores.responses, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { ApiError } from '../api/client.js';
import {
  type MappingRule,
  type TouchpointKey,
  useDataApi,
  type WorkspaceSettings,
} from '../data-view/data-api.js';
import { CHANNEL_LIST } from '../editor/vocab.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { Translate } from '../i18n/i18n-context.js';

type Draft = Pick<
  WorkspaceSettings,
  'keepRawCustomerIds' | 'allowPlainSurveyParams' | 'privacyMinimum' | 'evidenceThresholds'
> & {
  rules: RuleDraft[];
};
/** A rule as edited: empty strings for conditions not set; `uid` keeps React keys stable on reorder. */
interface RuleDraft {
  uid: number;
  touchpointKey: string;
  eventName: string;
  urlPattern: string;
  channel: string;
}

let nextUid = 1;
const toDraft = (s: WorkspaceSettings): Draft => ({
  keepRawCustomerIds: s.keepRawCustomerIds,
  allowPlainSurveyParams: s.allowPlainSurveyParams,
  privacyMinimum: s.privacyMinimum,
  evidenceThresholds: s.evidenceThresholds,
  rules: s.mappingRules.map((r) => ({
    uid: nextUid++,
    touchpointKey: r.touchpointKey,
    eventName: r.eventName ?? '',
    urlPattern: r.urlPattern ?? '',
    channel: r.channel ?? '',
  })),
});

function toRule(r: RuleDraft): MappingRule {
  const rule: Record<string, string> = { touchpointKey: r.touchpointKey };
  if (r.eventName.trim()) rule.eventName = r.eventName.trim();
  if (r.urlPattern.trim()) rule.urlPattern = r.urlPattern.trim();
  if (r.channel) rule.channel = r.channel;
  return rule as MappingRule;
}

/** The first problem of a rule the server would refuse, or ''. */
function ruleProblem(t: Translate, r: RuleDraft): string {
  if (!r.touchpointKey) return t('dcRuleNeedsTouchpoint');
  if (!r.eventName.trim() && !r.urlPattern.trim() && !r.channel) return t('dcRuleNeedsCondition');
  return '';
}

/** Owners' data-collection settings: pseudonymisation, plain survey parameters, privacy minimum, mapping rules. */
export function DataCollectionSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const dataApi = useDataApi();
  const queryClient = useQueryClient();
  const settingsKey = ['workspace-settings', workspaceId];
  const settings = useQuery({ queryKey: settingsKey, queryFn: () => dataApi.settings(workspaceId) });
  const keys = useQuery({
    queryKey: ['touchpoint-keys', workspaceId],
    queryFn: () => dataApi.touchpointKeys(workspaceId),
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [tried, setTried] = useState(false);
  const ids = useId();

  useEffect(() => {
    if (settings.data && !draft) setDraft(toDraft(settings.data));
  }, [settings.data, draft]);

  if (settings.isError)
    return (
      <section className="panel" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t('dcTitle')}</h2>
        <p role="alert">{t('error', { message: settings.error.message })}</p>
      </section>
    );
  if (!draft)
    return (
      <section className="panel" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t('dcTitle')}</h2>
        <p role="status">{t('loading')}</p>
      </section>
    );

  const set = (patch: Partial<Draft>) => {
    setStatus('');
    setDraft({ ...draft, ...patch });
  };
  const setRule = (i: number, patch: Partial<RuleDraft>) =>
    set({ rules: draft.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const moveRule = (i: number, by: -1 | 1) => {
    const rules = [...draft.rules];
    const [rule] = rules.splice(i, 1);
    if (!rule) return;
    rules.splice(i + by, 0, rule);
    // Render the move now, so the buttons' disabled states are current when focus moves.
    flushSync(() => set({ rules }));
    // Keep focus on the moved rule's button; at the top or bottom its twin takes it.
    const same = document.getElementById(`${ids}-rule-${rule.uid}-${by < 0 ? 'up' : 'down'}`);
    const twin = document.getElementById(`${ids}-rule-${rule.uid}-${by < 0 ? 'down' : 'up'}`);
    (same && !(same as HTMLButtonElement).disabled ? same : twin)?.focus();
  };
  const touchpoints: TouchpointKey[] = keys.data?.touchpoints ?? [];

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    setTried(true);
    setError('');
    setStatus('');
    if (draft.rules.some((r) => ruleProblem(t, r))) {
      setError(t('dcFixRules'));
      return;
    }
    try {
      const saved = await dataApi.patchSettings(workspaceId, {
        keepRawCustomerIds: draft.keepRawCustomerIds,
        allowPlainSurveyParams: draft.allowPlainSurveyParams,
        privacyMinimum: draft.privacyMinimum,
        evidenceThresholds: draft.evidenceThresholds,
        mappingRules: draft.rules.map(toRule),
      });
      queryClient.setQueryData(settingsKey, saved);
      setDraft(toDraft(saved));
      setTried(false);
      setStatus(t('dcSaved'));
    } catch (err) {
      const issue = err instanceof ApiError ? err.issues[0] : undefined;
      setError(issue ? `${issue.path}: ${issue.message}` : (err as Error).message);
    }
  }

  return (
    <section className="panel data-collection" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('dcTitle')}</h2>
      <form className="stack" onSubmit={save} noValidate>
        <div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={!draft.keepRawCustomerIds}
              aria-describedby={`${ids}-pseudo-hint`}
              onChange={(e) => set({ keepRawCustomerIds: !e.target.checked })}
            />
            {t('dcPseudonymise')}
          </label>
          <p id={`${ids}-pseudo-hint`} className={draft.keepRawCustomerIds ? 'warning' : 'hint'}>
            {draft.keepRawCustomerIds ? t('dcRawWarning') : t('dcPseudonymiseHint')}
          </p>
        </div>
        <div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.allowPlainSurveyParams}
              aria-describedby={`${ids}-plain-hint`}
              onChange={(e) => set({ allowPlainSurveyParams: e.target.checked })}
            />
            {t('dcPlainParams')}
          </label>
          <p id={`${ids}-plain-hint`} className="hint">
            {t('dcPlainParamsHint')}
          </p>
        </div>
        <div>
          <label>
            {t('dcPrivacyMinimum')}
            <input
              type="number"
              min={1}
              max={1000}
              step={1}
              value={draft.privacyMinimum}
              aria-describedby={`${ids}-min-hint`}
              onChange={(e) =>
                set({ privacyMinimum: Math.min(1000, Math.max(1, Math.round(Number(e.target.value) || 1))) })
              }
            />
          </label>
          <p id={`${ids}-min-hint`} className="hint">
            {t('dcPrivacyMinimumHint')}
          </p>
        </div>
        <fieldset className="evidence-thresholds" aria-describedby={`${ids}-evidence-hint`}>
          <legend>{t('dcEvidenceTitle')}</legend>
          <p id={`${ids}-evidence-hint`} className="hint">
            {t('dcEvidenceHint')}
          </p>
          {(['partly', 'validated'] as const).map((level) => (
            <label key={level}>
              {t(level === 'partly' ? 'dcEvidencePartly' : 'dcEvidenceValidated')}
              <input
                type="number"
                min={1}
                max={100000}
                step={1}
                value={draft.evidenceThresholds[level]}
                onChange={(e) =>
                  set({
                    evidenceThresholds: {
                      ...draft.evidenceThresholds,
                      [level]: Math.min(100000, Math.max(1, Math.round(Number(e.target.value) || 1))),
                    },
                  })
                }
              />
            </label>
          ))}
        </fieldset>

        <fieldset className="mapping-rules">
          <legend>{t('dcRulesTitle')}</legend>
          <p className="hint">{t('dcRulesHint')}</p>
          {draft.rules.length === 0 ? (
            <p>{t('dcNoRules')}</p>
          ) : (
            <ol>
              {draft.rules.map((r, i) => {
                const n = i + 1;
                const problem = tried ? ruleProblem(t, r) : '';
                const known = touchpoints.some((tp) => tp.key === r.touchpointKey);
                return (
                  <li key={r.uid}>
                    <fieldset className="mapping-rule">
                      <legend>{t('dcRuleN', { n })}</legend>
                      <label>
                        {t('dcRuleTouchpoint')}
                        <select
                          value={r.touchpointKey}
                          aria-invalid={problem === t('dcRuleNeedsTouchpoint') || undefined}
                          onChange={(e) => setRule(i, { touchpointKey: e.target.value })}
                        >
                          <option value="">{t('dcChooseTouchpoint')}</option>
                          {!known && r.touchpointKey && (
                            <option value={r.touchpointKey}>
                              {t('dcUnknownKey', { key: r.touchpointKey })}
                            </option>
                          )}
                          {touchpoints.map((tp) => (
                            <option key={`${tp.journeyId}-${tp.key}`} value={tp.key}>
                              {`${tp.name} (${tp.key}) · ${tp.journeyName}`}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label>
                        {t('dcRuleEvent')}
                        <input
                          value={r.eventName}
                          maxLength={80}
                          placeholder="page_view"
                          onChange={(e) => setRule(i, { eventName: e.target.value })}
                        />
                      </label>
                      <label>
                        {t('dcRuleUrl')}
                        <input
                          value={r.urlPattern}
                          maxLength={500}
                          placeholder="/checkout/*"
                          onChange={(e) => setRule(i, { urlPattern: e.target.value })}
                        />
                      </label>
                      <label>
                        {t('dcRuleChannel')}
                        <select value={r.channel} onChange={(e) => setRule(i, { channel: e.target.value })}>
                          <option value="">{t('dcAnyChannel')}</option>
                          {CHANNEL_LIST.map((c) => (
                            <option key={c} value={c}>
                              {t(`channel_${c}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                      <div className="button-row">
                        <button
                          type="button"
                          id={`${ids}-rule-${r.uid}-up`}
                          disabled={i === 0}
                          aria-label={t('dcMoveUp', { n })}
                          onClick={() => moveRule(i, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          id={`${ids}-rule-${r.uid}-down`}
                          disabled={i === draft.rules.length - 1}
                          aria-label={t('dcMoveDown', { n })}
                          onClick={() => moveRule(i, 1)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="danger"
                          onClick={() => set({ rules: draft.rules.filter((_, j) => j !== i) })}
                        >
                          {t('dcRemoveRule', { n })}
                        </button>
                      </div>
                      {problem && <p className="form-error">{problem}</p>}
                    </fieldset>
                  </li>
                );
              })}
            </ol>
          )}
          <button
            type="button"
            onClick={() =>
              set({
                rules: [
                  ...draft.rules,
                  { uid: nextUid++, touchpointKey: '', eventName: '', urlPattern: '', channel: '' },
                ],
              })
            }
          >
            {t('dcAddRule')}
          </button>
        </fieldset>

        <div className="button-row">
          <button type="submit" className="primary">
            {t('dcSave')}
          </button>
          <p role="status" className="status-line">
            {status}
          </p>
        </div>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}

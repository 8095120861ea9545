import { Link } from 'wouter';
import { localized, textEdit } from '../../../src/domain/journey/localize.js';
import { byPosition } from '../../../src/domain/journey/positions.js';
import type { JourneyMap, Touchpoint } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { AddCardForm } from './add-card-form.js';
import { useEditorEnv } from './editor-context.js';
import { KpiEditor } from './kpi-editor.js';
import { moveTouchpoint, stepTouchpoint } from './moves.js';
import { CheckRow, NumberRow, SelectRow, TextRow } from './panel-fields.js';
import { TouchpointData } from './touchpoint-data.js';
import { CHANNEL_LIST, EVIDENCE_LIST } from './vocab.js';

type TextField =
  | 'name'
  | 'description'
  | 'customerAction'
  | 'needs'
  | 'expectations'
  | 'motivations'
  | 'barriers'
  | 'brandPromise';

interface Props {
  map: JourneyMap;
  touchpoint: Touchpoint;
  onClose: () => void;
}

export function TouchpointPanel({ map, touchpoint: tp, onClose }: Props) {
  const { t } = useI18n();
  const { controller, readOnly, lang, journeyLanguage } = useEditorEnv();
  const save = (fields: Record<string, unknown>) => controller?.patch('touchpoints', tp.id, fields);
  const text = (field: TextField, multiline = true) => (
    <TextRow
      id={field === 'name' ? 'tp-field-name' : undefined}
      label={t(field)}
      value={localized(tp, field, lang)}
      multiline={multiline}
      maxLength={field === 'description' ? 5000 : multiline ? 2000 : 200}
      required={field === 'name'}
      readOnly={readOnly}
      onCommit={(v) => save(textEdit(tp, field, v, lang, journeyLanguage))}
    />
  );
  const stages = [...map.stages].sort(byPosition);
  const lanesById = new Map(map.lanes.map((l) => [l.id, l]));
  const related = map.cards.filter((c) => c.touchpointId === tp.id);
  const painLane = map.lanes.find((l) => l.kind === 'pain_points');
  const oppLane = map.lanes.find((l) => l.kind === 'opportunities');
  const name = localized(tp, 'name', lang);

  return (
    <aside className="side-panel" aria-labelledby="tp-panel-title">
      <div className="panel-head">
        <h2 id="tp-panel-title">
          {t('touchpointDetails')}: {name}
        </h2>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <form className="panel-form" onSubmit={(e) => e.preventDefault()}>
        {text('name', false)}
        <TextRow
          label={t('key')}
          value={tp.key}
          required
          maxLength={80}
          readOnly={readOnly}
          onCommit={(v) => save({ key: v.trim().toLowerCase() })}
        />
        {text('description')}
        <SelectRow
          label={t('stage')}
          value={tp.stageId}
          readOnly={readOnly}
          options={stages.map((s) => ({ value: s.id, label: localized(s, 'name', lang) }))}
          onChange={(stageId) => {
            if (!controller) return;
            const count = map.touchpoints.filter((x) => x.stageId === stageId).length;
            void moveTouchpoint(controller, tp.id, stageId, count);
          }}
        />
        {!readOnly && controller && (
          <div className="button-row">
            <button type="button" onClick={() => stepTouchpoint(controller, tp.id, -1)}>
              ← {t('moveEarlier')}
            </button>
            <button type="button" onClick={() => stepTouchpoint(controller, tp.id, 1)}>
              {t('moveLater')} →
            </button>
          </div>
        )}
        <SelectRow
          label={t('channel')}
          value={tp.channel}
          readOnly={readOnly}
          options={CHANNEL_LIST.map((c) => ({ value: c, label: t(`channel_${c}`) }))}
          onChange={(channel) => save({ channel })}
        />
        <SelectRow
          label={t('mode')}
          value={tp.mode}
          readOnly={readOnly}
          options={[
            { value: 'online', label: t('mode_online') },
            { value: 'offline', label: t('mode_offline') },
          ]}
          onChange={(mode) => save({ mode })}
        />
        <SelectRow
          label={t('directness')}
          value={tp.directness}
          readOnly={readOnly}
          options={[
            { value: 'direct', label: t('directness_direct') },
            { value: 'indirect', label: t('directness_indirect') },
          ]}
          onChange={(directness) => save({ directness })}
        />
        <SelectRow
          label={t('ownership')}
          value={tp.ownership}
          readOnly={readOnly}
          options={[
            { value: 'owned', label: t('ownership_owned') },
            { value: 'paid', label: t('ownership_paid') },
            { value: 'earned', label: t('ownership_earned') },
          ]}
          onChange={(ownership) => save({ ownership })}
        />
        <TextRow
          label={t('ownerTeam')}
          value={tp.ownerTeam}
          readOnly={readOnly}
          onCommit={(v) => save({ ownerTeam: v })}
        />
        {text('customerAction')}
        {text('needs')}
        {text('expectations')}
        {text('motivations')}
        {text('barriers')}
        {text('brandPromise')}
        <NumberRow
          label={t('emotion')}
          value={tp.emotion}
          min={-2}
          max={2}
          step={0.5}
          nullable
          readOnly={readOnly}
          onCommit={(v) => save({ emotion: v === null ? null : Math.round(v * 2) / 2 })}
        />
        <CheckRow
          label={t('momentOfTruth')}
          checked={tp.momentOfTruth}
          readOnly={readOnly}
          onChange={(momentOfTruth) => save({ momentOfTruth })}
        />
        <NumberRow
          label={t('revenueWeight')}
          value={tp.revenueWeight}
          min={0}
          max={10}
          step={1}
          readOnly={readOnly}
          onCommit={(v) => save({ revenueWeight: v ?? 0 })}
        />
        <NumberRow
          label={t('engagementWeight')}
          value={tp.engagementWeight}
          min={0}
          max={10}
          step={1}
          readOnly={readOnly}
          onCommit={(v) => save({ engagementWeight: v ?? 0 })}
        />
        <KpiEditor kpis={tp.kpis} readOnly={readOnly} onChange={(kpis) => save({ kpis })} />
        <SelectRow
          label={t('evidence')}
          value={tp.evidence}
          readOnly={readOnly}
          options={EVIDENCE_LIST.map((e) => ({ value: e, label: t(`evidence_${e}`) }))}
          onChange={(evidence) => save({ evidence })}
        />
      </form>
      {!readOnly && controller && (
        <p className="measure-link">
          <Link
            href={`/w/${controller.workspaceId}/surveys?new=1&journey=${map.journey.id}&touchpoint=${tp.id}`}
          >
            {t('surveyMeasure')}
          </Link>
        </p>
      )}
      <section aria-labelledby="tp-related-title" className="related">
        <h3 id="tp-related-title">{t('relatedCards')}</h3>
        {related.length === 0 ? (
          <p>{t('noRelatedCards')}</p>
        ) : (
          <ul>
            {related.map((c) => {
              const lane = lanesById.get(c.laneId);
              return (
                <li key={c.id}>
                  <span className="badge">{lane ? localized(lane, 'name', lang) : ''}</span>{' '}
                  {localized(c, 'text', lang)}
                </li>
              );
            })}
          </ul>
        )}
        {!readOnly &&
          [painLane, oppLane].map((lane) =>
            lane ? (
              <AddCardForm
                key={lane.id}
                laneId={lane.id}
                stageId={tp.stageId}
                touchpointId={tp.id}
                label={localized(lane, 'name', lang)}
                last={undefined}
                buttonText={`${localized(lane, 'name', lang)}: ${t('addCard')}`}
              />
            ) : null,
          )}
      </section>
      <TouchpointData workspaceId={map.journey.workspaceId} journeyId={map.journey.id} touchpointId={tp.id} />
      {!readOnly && (
        <button
          type="button"
          className="danger"
          onClick={() => {
            onClose();
            void controller?.remove('touchpoints', tp.id);
          }}
        >
          {t('deleteTouchpoint')}
        </button>
      )}
    </aside>
  );
}

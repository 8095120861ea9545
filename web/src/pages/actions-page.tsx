import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useSearch } from 'wouter';
import {
  ActionMetric,
  ActionStatus,
  type ImprovementAction,
} from '../../../src/domain/actions/action.schema.js';
import { localized } from '../../../src/domain/journey/localize.js';
import { actionsApi } from '../actions/actions-api.js';
import { ImpactView } from '../actions/impact-view.js';
import { api } from '../api/client.js';
import { ErrorState } from '../components/error-state.js';
import { LoadingState } from '../components/loading-state.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useWorkspaceRole } from '../hooks/use-workspace-role.js';
import type { MessageKey } from '../i18n/en.js';

interface Props {
  workspaceId: string;
  journeyId: string;
}

/** A journey's improvement actions: the list, a form for a new one, status changes and each one's impact. */
export function ActionsPage({ workspaceId, journeyId }: Props) {
  const { t, lang } = useI18n();
  useDocumentTitle(t('actionsTitle'));
  const role = useWorkspaceRole(workspaceId);
  const canEdit = role === 'owner' || role === 'editor';
  const touchpointFilter = new URLSearchParams(useSearch()).get('touchpoint') ?? '';
  const queryClient = useQueryClient();
  const map = useQuery({
    queryKey: ['map', workspaceId, journeyId],
    queryFn: () => api.journeyMap(workspaceId, journeyId),
  });
  const list = useQuery({
    queryKey: ['actions', workspaceId, journeyId, touchpointFilter],
    queryFn: () =>
      actionsApi.list(
        workspaceId,
        `journeyId=${encodeURIComponent(journeyId)}${touchpointFilter ? `&touchpointId=${encodeURIComponent(touchpointFilter)}` : ''}`,
      ),
  });
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['actions', workspaceId] });

  if (map.isPending || list.isPending) return <LoadingState />;
  if (map.isError) return <ErrorState error={map.error} onRetry={() => map.refetch()} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const tpName = (id: string) => {
    const tp = map.data.touchpoints.find((x) => x.id === id);
    return tp ? localized(tp, 'name', lang) : id;
  };

  async function setStatus(a: ImprovementAction, status: ImprovementAction['status']) {
    try {
      setError('');
      await actionsApi.patch(workspaceId, a.id, { status });
      await refresh();
    } catch (err) {
      setError(t('error', { message: (err as Error).message }));
    }
  }

  return (
    <div className="actions-page">
      <p>
        <Link href={`/w/${workspaceId}/j/${journeyId}`}>{localized(map.data.journey, 'name', lang)}</Link>
      </p>
      <h1>{t('actionsTitle')}</h1>
      {error && <p role="alert">{error}</p>}
      {canEdit && (
        <ActionForm
          workspaceId={workspaceId}
          journeyId={journeyId}
          touchpoints={map.data.touchpoints.map((tp) => ({ id: tp.id, name: tpName(tp.id) }))}
          onCreated={refresh}
        />
      )}
      {list.data.actions.length === 0 ? (
        <p>{t('actionsNone')}</p>
      ) : (
        <ul className="action-list">
          {list.data.actions.map((a) => (
            <li key={a.id} id={`action-${a.id}`} className="action-item">
              <h2>{a.title}</h2>
              <p>
                {a.touchpointIds.map(tpName).join(', ')}
                {a.ownerTeam && ` · ${a.ownerTeam}`} · {t('actionStart')}: {a.startDate}
                {a.dueDate && ` · ${t('actionDue')}: ${a.dueDate}`}
              </p>
              {a.description && <p>{a.description}</p>}
              <label>
                {t('actionStatus')}{' '}
                <select
                  value={a.status}
                  disabled={!canEdit}
                  onChange={(e) => void setStatus(a, e.target.value as ImprovementAction['status'])}
                >
                  {ActionStatus.options.map((s) => (
                    <option key={s} value={s}>
                      {t(`actionStatus_${s}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button
                type="button"
                aria-expanded={open === a.id}
                onClick={() => setOpen(open === a.id ? null : a.id)}
              >
                {t('actionOpenImpact', { title: a.title })}
              </button>
              {open === a.id && <ImpactView workspaceId={workspaceId} actionId={a.id} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ActionForm(props: {
  workspaceId: string;
  journeyId: string;
  touchpoints: { id: string; name: string }[];
  onCreated: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [error, setError] = useState('');
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? '');
    const tp = s('touchpoint');
    const metric = s('metric');
    try {
      setError('');
      await actionsApi.create(props.workspaceId, {
        journeyId: props.journeyId,
        title: s('title'),
        description: s('description'),
        touchpointIds: tp ? [tp] : [],
        ownerTeam: s('ownerTeam'),
        status: s('status') as ImprovementAction['status'],
        startDate: s('startDate'),
        dueDate: s('dueDate') || null,
        targetMetric:
          metric && tp
            ? {
                metric: metric as ActionMetric,
                touchpointId: tp,
                target: s('target') === '' ? null : Number(s('target')),
              }
            : null,
      });
      form.reset();
      await props.onCreated();
    } catch (err) {
      setError(t('error', { message: (err as Error).message }));
    }
  }
  const field = (name: string, label: MessageKey, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(label)}</label>
      {input}
    </div>
  );
  return (
    <form className="action-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('actionNew')}</h2>
      {error && <p role="alert">{error}</p>}
      {field('title', 'actionTitle', <input id={`${id}-title`} name="title" required maxLength={200} />)}
      {field(
        'description',
        'actionDescription',
        <textarea id={`${id}-description`} name="description" maxLength={5000} />,
      )}
      {field(
        'touchpoint',
        'actionTouchpoint',
        <select id={`${id}-touchpoint`} name="touchpoint">
          <option value="">–</option>
          {props.touchpoints.map((tp) => (
            <option key={tp.id} value={tp.id}>
              {tp.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'ownerTeam',
        'actionOwnerTeam',
        <input id={`${id}-ownerTeam`} name="ownerTeam" maxLength={120} />,
      )}
      {field(
        'status',
        'actionStatus',
        <select id={`${id}-status`} name="status" defaultValue="planned">
          {ActionStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`actionStatus_${s}` as MessageKey)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'startDate',
        'actionStart',
        <input id={`${id}-startDate`} name="startDate" type="date" required />,
      )}
      {field('dueDate', 'actionDue', <input id={`${id}-dueDate`} name="dueDate" type="date" />)}
      {field(
        'metric',
        'actionMetric',
        <select id={`${id}-metric`} name="metric">
          <option value="">{t('actionMetricNone')}</option>
          {ActionMetric.options.map((m) => (
            <option key={m} value={m}>
              {t(`actionMetric_${m}` as MessageKey)}
            </option>
          ))}
        </select>,
      )}
      {field('target', 'actionTarget', <input id={`${id}-target`} name="target" type="number" step="any" />)}
      <button type="submit">{t('create')}</button>
    </form>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { LatestResponse } from '../data-view/data-api.js';
import { useDataApi } from '../data-view/data-api.js';
import { formatNumber, formatTime } from '../data-view/format.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { Translate } from '../i18n/i18n-context.js';

interface Props {
  workspaceId: string;
  journeyId: string;
  touchpointId: string;
}

const LANGUAGE_NAMES: Record<string, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };

function scores(r: LatestResponse): string[] {
  const out: string[] = [];
  if (r.nps !== null) out.push(`NPS ${r.nps}`);
  if (r.csat !== null) out.push(`CSAT ${r.csat}`);
  if (r.ces !== null) out.push(`CES ${r.ces}`);
  return out;
}

function channelLabel(t: Translate, channel: string): string {
  const label = t(`channel_${channel}` as 'channel_web');
  return label ?? channel;
}

/**
 * The side panel's "Data" section: how many events and survey responses the touchpoint has,
 * and its newest responses. Customer text is rendered as text (React escapes it).
 */
export function TouchpointData({ workspaceId, journeyId, touchpointId }: Props) {
  const { t, lang } = useI18n();
  const dataApi = useDataApi();
  const query = useQuery({
    queryKey: ['touchpoint-data', workspaceId, journeyId, touchpointId],
    queryFn: () => dataApi.touchpointData(workspaceId, journeyId, touchpointId),
    refetchInterval: 15_000,
  });

  return (
    <section aria-labelledby="tp-data-title" className="tp-data">
      <h3 id="tp-data-title">{t('tpDataTitle')}</h3>
      {query.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : query.isError ? (
        <p role="alert">{t('error', { message: query.error.message })}</p>
      ) : (
        <>
          <dl className="tp-data-counts">
            <div>
              <dt>{t('dataEvents')}</dt>
              <dd>{formatNumber(query.data.events, lang)}</dd>
            </div>
            <div>
              <dt>{t('dataResponses')}</dt>
              <dd>{formatNumber(query.data.responses, lang)}</dd>
            </div>
          </dl>
          <h4>{t('tpDataLatest')}</h4>
          {query.data.latest.length === 0 ? (
            <p>{t('tpDataNoResponses')}</p>
          ) : (
            <ul className="tp-responses">
              {query.data.latest.map((r) => (
                <li key={r.id}>
                  <p className="tp-response-head">
                    {scores(r).map((s) => (
                      <span key={s} className="badge">
                        {s}
                      </span>
                    ))}
                    {!r.complete && <span className="badge partial">{t('tpDataPartial')}</span>}
                    {r.audience === 'employee' && <span className="badge">{t('tpDataEmployee')}</span>}
                  </p>
                  {r.comment && <blockquote className="tp-comment">{r.comment}</blockquote>}
                  <p className="tp-response-meta">
                    <time dateTime={r.ts}>{formatTime(r.ts, lang)}</time>
                    {' · '}
                    {LANGUAGE_NAMES[r.language] ?? r.language}
                    {r.channel && ` · ${channelLabel(t, r.channel)}`}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={`/w/${workspaceId}/data`}>{t('tpDataLink')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../hooks/use-i18n.js';
import type { MessageKey } from '../i18n/en.js';
import {
  type InvitationList,
  type InvitationView,
  type InviteResult,
  parseRecipients,
  useDistributionApi,
} from './distribution-api.js';

/** Paste addresses, send invitations, and follow each one's status. */
export function InvitationsSection({
  workspaceId,
  surveyId,
  languages,
}: {
  workspaceId: string;
  surveyId: string;
  languages: string[];
}) {
  const { t, lang: uiLang } = useI18n();
  const id = useId();
  const dapi = useDistributionApi();
  const queryClient = useQueryClient();
  const key = ['survey-invitations', workspaceId, surveyId];
  const list = useQuery({
    queryKey: key,
    queryFn: () => dapi.invitations(workspaceId, surveyId),
    refetchInterval: (q) => ((q.state.data as InvitationList | undefined)?.counts.queued ? 3000 : false),
  });
  const [recipients, setRecipients] = useState('');
  const [lang, setLang] = useState('');
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<InviteResult | null>(null);
  const [error, setError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    setResult(null);
    const parsed = parseRecipients(recipients);
    if (parsed.length === 0) {
      setError(t('distInviteNone'));
      return;
    }
    setBusy(true);
    try {
      const res = await dapi.invite(workspaceId, surveyId, {
        recipients: parsed,
        ...(lang ? { lang } : {}),
        ...(subject.trim() ? { subject: subject.trim() } : {}),
        ...(message.trim() ? { message: message.trim() } : {}),
      });
      setResult(res);
      if (res.rejected.length === 0) setRecipients('');
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues : [];
      setError(
        issues.length ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : (err as Error).message,
      );
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: key });
    }
  }

  const date = (iso: string) => new Date(iso).toLocaleString(uiLang === 'fi' ? 'fi-FI' : 'en-GB');
  const delivery = list.data?.delivery;
  return (
    <div className="panel invitations-section">
      <h3>{t('distInviteTitle')}</h3>
      {delivery && list.data && (
        <p className="hint">
          {delivery.kind === 'outbox'
            ? t('distDeliveryOutbox', { dir: delivery.dir })
            : t('distDeliverySmtp', { host: delivery.host, rate: list.data.ratePerMinute })}{' '}
          {t('distCooldownNote', { days: list.data.contactCooldownDays })}
        </p>
      )}
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-rcpt`}>{t('distInviteRecipients')}</label>
          <textarea
            id={`${id}-rcpt`}
            rows={6}
            required
            aria-describedby={`${id}-rcpt-hint`}
            value={recipients}
            onChange={(e) => setRecipients(e.target.value)}
          />
          <p className="hint" id={`${id}-rcpt-hint`}>
            {t('distInviteRecipientsHint')}
          </p>
        </div>
        <div className="inline-form">
          <label htmlFor={`${id}-lang`}>
            {t('distLanguage')}
            <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value)}>
              <option value="">{t('distLanguageSurvey')}</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={`${id}-subject`}>
            {t('distInviteSubject')}
            <input
              id={`${id}-subject`}
              type="text"
              maxLength={200}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
            />
          </label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-msg`}>{t('distInviteMessage')}</label>
          <textarea
            id={`${id}-msg`}
            rows={4}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('distInviteSend')}
          </button>
        </div>
      </form>
      <div role="status">
        {result && (
          <p>
            {t('distInviteResult', {
              queued: result.queued,
              skipped: result.skipped.unsubscribed + result.skipped.cooldown + result.skipped.duplicate,
              rejected: result.rejected.length,
            })}
          </p>
        )}
      </div>
      {result && result.rejected.length > 0 && (
        <ul className="plain-list">
          {result.rejected.map((r) => (
            <li key={`${r.index}-${r.field}`}>
              {t('distInviteRejectedLine', { line: r.index + 1, field: r.field, reason: r.reason })}
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
      <InvitationTable rows={list.data?.invitations ?? []} date={date} />
    </div>
  );
}

function InvitationTable({ rows, date }: { rows: InvitationView[]; date: (iso: string) => string }) {
  const { t } = useI18n();
  if (rows.length === 0) return <p className="hint">{t('distInviteEmpty')}</p>;
  const detail = (r: InvitationView) =>
    r.status === 'skipped' && r.reason ? t(`distSkip_${r.reason}` as MessageKey) : (r.reason ?? '');
  return (
    <table className="table invitation-table">
      <caption>{t('distInviteListCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('distColRecipient')}</th>
          <th scope="col">{t('distColStatus')}</th>
          <th scope="col">{t('distColDetail')}</th>
          <th scope="col">{t('distColWhen')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.emailMasked}</td>
            <td>
              <span className={`badge invitation-${r.status}`}>{t(`distStatus_${r.status}`)}</span>
            </td>
            <td>{detail(r)}</td>
            <td>{date(r.sentAt ?? r.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.js';
import { CopyField } from '../components/copy-field.js';
import { useI18n } from '../hooks/use-i18n.js';
import { roleOptions } from './role-options.js';

export function InvitationsSection({ workspaceId }: { workspaceId: string }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const key = ['invitations', workspaceId];
  const invitations = useQuery({ queryKey: key, queryFn: () => api.invitations(workspaceId) });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('editor');
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang === 'fi' ? 'fi-FI' : 'en-GB');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      const res = await api.invite(workspaceId, email, role);
      setUrl(new URL(res.url, window.location.origin).toString());
      setEmail('');
    } catch (err) {
      setError((err as Error).message);
    }
    await queryClient.invalidateQueries({ queryKey: key });
  }
  async function revoke(id: string) {
    try {
      await api.revokeInvitation(workspaceId, id);
    } catch (err) {
      setError((err as Error).message);
    }
    await queryClient.invalidateQueries({ queryKey: key });
  }

  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('invitations')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          {t('email')}
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('role')}
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            {roleOptions(t)}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('invite')}
        </button>
      </form>
      {url && <CopyField label={t('invitationCreated')} value={url} />}
      {error && <p role="alert">{error}</p>}
      <ul className="plain-list">
        {invitations.data?.map((i) => (
          <li key={i.id}>
            {i.email} · {t(`role_${i.role}`)} · {t('expires', { date: date(i.expiresAt) })}{' '}
            <button type="button" aria-label={`${t('revoke')}: ${i.email}`} onClick={() => revoke(i.id)}>
              {t('revoke')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.js';
import { useI18n } from '../hooks/use-i18n.js';
import { roleOptions } from './role-options.js';

export function MembersSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const key = ['members', workspaceId];
  const members = useQuery({ queryKey: key, queryFn: () => api.members(workspaceId) });
  const [error, setError] = useState('');
  async function run(action: () => Promise<unknown>) {
    setError('');
    try {
      await action();
    } catch (err) {
      setError((err as Error).message);
    }
    await queryClient.invalidateQueries({ queryKey: key });
  }
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members')}</h2>
      {error && <p role="alert">{error}</p>}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.data?.map((m) => (
            <tr key={m.userId}>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>
                <select
                  aria-label={`${t('role')}: ${m.name || m.email}`}
                  value={m.role}
                  onChange={(e) => run(() => api.setMemberRole(workspaceId, m.userId, e.target.value))}
                >
                  {roleOptions(t)}
                </select>
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`${t('remove')}: ${m.name || m.email}`}
                  onClick={() => run(() => api.removeMember(workspaceId, m.userId))}
                >
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

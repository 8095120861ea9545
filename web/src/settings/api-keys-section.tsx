import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.js';
import { CopyField } from '../components/copy-field.js';
import { type KeyScope, useDataApi } from '../data-view/data-api.js';
import { useI18n } from '../hooks/use-i18n.js';

export function ApiKeysSection({ workspaceId }: { workspaceId: string }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const key = ['api-keys', workspaceId];
  const keys = useQuery({ queryKey: key, queryFn: () => api.apiKeys(workspaceId) });
  const [name, setName] = useState('');
  const [scope, setScope] = useState<KeyScope>('read');
  const dataApi = useDataApi();
  const [secret, setSecret] = useState('');
  const [error, setError] = useState('');
  const date = (iso: string) => new Date(iso).toLocaleString(lang === 'fi' ? 'fi-FI' : 'en-GB');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      const res = await dataApi.createApiKey(workspaceId, name, scope);
      setSecret(res.secret);
      setName('');
    } catch (err) {
      setError((err as Error).message);
    }
    await queryClient.invalidateQueries({ queryKey: key });
  }
  async function revoke(id: string) {
    try {
      await api.revokeApiKey(workspaceId, id);
    } catch (err) {
      setError((err as Error).message);
    }
    await queryClient.invalidateQueries({ queryKey: key });
  }

  return (
    <section className="panel" aria-labelledby="keys-heading">
      <h2 id="keys-heading">{t('apiKeys')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          {t('keyName')}
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('scope')}
          <select
            value={scope}
            aria-describedby="key-scope-hint"
            onChange={(e) => setScope(e.target.value as KeyScope)}
          >
            <option value="read">{t('scope_read')}</option>
            <option value="write">{t('scope_write')}</option>
            <option value="ingest">{t('scope_ingest')}</option>
          </select>
        </label>
        <button type="submit" className="primary">
          {t('createKey')}
        </button>
        <p id="key-scope-hint" className="hint">
          {t(`scopeHint_${scope}`)}
        </p>
      </form>
      {secret && <CopyField label={t('keyCreated')} value={secret} />}
      {error && <p role="alert">{error}</p>}
      <ul className="plain-list">
        {keys.data?.map((k) => (
          <li key={k.id}>
            <strong>{k.name}</strong> <code>{k.prefix}…</code> · {t(`scope_${k.scope}`)} ·{' '}
            {k.lastUsedAt ? t('lastUsed', { date: date(k.lastUsedAt) }) : t('neverUsed')}{' '}
            <button type="button" aria-label={`${t('revoke')}: ${k.name}`} onClick={() => revoke(k.id)}>
              {t('revoke')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

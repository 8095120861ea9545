import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.js';
import { CopyField } from '../components/copy-field.js';
import { Modal } from '../components/modal.js';
import { useI18n } from '../hooks/use-i18n.js';

interface Props {
  workspaceId: string;
  journeyId: string;
  onClose: () => void;
}

function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}

export function ShareDialog({ workspaceId, journeyId, onClose }: Props) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const key = ['share-links', workspaceId, journeyId];
  const links = useQuery({ queryKey: key, queryFn: () => api.shareLinks(workspaceId, journeyId) });
  const [created, setCreated] = useState('');
  const [error, setError] = useState('');
  const date = (iso: string) => new Date(iso).toLocaleString(lang === 'fi' ? 'fi-FI' : 'en-GB');

  async function create() {
    setError('');
    try {
      const res = await api.createShareLink(workspaceId, journeyId);
      setCreated(absolute(res.url));
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (err) {
      setError((err as Error).message);
    }
  }
  async function revoke(id: string) {
    try {
      await api.revokeShareLink(workspaceId, journeyId, id);
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <Modal title={t('shareTitle')} onClose={onClose}>
      <button type="button" className="primary" onClick={create}>
        {t('createShareLink')}
      </button>
      {created && <CopyField label={t('shareLinkCreated')} value={created} />}
      {error && <p role="alert">{error}</p>}
      {links.data && links.data.length === 0 && <p>{t('noShareLinks')}</p>}
      <ul className="plain-list">
        {links.data?.map((l) => (
          <li key={l.id}>
            {t('createdAt', { date: date(l.createdAt) })}{' '}
            <button type="button" onClick={() => revoke(l.id)}>
              {t('revoke')}
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../api/client.js';
import type { Session } from '../api/types.js';
import { useI18n } from '../hooks/use-i18n.js';
import { sessionKey } from '../hooks/use-session.js';
import { LanguageSwitch } from './language-switch.js';

export function AppShell({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useI18n();
  const [location, navigate] = useLocation();
  const queryClient = useQueryClient();
  const wsMatch = /^\/w\/([^/]+)/.exec(location);
  const workspaceId = wsMatch?.[1] ?? session.workspaces[0]?.id;

  async function signOut() {
    try {
      await api.signOut();
    } finally {
      queryClient.setQueryData(sessionKey, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      navigate('/signin');
    }
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Polku
        </Link>
        <nav aria-label={t('mainNav')}>
          {workspaceId && (
            <ul>
              <li>
                <Link href={`/w/${workspaceId}`}>{t('journeys')}</Link>
              </li>
              <li>
                <Link href={`/w/${workspaceId}/surveys`}>{t('navSurveys')}</Link>
              </li>
              <li>
                <Link href={`/w/${workspaceId}/data`}>{t('navData')}</Link>
              </li>
              <li>
                <Link href={`/w/${workspaceId}/settings`}>{t('settings')}</Link>
              </li>
            </ul>
          )}
        </nav>
        <div className="header-tools">
          {session.workspaces.length > 1 && workspaceId && (
            <label>
              <span className="visually-hidden">{t('workspace')}</span>
              <select value={workspaceId} onChange={(e) => navigate(`/w/${e.target.value}`)}>
                {session.workspaces.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <LanguageSwitch />
          <span className="user-name">{session.user.name || session.user.email}</span>
          <button type="button" onClick={signOut}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { ApiError, api, setCsrfToken } from '../api/client.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { sessionKey, useSession } from '../hooks/use-session.js';

function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('signIn'));
  const session = useSession();
  const search = useSearch();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (session.data) return <Redirect to={safeNext(search)} />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const s = await api.signIn(email, password);
      setCsrfToken(s.csrfToken);
      queryClient.setQueryData(sessionKey, s);
      navigate(safeNext(search));
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401 ? t('signInFailed') : String((err as Error).message),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sign-in">
      <header className="sign-in-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="sign-in-main">
        <h1>{t('signInTitle')}</h1>
        <form onSubmit={submit} className="stack">
          <label>
            {t('email')}
            <input
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </label>
          <label>
            {t('password')}
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <div role="alert" className="form-error">
            {error}
          </div>
          <button type="submit" className="primary" disabled={busy}>
            {t('signIn')}
          </button>
        </form>
      </main>
    </div>
  );
}

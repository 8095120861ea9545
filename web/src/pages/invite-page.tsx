import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { api, setCsrfToken } from '../api/client.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { LoadingState } from '../components/loading-state.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { sessionKey } from '../hooks/use-session.js';

export function InvitePage({ token }: { token: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.invitation(token),
    retry: false,
  });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const title = invitation.data
    ? t('acceptInvitation', { workspace: invitation.data.workspaceName })
    : t('accept');
  useDocumentTitle(title);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError('');
    try {
      const session = await api.acceptInvitation(token, name, password);
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
      navigate('/');
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div className="sign-in">
      <header className="sign-in-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="sign-in-main">
        {invitation.isPending ? (
          <LoadingState />
        ) : invitation.isError ? (
          <>
            <h1>{t('accept')}</h1>
            <p role="alert">{t('invitationInvalid')}</p>
          </>
        ) : (
          <>
            <h1>{title}</h1>
            <p>{t('invitedAs', { email: invitation.data.email, role: invitation.data.role })}</p>
            <form onSubmit={submit} className="stack">
              <label>
                {t('name')}
                <input required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <label>
                {t('password')}
                <input
                  type="password"
                  required
                  minLength={10}
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              </label>
              <div role="alert" className="form-error">
                {error}
              </div>
              <button type="submit" className="primary">
                {t('accept')}
              </button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../components/error-state.js';
import { useI18n } from '../hooks/use-i18n.js';

/** One dashboard section's loading and error states around its content. */
export function Section<T>({
  query,
  title,
  children,
}: {
  query: UseQueryResult<T>;
  title: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  return (
    <section className="panel dash-panel" aria-label={title} aria-busy={query.isPending}>
      <h2>{title}</h2>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <p className="hint">{t('dashLoading')}</p>
      )}
    </section>
  );
}

import { Link } from 'wouter';
import { useI18n } from '../hooks/use-i18n.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('notFound')}</h1>
      <Link href="/">{t('backToJourneys')}</Link>
    </div>
  );
}

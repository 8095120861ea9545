import { useI18n } from '../hooks/use-i18n.js';

export function LoadingState() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

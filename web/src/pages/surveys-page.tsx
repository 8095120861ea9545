import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';

export function SurveysPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('surveysPageTitle'));
  return (
    <div className="page" data-workspace={workspaceId}>
      <h1>{t('surveysPageTitle')}</h1>
    </div>
  );
}

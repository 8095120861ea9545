import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';

export function DataPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('dataPageTitle'));
  return (
    <div className="page" data-workspace={workspaceId}>
      <h1>{t('dataPageTitle')}</h1>
    </div>
  );
}

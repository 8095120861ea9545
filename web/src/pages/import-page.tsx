import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';

export function ImportPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('importsPageTitle'));
  return (
    <div className="page" data-workspace={workspaceId}>
      <h1>{t('importsPageTitle')}</h1>
    </div>
  );
}

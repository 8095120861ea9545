import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../hooks/use-i18n.js';
import { useWorkspaceRole } from '../hooks/use-workspace-role.js';
import { ApiKeysSection } from '../settings/api-keys-section.js';
import { DataCollectionSection } from '../settings/data-collection-section.js';
import { InvitationsSection } from '../settings/invitations-section.js';
import { MembersSection } from '../settings/members-section.js';

export function SettingsPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('settings'));
  const role = useWorkspaceRole(workspaceId);
  return (
    <div className="page">
      <h1>{t('settings')}</h1>
      {role !== 'owner' ? (
        <p>{t('onlyOwners')}</p>
      ) : (
        <>
          <MembersSection workspaceId={workspaceId} />
          <InvitationsSection workspaceId={workspaceId} />
          <ApiKeysSection workspaceId={workspaceId} />
          <DataCollectionSection workspaceId={workspaceId} />
        </>
      )}
    </div>
  );
}

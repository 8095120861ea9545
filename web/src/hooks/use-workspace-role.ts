import type { Role } from '../../../src/domain/journey/vocabulary.js';
import { useSession } from './use-session.js';

/** The signed-in user's role in a workspace (undefined while loading or when not a member). */
export function useWorkspaceRole(workspaceId: string): Role | undefined {
  const { data } = useSession();
  return data?.workspaces.find((w) => w.id === workspaceId)?.role;
}

import { createHmac } from 'node:crypto';
import type { MetaDb } from '../store/meta/db.js';
import { workspaceSecret } from '../store/meta/workspace-settings.repository.js';

export interface DistributionKeys {
  /** Keys the hash of an email address (opt-outs, "contacted lately"). */
  email: string;
  /** Signs unsubscribe links. */
  unsubscribe: string;
}

/**
 * The workspace's distribution keys, derived from its `survey-context` secret with a label
 * each, so one stored secret serves several purposes without a key doing two jobs.
 */
export async function distributionKeys(db: MetaDb, workspaceId: string): Promise<DistributionKeys> {
  const root = await workspaceSecret(db, workspaceId, 'survey-context');
  const derive = (label: string) => createHmac('sha256', root).update(`polku:${label}`).digest('base64url');
  return { email: derive('email-hash'), unsubscribe: derive('unsubscribe') };
}

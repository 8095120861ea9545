import { type MappingRule, urlPatternRegExp, type WorkspaceSettings } from '../domain/workspace/settings.js';
import type { MetaDb } from '../store/meta/db.js';
import { getWorkspaceSettings, workspaceSecret } from '../store/meta/workspace-settings.repository.js';

export interface TouchpointRef {
  id: string;
  journeyId: string;
  stageId: string;
  channel: string;
}

interface CompiledRule {
  touchpointKey: string;
  eventName?: string;
  url?: RegExp;
  channel?: string;
}

/**
 * What the ingest steps need to know about a workspace: its touchpoints by key, its
 * journeys, settings, mapping rules and pseudonymisation key. Loaded from the meta store
 * and cached briefly, so a busy ingest does not query SQLite per event.
 */
export interface WorkspaceView {
  exists: boolean;
  settings: WorkspaceSettings;
  pseudonymKey: string;
  /** Pseudonyms computed lately, by raw customer id (lives as long as the cached view). */
  pseudonyms: Map<string, string>;
  touchpoints: Map<string, TouchpointRef>;
  journeys: Set<string>;
  rules: CompiledRule[];
}

function compile(rule: MappingRule): CompiledRule {
  return {
    touchpointKey: rule.touchpointKey,
    ...(rule.eventName !== undefined && { eventName: rule.eventName }),
    ...(rule.urlPattern !== undefined && { url: urlPatternRegExp(rule.urlPattern) }),
    ...(rule.channel !== undefined && { channel: rule.channel }),
  };
}

/** The touchpoint key the first matching mapping rule names, if any. */
export function matchRule(
  rules: readonly CompiledRule[],
  e: { name: string; url?: string | undefined; channel?: string | undefined },
): string | undefined {
  if (rules.length === 0) return undefined;
  let path: string | undefined;
  if (e.url !== undefined) {
    try {
      path = new URL(e.url, 'http://x').pathname;
    } catch {
      path = e.url;
    }
  }
  for (const r of rules) {
    if (r.eventName !== undefined && r.eventName !== e.name) continue;
    if (r.channel !== undefined && r.channel !== e.channel) continue;
    if (r.url !== undefined) {
      if (e.url === undefined) continue;
      if (!r.url.test(e.url) && !(path !== undefined && r.url.test(path))) continue;
    }
    return r.touchpointKey;
  }
  return undefined;
}

export async function loadWorkspaceView(db: MetaDb, workspaceId: string): Promise<WorkspaceView> {
  const ws = await db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).executeTakeFirst();
  const settings = await getWorkspaceSettings(db, workspaceId);
  if (!ws) {
    return {
      exists: false,
      settings,
      pseudonymKey: '',
      pseudonyms: new Map(),
      touchpoints: new Map(),
      journeys: new Set(),
      rules: [],
    };
  }
  const [tps, journeys, pseudonymKey] = await Promise.all([
    db
      .selectFrom('touchpoints')
      .select(['id', 'key', 'journeyId', 'stageId', 'channel'])
      .where('workspaceId', '=', workspaceId)
      .execute(),
    db.selectFrom('journeys').select('id').where('workspaceId', '=', workspaceId).execute(),
    workspaceSecret(db, workspaceId, 'pseudonym'),
  ]);
  return {
    exists: true,
    settings,
    pseudonymKey,
    pseudonyms: new Map(),
    touchpoints: new Map(
      tps.map((t) => [t.key, { id: t.id, journeyId: t.journeyId, stageId: t.stageId, channel: t.channel }]),
    ),
    journeys: new Set(journeys.map((j) => j.id)),
    rules: settings.mappingRules.map(compile),
  };
}

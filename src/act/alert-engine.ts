import type { SqlEngine } from '../analytics/engine.js';
import { type FeedResponse, responsesReceivedSince } from '../analytics/response-feed.js';
import { evaluateResponse } from '../domain/alerts/evaluate.js';
import type { AlertRule } from '../domain/alerts/rule.schema.js';
import type { Language } from '../domain/journey/vocabulary.js';
import { listRules, recordFiring, setFiringCase } from '../store/meta/alert-rules.repository.js';
import { caseOfResponse, getCase, updateCase } from '../store/meta/cases.repository.js';
import type { MetaDb } from '../store/meta/db.js';
import { getState, setState } from '../store/meta/teams.repository.js';
import { listUserThemes } from '../store/meta/themes.repository.js';
import { openCase } from './case-opener.js';
import { notifyOpened } from './notify-case.js';

const WATERMARK = 'alerts.responses.received_at';
/** Responses are read again this far behind the newest seen: a slow commit can land rows with an earlier receipt time. */
export const OVERLAP_MS = 30_000;
/** Per-response rules judge fresh responses only: an import of last year's survey export pages nobody. */
export const FRESH_MS = 3 * 86_400_000;
const PAGE = 2000;

export interface AlertEngineOptions {
  db: MetaDb;
  events: SqlEngine;
  clock: () => number;
  /** Links in notifications point here. */
  baseUrl: string;
  log?: (line: string) => void;
}

export interface ResponseTick {
  read: number;
  fired: number;
  casesOpened: number;
  recoveries: number;
}

const inScope = (rule: AlertRule, r: FeedResponse) =>
  (rule.journeyId === null || rule.journeyId === r.journeyId) &&
  (rule.touchpointIds.length === 0 ||
    (r.touchpointId !== null && rule.touchpointIds.includes(r.touchpointId))) &&
  (rule.audience === null || rule.audience === r.audience);

const LANGS = new Set(['fi', 'sv', 'en']);

/**
 * Per-response alert rules, run within seconds of ingest: every new response of every
 * workspace (whichever path stored it) is read from the event store after its commit and
 * judged by the workspace's enabled rules. A firing is recorded once per rule and response,
 * so restarts and the read-again overlap never open a second case or send twice.
 */
export class AlertEngine {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ResponseTick> | undefined;
  /** Responses judged in the overlap window: id → receipt time (ms). */
  private readonly seen = new Map<string, number>();

  constructor(private readonly o: AlertEngineOptions) {}

  tick(): Promise<ResponseTick> {
    if (!this.running)
      this.running = this.run().finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async run(): Promise<ResponseTick> {
    const out: ResponseTick = { read: 0, fired: 0, casesOpened: 0, recoveries: 0 };
    const now = this.o.clock();
    const stored = await getState(this.o.db, WATERMARK);
    if (stored === undefined) {
      // First start: judge what arrives from now on, not the history (the demo data, old imports).
      await setState(this.o.db, WATERMARK, new Date(now).toISOString());
      return out;
    }
    let newest = Date.parse(stored);
    const from = new Date(newest - OVERLAP_MS).toISOString();
    let after: { receivedAt: string; id: string } | undefined;
    const rules = new Map<string, Promise<{ rules: AlertRule[]; themes: Map<string, string[]> }>>();
    const rulesOf = (ws: string) => {
      let r = rules.get(ws);
      if (!r) {
        r = Promise.all([
          listRules(this.o.db, ws, { kind: 'response', enabledOnly: true }),
          listUserThemes(this.o.db, ws),
        ]).then(([rs, ts]) => ({ rules: rs, themes: new Map(ts.map((t) => [t.id, t.keywords])) }));
        rules.set(ws, r);
      }
      return r;
    };
    for (;;) {
      const page = await responsesReceivedSince(this.o.events, from, PAGE, after);
      for (const r of page) {
        const key = `${r.workspaceId}\u0000${r.id}`;
        const received = Date.parse(r.receivedAt);
        newest = Math.max(newest, received);
        if (this.seen.has(key)) continue;
        this.seen.set(key, received);
        out.read++;
        await this.judge(r, now, out, await rulesOf(r.workspaceId));
      }
      const last = page[page.length - 1];
      if (page.length < PAGE || !last) break;
      after = { receivedAt: last.receivedAt, id: last.id };
    }
    for (const [key, t] of this.seen) if (t < newest - OVERLAP_MS) this.seen.delete(key);
    await setState(this.o.db, WATERMARK, new Date(newest).toISOString());
    return out;
  }

  private async judge(
    r: FeedResponse,
    now: number,
    out: ResponseTick,
    ws: { rules: AlertRule[]; themes: Map<string, string[]> },
  ): Promise<void> {
    const recoveryCase = r.properties.recoveryCase;
    if (typeof recoveryCase === 'string' && (await this.attachRecovery(r, recoveryCase))) {
      out.recoveries++;
      return;
    }
    if (Date.parse(r.ts) < now - FRESH_MS) return;
    const language = (LANGS.has(r.language) ? r.language : 'en') as Language;
    const facts = { nps: r.nps, csat: r.csat, ces: r.ces, comment: r.comment, language };
    for (const rule of ws.rules) {
      if (!inScope(rule, r)) continue;
      const match = evaluateResponse(rule.condition, facts, (id) => ws.themes.get(id));
      if (!match) continue;
      const at = new Date(this.o.clock()).toISOString();
      const first = await recordFiring(this.o.db, {
        ruleId: rule.id,
        key: r.id,
        workspaceId: r.workspaceId,
        at,
        caseId: null,
        summary: match.reasons.join('; ').slice(0, 500),
      });
      if (!first) continue;
      out.fired++;
      if (!rule.openCase) {
        continue;
      }
      const opened = await openCase(this.o.db, {
        response: r,
        rule,
        slaHours: rule.slaHours,
        reasons: match.reasons,
        at,
        actor: { id: null, name: `Rule: ${rule.name}` },
      });
      const c = opened ?? (await caseOfResponse(this.o.db, r.workspaceId, r.id));
      if (c) await setFiringCase(this.o.db, rule.id, r.id, c.id);
      if (opened) {
        out.casesOpened++;
        await notifyOpened(this.o.db, opened, rule, this.o.baseUrl, at);
      }
    }
  }

  /** A recovery survey's answer: its score goes on the case (once) and into the audit trail. */
  private async attachRecovery(r: FeedResponse, caseId: string): Promise<boolean> {
    const c = await getCase(this.o.db, r.workspaceId, caseId);
    if (!c || c.recoveryResponseId !== null) return false;
    const at = new Date(this.o.clock()).toISOString();
    const score = { nps: r.nps, csat: r.csat, ces: r.ces, comment: r.comment, at: r.ts };
    await updateCase(this.o.db, { ...c, recoveryResponseId: r.id, recoveryScore: score, updatedAt: at }, [
      {
        actorId: null,
        actorName: 'Customer',
        kind: 'recovery_answered',
        data: { responseId: r.id, nps: r.nps, csat: r.csat, ces: r.ces },
      },
    ]);
    return true;
  }

  async start(everyMs = 2000): Promise<void> {
    this.timer = setInterval(() => {
      this.tick().catch((err: unknown) => this.o.log?.(`alert rules: ${(err as Error).message}`));
    }, everyMs);
    this.timer.unref();
    await this.tick().catch((err: unknown) => this.o.log?.(`alert rules: ${(err as Error).message}`));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}

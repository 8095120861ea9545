import { dailyVolume } from '../analytics/daily-volume.js';
import type { SqlEngine } from '../analytics/engine.js';
import { Query } from '../analytics/query.js';
import { scorecards } from '../analytics/scorecards.js';
import type { AlertRule, Condition, LeafCondition } from '../domain/alerts/rule.schema.js';
import { volumeVerdict } from '../domain/alerts/volume.js';
import type { Notice } from '../domain/notify/message.js';
import { enabledRules, recordFiring } from '../store/meta/alert-rules.repository.js';
import type { MetaDb } from '../store/meta/db.js';
import { listJourneys, loadMap } from '../store/meta/journeys.repository.js';
import { teamByName } from '../store/meta/teams.repository.js';
import { getWorkspaceSettings } from '../store/meta/workspace-settings.repository.js';
import { queueRuleNotice } from './notify-case.js';

const DAY = 86_400_000;

/** One touchpoint (or the journey) judged by one aggregate condition. */
interface Finding {
  holds: boolean;
  reason: string;
}

export interface AggregateTick {
  judged: number;
  fired: number;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Aggregate and volume rules on a schedule, through the analytics pipeline: a metric of a
 * touchpoint over a rolling window below a line (sure: the whole 95 % interval below, with
 * enough responses), or yesterday's volume out of the range of the same weekday before.
 * Each rule alerts once per touchpoint and day; the privacy minimum hides no count here
 * but values from fewer responses than it never fire.
 */
export class AggregateRules {
  constructor(private readonly o: { db: MetaDb; events: SqlEngine; clock: () => number; baseUrl: string }) {}

  async tick(): Promise<AggregateTick> {
    const out: AggregateTick = { judged: 0, fired: 0 };
    for (const rule of await enabledRules(this.o.db, 'aggregate')) {
      const r = await this.runRule(rule);
      out.judged += r.judged;
      out.fired += r.fired;
    }
    return out;
  }

  async runRule(rule: AlertRule): Promise<AggregateTick> {
    const out: AggregateTick = { judged: 0, fired: 0 };
    const now = this.o.clock();
    const today = Date.parse(`${dayOf(now)}T00:00:00Z`);
    const settings = await getWorkspaceSettings(this.o.db, rule.workspaceId);
    const journeys = rule.journeyId
      ? [rule.journeyId]
      : (await listJourneys(this.o.db, rule.workspaceId, false)).map((j) => j.id);
    for (const journeyId of journeys) {
      const map = await loadMap(this.o.db, rule.workspaceId, journeyId);
      if (!map) continue;
      const touchpoints = map.touchpoints.filter(
        (t) => rule.touchpointIds.length === 0 || rule.touchpointIds.includes(t.id),
      );
      const cards = new Map<number, Awaited<ReturnType<typeof scorecards>>>();
      const scoresFor = async (days: number) => {
        let s = cards.get(days);
        if (!s) {
          const query = Query.parse({
            workspaceId: rule.workspaceId,
            journeyId,
            period: { from: new Date(now - days * DAY).toISOString(), to: new Date(now).toISOString() },
            filters: rule.audience ? { audience: rule.audience } : {},
          });
          s = await scorecards(this.o.events, { query, map, privacyMinimum: settings.privacyMinimum });
          cards.set(days, s);
        }
        return s;
      };
      const judge = async (leaf: LeafCondition, touchpointId: string): Promise<Finding> => {
        if (leaf.type === 'metric') {
          const s = await scoresFor(leaf.days);
          const card = s.touchpoints.find((t) => t.id === touchpointId);
          const m = card?.scores[leaf.metric];
          const line = leaf.below ?? (card?.target?.metric === leaf.metric ? card.target.target : null);
          if (!m || line === null || !m.visible || m.n < leaf.minResponses)
            return { holds: false, reason: '' };
          const value = 'value' in m ? m.value : m.mean;
          const high = m.interval?.high ?? null;
          if (value === null) return { holds: false, reason: '' };
          const holds = leaf.sure ? high !== null && high < line : value < line;
          return {
            holds,
            reason: `${leaf.metric.toUpperCase()} ${value.toFixed(1)} (95 % up to ${high?.toFixed(1) ?? '?'}, n ${m.n}) below ${line} over ${leaf.days} days`,
          };
        }
        if (leaf.type === 'volume') {
          const weeks = leaf.weeks;
          const counts = await dailyVolume(this.o.events, {
            workspaceId: rule.workspaceId,
            journeyId,
            touchpointIds: [touchpointId],
            measure: leaf.measure,
            from: new Date(today - (weeks * 7 + 1) * DAY).toISOString(),
            to: new Date(today).toISOString(),
          });
          const yesterday = today - DAY;
          const x = counts.get(dayOf(yesterday)) ?? 0;
          const history = Array.from(
            { length: weeks },
            (_, i) => counts.get(dayOf(yesterday - (i + 1) * 7 * DAY)) ?? 0,
          );
          const v = volumeVerdict(x, history);
          const holds =
            v !== null &&
            v.direction !== null &&
            (leaf.direction === 'either' || leaf.direction === v.direction);
          return {
            holds,
            reason: v
              ? `${leaf.measure} ${x} on ${dayOf(yesterday)}, normally ${Math.round(v.low)}–${Math.round(v.high)} (same weekday, ${weeks} weeks)`
              : '',
          };
        }
        return { holds: false, reason: '' };
      };
      const evaluate = async (c: Condition, tp: string): Promise<Finding> => {
        if ('all' in c) {
          const parts = [];
          for (const p of c.all) {
            const f = await evaluate(p, tp);
            if (!f.holds) return { holds: false, reason: '' };
            parts.push(f.reason);
          }
          return { holds: true, reason: parts.join('; ') };
        }
        if ('any' in c) {
          for (const p of c.any) {
            const f = await evaluate(p, tp);
            if (f.holds) return f;
          }
          return { holds: false, reason: '' };
        }
        return judge(c, tp);
      };
      for (const tp of touchpoints) {
        out.judged++;
        const f = await evaluate(rule.condition, tp.id);
        if (!f.holds) continue;
        const at = new Date(now).toISOString();
        const first = await recordFiring(this.o.db, {
          ruleId: rule.id,
          key: `${tp.id}:${dayOf(now)}`,
          workspaceId: rule.workspaceId,
          at,
          caseId: null,
          summary: `${tp.name}: ${f.reason}`.slice(0, 500),
        });
        if (!first) continue;
        out.fired++;
        const team =
          rule.teamId ??
          (tp.ownerTeam ? ((await teamByName(this.o.db, rule.workspaceId, tp.ownerTeam))?.id ?? null) : null);
        const notice: Notice = {
          type: 'alert.fired',
          title: `${rule.name}: ${tp.name}`,
          lines: [f.reason, `Journey: ${map.journey.name}`],
          url: `${this.o.baseUrl.replace(/\/$/, '')}/w/${rule.workspaceId}/j/${journeyId}/dashboard`,
          data: { ruleId: rule.id, journeyId, touchpointId: tp.id, touchpoint: tp.name, reason: f.reason },
        };
        await queueRuleNotice(this.o.db, rule, notice, { teamId: team, caseId: null, at });
      }
    }
    return out;
  }
}

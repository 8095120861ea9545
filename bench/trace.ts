/**
 * Summarises a Chromium performance trace (as written by `browser.stopTracing()`): the
 * renderer main thread's self time per kind of work, the way the DevTools Performance
 * panel's "Summary" groups it.
 */

/** Categories to record: the DevTools timeline events and V8's compile/GC events. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur: number;
  pid: number;
  tid: number;
  threadName: string | null;
}

export interface TraceSummary {
  /** main-thread self time per group, in ms, largest first */
  groups: { group: string; ms: number }[];
  /** main-thread self time per event name, in ms, largest first */
  events: { name: string; group: string; ms: number }[];
  /** the wall time the summary covers, in ms */
  spanMs: number;
}

/** Event names → kinds of work; the first match wins (Chromium renames events now and then). */
const GROUPS: [RegExp, string][] = [
  [/GC|Scavenge|MarkCompact|Sweep|ThreadState::/i, 'garbage collection'],
  [/recalcStyle|UpdateLayoutTree|RecalculateStyles|rebuildLayoutTree|StyleEngine|StyleSheet|Style/i, 'style'],
  [/Layout|Shape|InlineNode|IntersectionObserver/i, 'layout'],
  [/Paint|Composit|Layeriz|Raster|^Commit$|Image|Blink\.(PrePaint|Paint|Compositing)/i, 'paint & composite'],
  [/ParseHTML|HTMLDocumentParser/i, 'HTML parsing'],
  [/compile|parseOnBackground|CacheScript|produceCache|Deserialize/i, 'JS compile'],
  [
    /FunctionCall|EvaluateScript|evaluateModule|^v8\.|^V8\.|TimerFire|FireAnimationFrame|EventDispatch|Microtask|Callback|XHR/i,
    'scripting',
  ],
];

export function groupOf(name: string): string {
  for (const [pattern, group] of GROUPS) if (pattern.test(name)) return group;
  return 'other';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseEvents(json: unknown): TraceEvent[] {
  const raw = Array.isArray(json)
    ? json
    : isRecord(json) && Array.isArray(json.traceEvents)
      ? json.traceEvents
      : [];
  const events: TraceEvent[] = [];
  for (const e of raw) {
    if (!isRecord(e)) continue;
    const args = isRecord(e.args) ? e.args : {};
    events.push({
      name: String(e.name ?? ''),
      ph: String(e.ph ?? ''),
      ts: Number(e.ts ?? 0),
      dur: Number(e.dur ?? 0),
      pid: Number(e.pid ?? 0),
      tid: Number(e.tid ?? 0),
      threadName: e.name === 'thread_name' && typeof args.name === 'string' ? args.name : null,
    });
  }
  return events;
}

/**
 * Self time per event on the busiest renderer main thread. Complete events ('X') and
 * begin/end pairs ('B'/'E') are nested by time; an event's self time is its duration minus
 * its children's. The top-level task wrapper (RunTask) keeps only what nothing inside it claims.
 */
export function summariseTrace(buffer: Buffer): TraceSummary {
  const events = parseEvents(JSON.parse(buffer.toString('utf8')));
  const mains = new Set(
    events.filter((e) => e.threadName === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, { name: string; start: number; end: number }[]>();
  const open = new Map<string, { name: string; ts: number }[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    const list = byThread.get(key) ?? [];
    byThread.set(key, list);
    if (e.ph === 'X' && e.dur > 0) list.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') {
      const stack = open.get(key) ?? [];
      stack.push({ name: e.name, ts: e.ts });
      open.set(key, stack);
    } else if (e.ph === 'E') {
      const begin = open.get(key)?.pop();
      if (begin && e.ts > begin.ts) list.push({ name: begin.name, start: begin.ts, end: e.ts });
    }
  }
  let busiest: { name: string; start: number; end: number }[] = [];
  let busiestTotal = -1;
  for (const list of byThread.values()) {
    const total = list.filter((x) => x.name === 'RunTask').reduce((s, x) => s + (x.end - x.start), 0);
    if (total > busiestTotal) {
      busiestTotal = total;
      busiest = list;
    }
  }
  busiest.sort((a, b) => a.start - b.start || b.end - a.end);
  const self = new Map<string, number>();
  const stack: { name: string; end: number; self: number }[] = [];
  const pop = () => {
    const done = stack.pop();
    if (done) self.set(done.name, (self.get(done.name) ?? 0) + Math.max(0, done.self));
  };
  for (const e of busiest) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.start) pop();
    const parent = stack.at(-1);
    const dur = e.end - e.start;
    if (parent) parent.self -= Math.min(dur, parent.end - e.start);
    stack.push({ name: e.name, end: e.end, self: dur });
  }
  while (stack.length > 0) pop();

  const toMs = (us: number) => us / 1000;
  const eventsOut = [...self.entries()]
    .map(([name, us]) => ({ name, group: groupOf(name), ms: toMs(us) }))
    .filter((e) => e.ms >= 0.5)
    .sort((a, b) => b.ms - a.ms);
  const groups = new Map<string, number>();
  for (const e of eventsOut) groups.set(e.group, (groups.get(e.group) ?? 0) + e.ms);
  const first = busiest[0]?.start ?? 0;
  const last = busiest.reduce((m, e) => Math.max(m, e.end), first);
  return {
    groups: [...groups.entries()].map(([group, ms]) => ({ group, ms })).sort((a, b) => b.ms - a.ms),
    events: eventsOut,
    spanMs: toMs(last - first),
  };
}

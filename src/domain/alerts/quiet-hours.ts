import type { QuietHours } from './rule.schema.js';

function minutesIn(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const h = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const m = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return h * 60 + m;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether `at` falls in the quiet hours (which may run past midnight, e.g. 22:00–07:00). */
export function inQuietHours(q: QuietHours, at: Date): boolean {
  const now = minutesIn(q.timeZone, at);
  const from = toMinutes(q.from);
  const to = toMinutes(q.to);
  if (from === to) return false;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/**
 * When a notification held at `at` may go: `at` itself outside quiet hours, else the first
 * minute after they end (found minute by minute, so daylight-saving changes are right).
 */
export function releaseTime(q: QuietHours | null, at: Date): Date {
  if (!q || !inQuietHours(q, at)) return at;
  const start = Math.ceil(at.getTime() / 60_000) * 60_000;
  for (let t = start; t < start + 2 * 86_400_000; t += 60_000) {
    if (!inQuietHours(q, new Date(t))) return new Date(t);
  }
  return at;
}

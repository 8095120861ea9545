/**
 * Time for the demo: customers live on Helsinki wall-clock time (weekdays, opening hours),
 * the store keeps UTC. "Local ms" below is Helsinki wall-clock time written as if it were
 * UTC, so `new Date(local).getUTCDay()` is the local weekday.
 */
import type { Rng } from './random.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}

const offsets = new Map<number, [number, number]>();

/** Helsinki's UTC offset in hours at a local time: +3 in EU summer time, else +2. */
export function helsinkiOffset(local: number): number {
  const year = new Date(local).getUTCFullYear();
  let dst = offsets.get(year);
  if (!dst) {
    dst = [lastSunday(year, 2) + 3 * HOUR, lastSunday(year, 9) + 4 * HOUR];
    offsets.set(year, dst);
  }
  return local >= dst[0] && local < dst[1] ? 3 : 2;
}

export function localToUtc(local: number): number {
  return local - helsinkiOffset(local) * HOUR;
}

export function utcToLocal(utc: number): number {
  const guess = utc + 2 * HOUR;
  return utc + helsinkiOffset(guess + HOUR) * HOUR;
}

/** When people do something, by weekday (0 = Sunday) and hour. */
export interface ActivityProfile {
  /** Weight of each day relative to the busiest. */
  dayAccept: number[];
  /** Cumulative hour distribution per weekday. */
  hourCdf: number[][];
}

function profile(weight: (dow: number, hour: number) => number): ActivityProfile {
  const days = Array.from({ length: 7 }, (_, dow) => Array.from({ length: 24 }, (_, h) => weight(dow, h)));
  const totals = days.map((hours) => hours.reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  return {
    dayAccept: totals.map((t) => t / max),
    hourCdf: days.map((hours, dow) => {
      let acc = 0;
      const total = totals[dow] || 1;
      return hours.map((w) => {
        acc += w / total;
        return acc;
      });
    }),
  };
}

const WEB_HOURS = [
  0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.6, 0.8, 0.9, 1, 1, 1.1, 1, 0.95, 0.95, 1, 1.05, 1.2, 1.5, 1.7, 1.6,
  1.1, 0.6,
];
/** Sun … Sat: evenings at home; quieter Friday evening and Saturday. */
const WEB_DAYS = [1.05, 1.1, 1, 1, 0.95, 0.85, 0.65];

export const WEB = profile((dow, h) => {
  const fridayEvening = dow === 5 && h >= 17 ? 0.45 : 1;
  return (WEB_DAYS[dow] ?? 1) * (WEB_HOURS[h] ?? 0) * fridayEvening;
});

/** Stores: open 10–20 on weekdays, 10–18 on Saturdays, 12–18 on Sundays; Saturday is the peak. */
const STORE_DAYS = [0.75, 0.6, 0.6, 0.7, 0.85, 1.1, 1.75];
export const STORE = profile((dow, h) => {
  const [open, close] = dow === 0 ? [12, 18] : dow === 6 ? [10, 18] : [10, 20];
  if (h < open || h >= close) return 0;
  const shape = dow === 6 ? (h >= 12 && h < 15 ? 1.4 : 1) : h >= 16 && h < 19 ? 1.4 : 1;
  return (STORE_DAYS[dow] ?? 1) * shape;
});

/** Customer service: phone and chat 8–18 on weekdays (Monday busiest), chat 10–16 at weekends. */
const SERVICE_DAYS = [0.3, 1.35, 1, 1, 0.95, 0.85, 0.35];
export const SERVICE = profile((dow, h) => {
  const [open, close] = dow === 0 || dow === 6 ? [10, 16] : [8, 18];
  if (h < open || h >= close) return 0;
  return (SERVICE_DAYS[dow] ?? 1) * (h >= 9 && h < 12 ? 1.3 : 1);
});

/** Warehouse and carriers: weekdays 6–20, Saturdays 8–16 lightly. */
export const LOGISTICS = profile((dow, h) => {
  if (dow === 0) return 0;
  if (dow === 6) return h >= 8 && h < 16 ? 0.25 : 0;
  return h >= 6 && h < 20 ? 1 : 0;
});

/** Parcel lockers: any day, mostly after work. */
export const PICKUP = profile((dow, h) => {
  if (h < 7 || h >= 23) return 0;
  return (dow === 0 ? 0.8 : 1) * (h >= 15 && h < 20 ? 2 : 1);
});

/**
 * A local time at least `from`, between `minDays` and `maxDays` later, that fits the
 * profile's weekdays and hours (rejection sampling on the day, then the hour's distribution).
 */
export function placeAt(
  rng: Rng,
  p: ActivityProfile,
  from: number,
  minDays: number,
  maxDays: number,
): number {
  for (let attempt = 0; attempt < 40; attempt++) {
    const day = Math.floor((from + rng.range(minDays, maxDays) * DAY) / DAY) * DAY;
    const dow = new Date(day).getUTCDay();
    if (rng.next() >= (p.dayAccept[dow] ?? 0)) continue;
    const cdf = p.hourCdf[dow];
    if (!cdf) continue;
    const r = rng.next();
    let hour = cdf.findIndex((c) => r < c);
    if (hour < 0) hour = 23;
    const t = day + hour * HOUR + Math.floor(rng.next() * HOUR);
    if (t >= from) return t;
  }
  return from + Math.floor(rng.range(0.05, 1) * HOUR);
}

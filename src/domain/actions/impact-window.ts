/**
 * The periods an action's impact is measured over: after = [start, end), before = the window of
 * the same length just before the start. The end is today, the done date (the end of that day)
 * when the action is done, or start + the days the user chose (never past today); windows longer
 * than MAX_WINDOW_DAYS are cut to it, so a long-running action is not compared with a year ago.
 */

export const DAY_MS = 86_400_000;
export const MAX_WINDOW_DAYS = 180;

export interface Window {
  from: string;
  to: string;
}
export interface ImpactWindow {
  before: Window;
  after: Window;
  /** Length of each window in days (fractional when it ends now). */
  days: number;
  /** True when the window was cut to MAX_WINDOW_DAYS. */
  capped: boolean;
}

export interface WindowAction {
  startDate: string;
  doneDate: string | null;
}

const dayStart = (date: string) => Date.parse(`${date}T00:00:00.000Z`);
const iso = (ms: number) => new Date(ms).toISOString();

/** The windows, or null when the action has not started yet (nothing to measure after it). */
export function impactWindow(a: WindowAction, now: Date, days?: number): ImpactWindow | null {
  const start = dayStart(a.startDate);
  const today = now.getTime();
  if (!(start < today)) return null;
  let end = today;
  if (days !== undefined) end = Math.min(today, start + days * DAY_MS);
  else if (a.doneDate !== null) end = Math.min(today, dayStart(a.doneDate) + DAY_MS);
  let capped = false;
  if (end - start > MAX_WINDOW_DAYS * DAY_MS) {
    end = start + MAX_WINDOW_DAYS * DAY_MS;
    capped = true;
  }
  const length = end - start;
  return {
    before: { from: iso(start - length), to: iso(start) },
    after: { from: iso(start), to: iso(end) },
    days: Math.round((length / DAY_MS) * 100) / 100,
    capped,
  };
}

/**
 * Code that runs inside the page. Playwright sends these functions to the browser as source
 * text, so they must not use anything from this module's scope.
 *
 * tsx (esbuild with keepNames) wraps nested functions in `__name(fn, "name")`; the page has
 * no such helper, so `NAME_SHIM` defines a no-op one before anything else runs.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

export interface StatusEntry {
  state: string;
  t: number;
}

export interface ProbeState {
  /** How many touchpoint cards the map has; `cardsAt` is set when that many are in the DOM. */
  expected: number;
  cardsAt: number | null;
  /** The first frame after the cards arrived (rAF, then a task: style, layout and paint are done). */
  frameAt: number | null;
  longTasks: { start: number; duration: number }[];
  /** Every change of the save status live region's `data-state`, with its time. */
  status: StatusEntry[];
  /** the last key press or click (its event timeStamp): the start of the action being timed */
  lastInput: { kind: string; t: number } | null;
  pending: Promise<ActionTiming> | null;
}

/** Times of one edit, all in the page's performance.now() clock. */
export interface ActionTiming {
  /** the key press or click that started the action */
  input: number | null;
  /** the page shows the change */
  visible: number | null;
  /** the save status says saved (after `input`); null when no save was expected */
  saved: number | null;
  /** the PATCH request: start and response end (Resource Timing) */
  requestStart: number | null;
  responseEnd: number | null;
  /** long tasks that started after the input, summed */
  longTaskMs: number;
  timedOut: boolean;
}

declare global {
  interface Window {
    __bench?: ProbeState;
  }
}

/** Init script: installed before the app's code runs on every navigation. */
export function installProbe(expected: number): void {
  performance.setResourceTimingBufferSize(20_000);
  const b: ProbeState = {
    expected,
    cardsAt: null,
    frameAt: null,
    longTasks: [],
    status: [],
    lastInput: null,
    pending: null,
  };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the long-task columns stay 0
  }
  for (const kind of ['keydown', 'click']) {
    window.addEventListener(
      kind,
      (e) => {
        b.lastInput = { kind, t: e.timeStamp };
      },
      true,
    );
  }
  const check = () => {
    if (b.cardsAt === null && document.querySelectorAll('li.tp-card').length >= b.expected) {
      b.cardsAt = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          b.frameAt = performance.now();
        }, 0),
      );
    }
    const state = document.querySelector('.save-status')?.getAttribute('data-state') ?? null;
    if (state !== null && b.status.at(-1)?.state !== state) b.status.push({ state, t: performance.now() });
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });
}

export type WatchTarget =
  /** the card (button `tp-<id>`) shows this name */
  | { kind: 'cardName'; cardDomId: string; name: string }
  /** the card is at this index in its stage's list */
  | { kind: 'cardIndex'; cardDomId: string; index: number }
  /** the side panel's name field shows this name */
  | { kind: 'panel'; name: string };

export interface WatchArgs {
  target: WatchTarget;
  /** Resource Timing URL suffix of the PATCH the action sends; null when it saves nothing */
  patchPath: string | null;
  timeoutMs: number;
}

/**
 * Starts watching for the result of the next key press or click: the change on the page,
 * the "saved" status and the PATCH request. The promise is kept in `window.__bench.pending`.
 */
export function startWatch(args: WatchArgs): void {
  const b = window.__bench;
  if (!b) throw new Error('probe not installed');
  const since = performance.now();
  b.lastInput = null;
  b.pending = new Promise<ActionTiming>((resolve) => {
    const result: ActionTiming = {
      input: null,
      visible: null,
      saved: null,
      requestStart: null,
      responseEnd: null,
      longTaskMs: 0,
      timedOut: false,
    };
    const target = args.target;
    const shows = (): boolean => {
      if (target.kind === 'panel')
        return (document.getElementById('tp-field-name') as HTMLInputElement | null)?.value === target.name;
      const button = document.getElementById(target.cardDomId);
      if (!button) return false;
      if (target.kind === 'cardName') return button.querySelector('.tp-name')?.textContent === target.name;
      const li = button.closest('li');
      if (!li?.parentElement) return false;
      return Array.prototype.indexOf.call(li.parentElement.children, li) === target.index;
    };
    const patchPath = args.patchPath;
    const request = () =>
      patchPath === null
        ? undefined
        : performance
            .getEntriesByType('resource')
            .find(
              (e): e is PerformanceResourceTiming =>
                e.startTime >= since &&
                e.name.endsWith(patchPath) &&
                (e as PerformanceResourceTiming).initiatorType === 'fetch',
            );
    let done = false;
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      result.input = b.lastInput?.t ?? null;
      const entry = request();
      if (entry) {
        result.requestStart = entry.startTime;
        result.responseEnd = entry.responseEnd;
      }
      const from = result.input ?? since;
      result.longTaskMs = b.longTasks.filter((t) => t.start >= from).reduce((sum, t) => sum + t.duration, 0);
      result.timedOut = timedOut;
      resolve(result);
    };
    const check = () => {
      const now = performance.now();
      const input = b.lastInput;
      if (input === null) return;
      if (result.visible === null && shows()) result.visible = now;
      if (patchPath === null) {
        if (result.visible !== null) finish(false);
        return;
      }
      if (result.saved === null) {
        const saved = b.status.find((s) => s.state === 'saved' && s.t >= input.t);
        if (saved) result.saved = saved.t;
      }
      if (result.visible !== null && result.saved !== null && request()) finish(false);
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    // Resource Timing entries arrive without a DOM change; look for them now and then too
    const poll = setInterval(check, 50);
    const timer = setTimeout(() => finish(true), args.timeoutMs);
  });
}

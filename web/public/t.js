/*! Polku website tracker · Apache-2.0
 * <script async src="https://polku.example/t.js" data-key="pk_…" data-consent="required|granted"></script>
 * polku('event', 'name', { touchpoint, value, properties }) · polku('identify', id) · polku('consent', true|false)
 * Sends nothing under Do Not Track / Global Privacy Control, nor before consent when it is required. */
(() => {
  const w = window;
  const d = document;
  const n = navigator;
  const me = d.currentScript;
  const stub = w.polku || {};
  if (!me || stub.polku) return;
  const data = me.dataset;
  const endpoint = `${new URL('/api/ingest/tracker', me.src).href}?key=${encodeURIComponent(data.key || '')}`;
  const off = n.doNotTrack === '1' || w.doNotTrack === '1' || n.globalPrivacyControl === true;
  const keepQuery = data.keepQuery !== undefined;
  const IDLE = 30000;
  let consent = data.consent === 'granted';
  let queue = [];
  let timer = 0;
  let customer = '';
  let url = '';
  let engaged = 0;
  let active = 0;

  const rnd = () => {
    const b = new Uint8Array(12);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => (x + 256).toString(16).slice(1)).join('');
  };
  // Storage may be missing or refused (sandboxed frames, privacy settings): then no id.
  const stored = (area, k) => {
    try {
      const s = w[area];
      const v = s.getItem(k) || rnd();
      s.setItem(k, v);
      return v;
    } catch (_) {
      return undefined;
    }
  };
  const forget = () => {
    try {
      localStorage.removeItem('polku_vid');
      sessionStorage.removeItem('polku_sid');
    } catch (_) {}
  };
  const here = () => location.origin + location.pathname + (keepQuery ? location.search : '');

  const send = (batch, tries) => {
    const body = JSON.stringify({ events: batch });
    if (!tries && n.sendBeacon && n.sendBeacon(endpoint, new Blob([body], { type: 'text/plain' }))) return;
    fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain' } })
      .then((r) => {
        if (r.status >= 500 || r.status === 429) throw r;
      })
      // The same ids and timestamps on a resend: the server stores each event once.
      .catch(() => {
        if ((tries || 0) < 3) setTimeout(() => send(batch, (tries || 0) + 1), 5000);
      });
  };
  const flush = () => {
    clearTimeout(timer);
    timer = 0;
    while (queue.length) send(queue.splice(0, 25));
  };
  const track = (name, extra, at) => {
    if (off || !consent) return;
    const e = {
      id: rnd(),
      name,
      timestamp: Date.now(),
      url: at || url,
      channel: 'web',
      sessionId: stored('sessionStorage', 'polku_sid'),
      customerId: customer || stored('localStorage', 'polku_vid'),
    };
    for (const k in extra) if (extra[k] !== undefined) e[k] = extra[k];
    queue.push(e);
    if (!timer) timer = setTimeout(flush, 1000);
  };

  // Engaged time: the page is visible and someone interacted within the last 30 seconds.
  const activity = () => {
    const now = Date.now();
    if (d.visibilityState !== 'visible') return;
    if (active && now - active < IDLE) engaged += now - active;
    active = now;
  };
  const closeEngaged = () => {
    if (active) engaged += Math.min(Date.now() - active, IDLE);
    active = 0;
    if (engaged >= 1000) track('engaged_time', { properties: { ms: Math.round(engaged) } });
    engaged = 0;
  };
  const pageView = (first) => {
    const ref = first && d.referrer ? new URL(d.referrer) : null;
    track('page_view', {
      properties: {
        title: d.title.slice(0, 200),
        referrer: ref && ref.host !== location.host ? ref.host : undefined,
      },
    });
  };
  const navigated = () => {
    const next = here();
    if (next === url) return;
    closeEngaged();
    url = next;
    activity();
    pageView(false);
  };

  const api = (cmd, a, b) => {
    if (cmd === 'event' && typeof a === 'string') {
      const o = b || {};
      track(a, { touchpoint: o.touchpoint, value: o.value, properties: o.properties });
    } else if (cmd === 'identify') {
      customer = a ? String(a) : '';
    } else if (cmd === 'consent') {
      if (a && !consent) {
        consent = true;
        engaged = active = 0;
        activity();
        pageView(true);
      } else if (!a) {
        consent = false;
        queue = [];
        engaged = 0;
        forget();
      }
    }
  };
  api.polku = 1;
  w.polku = api;

  url = here();
  for (const k of ['pushState', 'replaceState']) {
    const orig = history[k];
    history[k] = function (...args) {
      const r = orig.apply(this, args);
      navigated();
      return r;
    };
  }
  w.addEventListener('popstate', navigated);
  for (const t of ['mousemove', 'keydown', 'scroll', 'touchstart', 'click'])
    w.addEventListener(t, activity, { passive: true, capture: true });
  const hide = () => {
    closeEngaged();
    flush();
  };
  d.addEventListener('visibilitychange', () => (d.visibilityState === 'hidden' ? hide() : activity()));
  w.addEventListener('pagehide', hide);

  // Calls made before the script loaded, e.g. through the stub
  // window.polku = window.polku || function () { (polku.q = polku.q || []).push(arguments); };
  const early = Array.from(stub.q || []);
  activity();
  for (const args of early) if (args[0] === 'identify') api.apply(null, args);
  if (consent) pageView(true);
  for (const args of early) if (args[0] !== 'identify') api.apply(null, args);
})();

/*! Polku survey widget · Apache-2.0 · https://github.com/polku
 * <script src="https://polku.example/widget.js" data-survey="sv_…" data-trigger="delay|exit|url|manual"
 *   data-delay="5" data-url="/checkout/*" data-sample="0.25" data-cooldown-days="30" data-lang="fi" async></script>
 * window.Polku.survey.show({ force }) / .hide()
 * No cookies: the sampling decision and the "don't ask again" date live in localStorage. */
(() => {
  const w = window;
  const d = document;
  const me = d.currentScript;
  w.Polku = w.Polku || {};
  if (!me || w.Polku.survey) return;
  const data = me.dataset;
  const surveyId = data.survey || '';
  const origin = new URL(me.src, location.href).origin;
  const trigger = data.trigger || 'delay';
  const num = (v, dflt) => {
    const n = Number.parseFloat(v);
    return Number.isFinite(n) ? n : dflt;
  };
  const sample = Math.min(1, Math.max(0, num(data.sample, 1)));
  const cooldownDays = Math.max(0, num(data.cooldownDays, 30));
  const lang = (data.lang || d.documentElement.lang || 'en').slice(0, 2).toLowerCase();
  const T = {
    en: ['Feedback', 'Close the survey', 'Survey', 'Thank you!'],
    fi: ['Palaute', 'Sulje kysely', 'Kysely', 'Kiitos!'],
    sv: ['Respons', 'Stäng enkäten', 'Enkät', 'Tack!'],
  }[lang] || ['Feedback', 'Close the survey', 'Survey', 'Thank you!'];
  const key = `polku:${surveyId}:`;
  const store = (k, v) => {
    try {
      if (v === undefined) return localStorage.getItem(key + k);
      localStorage.setItem(key + k, v);
    } catch (_) {}
    return null;
  };

  /** Sampling is decided once per visitor (and again only if the rate changes). */
  const sampled = () => {
    const saved = (store('sample') || '').split(':');
    if (saved[0] === String(sample)) return saved[1] === '1';
    const yes = Math.random() < sample;
    store('sample', `${sample}:${yes ? 1 : 0}`);
    return yes;
  };
  const coolingDown = () => Date.now() < num(store('until'), 0);
  const rest = () => {
    if (cooldownDays > 0) store('until', String(Date.now() + cooldownDays * 864e5));
  };
  const globRe = (g) => new RegExp(`^${g.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
  const urlOk = () => {
    if (!data.url) return trigger !== 'url';
    const target = /^https?:/i.test(data.url) ? location.href.split(/[?#]/)[0] : location.pathname;
    return globRe(data.url).test(target);
  };

  let shown = false;
  let host = null;
  let before = null;
  let timer = 0;
  let doneTimer = 0;

  const hide = () => {
    if (!host) return;
    clearTimeout(doneTimer);
    rest();
    host.remove();
    host = null;
    d.removeEventListener('keydown', onKey, true);
    if (before && typeof before.focus === 'function' && d.contains(before)) before.focus();
    before = null;
  };
  const onKey = (e) => {
    if (e.key === 'Escape' && host) {
      e.stopPropagation();
      hide();
    }
  };

  const open = () => {
    shown = true;
    before = d.activeElement;
    host = d.createElement('div');
    host.setAttribute('data-polku-survey', surveyId);
    const root = host.attachShadow({ mode: 'open' });
    const page = location.origin + location.pathname;
    const src = `${origin}/s/${encodeURIComponent(surveyId)}?embed=1&lang=${encodeURIComponent(lang)}&channel=web&url=${encodeURIComponent(page)}`;
    root.innerHTML = `<style>
.b{position:fixed;inset:0;z-index:2147483000;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center;padding:1rem;box-sizing:border-box;font:16px/1.4 system-ui,sans-serif}
.d{background:#fff;color:#1a1a1a;border-radius:12px;box-shadow:0 10px 40px rgba(0,0,0,.3);width:100%;max-width:32rem;height:min(40rem,100%);display:flex;flex-direction:column;overflow:hidden}
.h{display:flex;align-items:center;justify-content:space-between;gap:.5rem;padding:.25rem .25rem .25rem 1rem;border-bottom:1px solid #ddd}
.t{margin:0;font-size:1rem;font-weight:600}
.c{min-width:44px;min-height:44px;border:0;background:none;color:#1a1a1a;font-size:1.75rem;line-height:1;border-radius:8px;cursor:pointer}
.c:hover{background:#eee}.c:focus-visible,.d:focus-visible{outline:3px solid #1a5fb4;outline-offset:-3px}
.s{font-weight:400;margin-left:.5rem}
iframe{flex:1;width:100%;border:0}
@media (max-width:480px){.b{padding:0}.d{height:100%;max-width:none;border-radius:0}}
</style><div class="b" part="backdrop"><span tabindex="0" data-edge="start"></span><div class="d" role="dialog" aria-modal="true" aria-labelledby="t" tabindex="-1"><div class="h"><p class="t" id="t"></p><button class="c" type="button">×</button></div><iframe></iframe></div><span tabindex="0" data-edge="end"></span></div>`;
    const $ = (s) => root.querySelector(s);
    const dialog = $('.d');
    const close = $('.c');
    const frame = $('iframe');
    $('.t').textContent = T[0];
    close.setAttribute('aria-label', T[1]);
    frame.title = T[2];
    frame.src = src;
    close.onclick = () => hide();
    // Keep Tab inside the dialog: the edges send focus back round.
    root.querySelector('[data-edge=start]').onfocus = () => frame.focus();
    root.querySelector('[data-edge=end]').onfocus = () => close.focus();
    d.addEventListener('keydown', onKey, true);
    d.body.appendChild(host);
    dialog.focus();
    return true;
  };

  const show = (opts) => {
    const force = opts ? opts.force === true : false;
    if (shown || !surveyId || !d.body) return false;
    if (!force && (coolingDown() || !sampled())) return false;
    clearTimeout(timer);
    return open();
  };

  w.addEventListener('message', (e) => {
    const m = e.data;
    if (!host || e.origin !== origin || !m || m.surveyId !== surveyId) return;
    if (m.type === 'polku:survey-close') hide();
    if (m.type !== 'polku:survey-complete') return;
    rest();
    const title = host.shadowRoot.querySelector('.t');
    const status = d.createElement('span');
    status.className = 's';
    status.setAttribute('role', 'status');
    status.textContent = T[3];
    title.appendChild(status);
    doneTimer = setTimeout(hide, 2500);
  });

  w.Polku.survey = { show, hide };

  const auto = () => {
    if (!shown && urlOk()) show();
  };
  const delayMs = num(data.delay, trigger === 'delay' ? 5 : 0) * 1000;
  if (trigger === 'delay' || trigger === 'url') {
    const arm = () => {
      clearTimeout(timer);
      if (!shown && urlOk()) timer = setTimeout(auto, delayMs);
    };
    arm();
    if (trigger === 'url') {
      // Single-page apps change the URL without a page load: look again when it changes.
      let last = location.href;
      const poll = setInterval(() => {
        if (shown) return clearInterval(poll);
        if (location.href !== last) {
          last = location.href;
          arm();
        }
      }, 1000);
    }
  } else if (trigger === 'exit' && w.matchMedia('(hover:hover) and (pointer:fine)').matches) {
    d.addEventListener('mouseout', (e) => {
      if (!e.relatedTarget && e.clientY <= 0) auto();
    });
  }
})();

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FormFields } from '../../domain/surveys/form-answers.js';
import { firstScreen, postScreen, type Visit } from '../../surveys/respondent/flow.js';
import { respondentHeaders } from '../../surveys/respondent/headers.js';
import { chromeLanguage, politeScreen, type Screen } from '../../surveys/respondent/screens.js';
import { startSurveySweeper } from '../../surveys/respondent/sweeper.js';
import type { AppContext } from '../context.js';

/** Tells the widget's host page that the embedded survey is done (served to the thank-you page). */
const EMBED_DONE_JS =
  "(function(){var m=/^\\/s\\/([^\\/?#]+)/.exec(location.pathname);if(window.parent!==window)window.parent.postMessage({type:'polku:survey-complete',surveyId:m?decodeURIComponent(m[1]):null},'*')})();\n";

/** Embedded survey screens: Escape asks the widget's host page to close the dialog. */
const EMBED_JS =
  "(function(){var m=/^\\/s\\/([^\\/?#]+)/.exec(location.pathname);document.addEventListener('keydown',function(e){if(e.key==='Escape'&&window.parent!==window)window.parent.postMessage({type:'polku:survey-close',surveyId:m?decodeURIComponent(m[1]):null},'*')})})();\n";

const FORM_LIMIT = 256 * 1024;

/** `a=1&b=2&b=3` → `{ a: '1', b: ['2', '3'] }`. */
export function parseForm(body: string): FormFields {
  const out: FormFields = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function visitOf(req: FastifyRequest<{ Params: { surveyId: string } }>): Visit {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const accept = req.headers['accept-language'];
  return {
    surveyId: req.params.surveyId,
    query,
    ...(typeof accept === 'string' ? { acceptLanguage: accept } : {}),
    embed: query.embed === '1' || query.embed === 'true',
  };
}

function sendScreen(reply: FastifyReply, screen: Screen, embed: boolean): FastifyReply {
  if (embed) reply.raw.removeHeader('x-frame-options');
  return reply
    .code(screen.status)
    .headers(respondentHeaders(embed))
    .type('text/html; charset=utf-8')
    .send(screen.html);
}

/** Routes of the public respondent pages (/s/…): no session needed, HTML only, never a JSON error. */
/**
 * Answer posts per minute from one address: enough for a long survey answered screen by
 * screen and for many customers behind one store's Wi-Fi, too few for a script (which the
 * honeypot also stops).
 */
export const RESPONDENT_POSTS_PER_MINUTE = 120;

export function respondentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_req, body, done) => done(null, parseForm(String(body))),
    );

    // Whatever goes wrong (too many posts, a bad body, a bug) the respondent sees a polite page.
    const errorHandler = (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const lang = chromeLanguage(query, req.headers['accept-language']);
      const embed = query.embed === '1';
      const status = err.statusCode ?? 500;
      if (status >= 500) req.log.error({ err }, 'respondent page failed');
      const screen = politeScreen(status === 429 ? 'rate_limited' : 'error', lang, embed);
      return sendScreen(reply, { ...screen, status: status === 429 ? 429 : status }, embed);
    };

    for (const [url, js] of [
      ['/s/embed-done.js', EMBED_DONE_JS],
      ['/s/embed.js', EMBED_JS],
    ] as const) {
      scope.get(url, { schema: { hide: true } }, async (_req, reply) =>
        reply
          .type('text/javascript; charset=utf-8')
          .header('cache-control', 'public, max-age=86400')
          .send(js),
      );
    }

    scope.get<{ Params: { surveyId: string } }>(
      '/s/:surveyId',
      { schema: { hide: true }, errorHandler },
      async (req, reply) => {
        const visit = visitOf(req);
        return sendScreen(reply, await firstScreen(ctx, visit), visit.embed);
      },
    );

    scope.post<{ Params: { surveyId: string } }>(
      '/s/:surveyId',
      {
        schema: { hide: true },
        errorHandler,
        config: { rateLimit: { max: RESPONDENT_POSTS_PER_MINUTE, timeWindow: '1 minute' } },
      },
      async (req, reply) => {
        const visit = visitOf(req);
        const form = typeof req.body === 'object' && req.body !== null ? (req.body as FormFields) : {};
        const screen = await postScreen(ctx, visit, form);
        if (screen.ingest?.rejected.length)
          req.log.error(
            { surveyId: visit.surveyId, rejected: screen.ingest.rejected },
            'survey response rejected',
          );
        return sendScreen(reply, screen, visit.embed);
      },
    );

    let stop: (() => void) | undefined;
    scope.addHook('onReady', async () => {
      stop = startSurveySweeper(ctx, (err) => scope.log.error({ err }, 'survey session sweep failed'));
    });
    scope.addHook('onClose', async () => stop?.());
  });
}

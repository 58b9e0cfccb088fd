import type { Core } from '@strapi/strapi';
import { FEEDBACK_CMS_PATH, FEEDBACK_LIMITS } from '@stadtportal/shared/rules';
import { refuse, type FeedbackContext } from '../feedback';
import { requestPage } from '../feedback/pages';

/**
 * `global::feedback-body` (config/middlewares.ts, before `strapi::body`): the feedback route's
 * request is checked before its body is read — a form or JSON, announced with its length, at most
 * FEEDBACK_LIMITS.body bytes — and a body the parser refuses (broken JSON) is answered in German.
 * Other paths pass untouched.
 */
const feedbackBody: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    if (ctx.path !== FEEDBACK_CMS_PATH) return next();
    const c = ctx as unknown as FeedbackContext & { is(...types: string[]): string | false | null; request: { length?: number } };
    const back = '/';
    if (ctx.method !== 'POST') {
      refuse(c, 405, 'Nur Formulare (POST) werden angenommen.', requestPage('Nicht erlaubt', 'Hier werden nur Formulare angenommen.', back), { Allow: 'POST' });
      return;
    }
    const length = ctx.request.length;
    if (length === undefined) {
      refuse(c, 411, 'Die Länge der Anfrage fehlt.', requestPage('Anfrage unvollständig', 'Die Länge der Anfrage fehlt (Content-Length).', back));
      return;
    }
    if (length > FEEDBACK_LIMITS.body) {
      const message = `Die Rückmeldung ist zu groß: höchstens ${FEEDBACK_LIMITS.body} Bytes.`;
      refuse(c, 413, message, requestPage('Rückmeldung zu groß', message, back), { Connection: 'close' });
      return;
    }
    if (!c.is('application/x-www-form-urlencoded', 'application/json')) {
      const message = 'Erwartet wird ein Formular (application/x-www-form-urlencoded) oder JSON.';
      refuse(c, 415, message, requestPage('Format nicht unterstützt', message, back));
      return;
    }
    try {
      await next();
    } catch (err) {
      // The body parser's refusals (broken JSON, a length that does not match): 4xx, in German.
      const status = (err as { status?: unknown }).status;
      if (typeof status !== 'number' || status < 400 || status >= 500 || ctx.status === 201 || ctx.status === 303) throw err;
      const message = 'Die Anfrage konnte nicht gelesen werden.';
      refuse(c, 400, message, requestPage('Anfrage fehlerhaft', message, back));
    }
  };
};

export default feedbackBody;

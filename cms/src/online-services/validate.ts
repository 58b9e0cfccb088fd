import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkOnlineService as checkOnlineServiceRule, type OnlineServiceInput, type OnlineServiceProblem } from '@stadtportal/shared/rules';

/*
 * Validation of an Online-Dienst at save time: the provider origin goes into the site's
 * Content-Security-Policy and the start URL into an iframe, so a bad value is refused with a 400
 * naming the field — never stored, never a broken build later. The rules are the contract's
 * (shared/src/rules/online-service.ts, docs/adr/0016), with what only the CMS knows: the
 * operator's allow-list of providers and whether this is production.
 */

export const ONLINE_SERVICE_UID = 'api::online-service.online-service';

/**
 * Providers allowed when ONLINE_SERVICE_ORIGINS is not set: the ones the demo town uses. An
 * operator sets the variable to exactly the providers under contract (Auftragsverarbeitung).
 */
export const DEFAULT_ALLOWED_ORIGINS = [
  'https://www.service.sachsen-anhalt.de',
  'https://formulare.sachsen-anhalt.de',
  'https://termine.aschersleben.de',
  'https://raumbuchung.aschersleben.de',
  'https://www.behoerdenmelder.de',
  'https://www.facebook.com',
  'https://www.instagram.com',
] as const;

export interface ValidationEnv {
  production: boolean;
  allowedOrigins: readonly string[];
}

export function validationEnv(env: NodeJS.ProcessEnv = process.env): ValidationEnv {
  const list = (env.ONLINE_SERVICE_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter((s) => s !== '');
  return { production: env.NODE_ENV === 'production', allowedOrigins: list.length > 0 ? list : DEFAULT_ALLOWED_ORIGINS };
}

/** The first problem of an Online-Dienst, or null: the contract's rules with the operator's settings. */
export function checkOnlineService(s: OnlineServiceInput, env: ValidationEnv): OnlineServiceProblem | null {
  return checkOnlineServiceRule(s, env);
}

type Data = Record<string, unknown>;
const FIELDS = ['kind', 'providerOrigin', 'embedMode', 'startUrl', 'scriptUrl', 'fallbackUrl'] as const;

/** Document Service middleware: create, update and clone (merged with the stored draft) are checked. */
export function registerOnlineServiceValidation(strapi: Core.Strapi, env: ValidationEnv = validationEnv()): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ONLINE_SERVICE_UID || (context.action !== 'create' && context.action !== 'update' && context.action !== 'clone')) return next();
    const params = context.params as { documentId?: string; data?: Data };
    const data = params.data ?? {};
    // Copied from the address bar: "https://host/" is meant as the origin.
    for (const key of ['providerOrigin', 'startUrl', 'scriptUrl', 'fallbackUrl'] as const) {
      if (typeof data[key] === 'string') data[key] = (data[key] as string).trim();
    }
    if (typeof data.providerOrigin === 'string') data.providerOrigin = data.providerOrigin.replace(/\/$/, '');
    let stored: Data = {};
    // A clone copies the source's addresses: they are checked like an update's.
    if (context.action !== 'create' && params.documentId) {
      const doc = await strapi.documents(ONLINE_SERVICE_UID).findOne({ documentId: params.documentId, fields: [...FIELDS] });
      stored = (doc ?? {}) as Data;
    }
    const merged = { ...stored, ...data };
    const problem = checkOnlineService(merged, env);
    if (problem) {
      throw new errors.ValidationError(`${problem.field}: ${problem.message}`, {
        errors: [{ path: [problem.field], message: problem.message, name: 'ValidationError', value: merged[problem.field] }],
      });
    }
    return next();
  });
}

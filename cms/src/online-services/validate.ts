import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/*
 * Validation of an Online-Dienst at save time: the provider origin goes into the site's
 * Content-Security-Policy and the start URL into an iframe, so a bad value is refused with a 400
 * naming the field — never stored, never a broken build later. The rules mirror the contract
 * (shared/src/schemas/online-service.ts; the CMS runs as CommonJS and cannot load shared/'s
 * TypeScript), plus what only the CMS knows: the operator's allow-list of providers and whether
 * this is production.
 */

export const ONLINE_SERVICE_UID = 'api::online-service.online-service';

export const PLACEHOLDERS = ['amt', 'leistung', 'erfolg', 'fehler', 'abbruch'] as const;

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

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

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

type Field = 'providerOrigin' | 'startUrl' | 'scriptUrl' | 'fallbackUrl' | 'embedMode';

export interface Problem {
  field: Field;
  message: string;
}

/** Parsed origin parts, or null when the value is not exactly scheme://host[:port]. */
function originParts(v: string): { scheme: string; host: string } | null {
  const m = /^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[::1\])(?::(\d{1,5}))?$/.exec(v);
  if (!m || !m[1] || !m[2]) return null;
  if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 65535)) return null;
  return { scheme: m[1], host: m[2] };
}

/** A URL with its placeholders filled, or null when it is not absolute http(s). */
function urlOf(template: string): URL | null {
  try {
    const url = new URL(template.replace(/\{[a-z]+\}/g, 'x'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

export interface OnlineServiceInput {
  kind?: unknown;
  providerOrigin?: unknown;
  embedMode?: unknown;
  startUrl?: unknown;
  scriptUrl?: unknown;
  fallbackUrl?: unknown;
}

/** The first problem of an Online-Dienst, or null. */
export function checkOnlineService(s: OnlineServiceInput, env: ValidationEnv): Problem | null {
  const origin = s.providerOrigin;
  const parts = typeof origin === 'string' ? originParts(origin) : null;
  if (typeof origin !== 'string' || parts === null) {
    return { field: 'providerOrigin', message: 'Anbieter-Origin: nur „https://host[:port]“ – ohne Pfad, ohne Leerzeichen, kein javascript:/data:.' };
  }
  const loopback = LOOPBACK.has(parts.host);
  if (parts.scheme === 'http' && (!loopback || env.production)) {
    return { field: 'providerOrigin', message: loopback ? 'Anbieter-Origin: im Betrieb nur https.' : 'Anbieter-Origin: nur https (http nur für 127.0.0.1/localhost in der Entwicklung).' };
  }
  if (!loopback && !parts.host.includes('.')) return { field: 'providerOrigin', message: 'Anbieter-Origin: vollständiger Hostname erwartet.' };
  const mode = s.embedMode ?? 'link';
  // Only what the page loads needs the operator's approval (it goes into the CSP and runs in our
  // pages); a link out is a link. Loopback providers exist only on a developer's machine — in
  // production they are refused above.
  if (mode !== 'link' && !loopback && !env.allowedOrigins.includes(origin)) {
    return { field: 'providerOrigin', message: `Anbieter ${origin} ist nicht zum Einbetten freigegeben (ONLINE_SERVICE_ORIGINS: ${env.allowedOrigins.join(', ')}).` };
  }
  if (s.kind === 'payment' && mode !== 'link') return { field: 'embedMode', message: 'E-Payment wird nur verlinkt (Einbettung „link“): die Bezahlseite gehört in ein eigenes Fenster.' };

  if (typeof s.startUrl !== 'string') return { field: 'startUrl', message: 'Start-Adresse fehlt.' };
  const unknown = [...s.startUrl.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '').filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length > 0) {
    return { field: 'startUrl', message: `Unbekannter Platzhalter ${unknown.map((p) => `{${p}}`).join(', ')} (erlaubt: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}).` };
  }
  const start = urlOf(s.startUrl);
  if (start === null) return { field: 'startUrl', message: 'Start-Adresse: vollständige http(s)-Adresse erwartet.' };
  if (mode !== 'link' && start.origin !== origin) return { field: 'startUrl', message: `Start-Adresse muss beim Anbieter ${origin} liegen (eingebettet wird nur von dort).` };

  const script = s.scriptUrl === '' ? null : s.scriptUrl ?? null;
  if (mode === 'script' && script === null) return { field: 'scriptUrl', message: 'Einbettung „script“ braucht die Adresse des Skripts.' };
  if (script !== null) {
    const url = typeof script === 'string' ? urlOf(script) : null;
    if (url === null || url.origin !== origin) return { field: 'scriptUrl', message: `Skript: vollständige Adresse beim Anbieter ${origin} erwartet.` };
  }
  if (typeof s.fallbackUrl !== 'string' || urlOf(s.fallbackUrl) === null || /[{}]/.test(s.fallbackUrl)) {
    return { field: 'fallbackUrl', message: 'Ausweich-Adresse: vollständige http(s)-Adresse ohne Platzhalter erwartet.' };
  }
  return null;
}

type Data = Record<string, unknown>;
const FIELDS = ['kind', 'providerOrigin', 'embedMode', 'startUrl', 'scriptUrl', 'fallbackUrl'] as const;

/** Document Service middleware: create and update (merged with the stored draft) are checked. */
export function registerOnlineServiceValidation(strapi: Core.Strapi, env: ValidationEnv = validationEnv()): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ONLINE_SERVICE_UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: Data };
    const data = params.data ?? {};
    // Copied from the address bar: "https://host/" is meant as the origin.
    for (const key of ['providerOrigin', 'startUrl', 'scriptUrl', 'fallbackUrl'] as const) {
      if (typeof data[key] === 'string') data[key] = (data[key] as string).trim();
    }
    if (typeof data.providerOrigin === 'string') data.providerOrigin = data.providerOrigin.replace(/\/$/, '');
    let stored: Data = {};
    if (context.action === 'update' && params.documentId) {
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

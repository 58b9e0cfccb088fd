import { isLoopbackHost } from './host.ts';
import { isProviderOrigin, parseHttpUrl, PROVIDER_ORIGIN_MESSAGE } from './url.ts';

/*
 * An Online-Dienst's addresses: the provider origin goes into the site's Content-Security-Policy,
 * the start URL into an iframe or a link, the script URL into a <script>. The CMS checks them at
 * save (with the operator's allow-list and whether this is production), the snapshot again
 * (without them: a snapshot may come from elsewhere, the allow-list is the CMS operator's).
 */

/**
 * Placeholders a start URL may contain; the site fills them per place of use (URL-encoded):
 * - `{amt}`: slug of the office the card belongs to (appointment booking with the office preset)
 * - `{leistung}`: LeiKa key of the service, else its slug (the topic preset)
 * - `{erfolg}`, `{fehler}`, `{abbruch}`: absolute URLs of our payment return pages (ePayBL-style
 *   platforms send the citizen back to one of three addresses)
 */
export const START_URL_PLACEHOLDERS = ['amt', 'leistung', 'erfolg', 'fehler', 'abbruch'] as const;
export type StartUrlPlaceholder = (typeof START_URL_PLACEHOLDERS)[number];

/** The placeholders in a URL template, in order of appearance (`{…}` with a known or unknown name). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
}

export type OnlineServiceField = 'providerOrigin' | 'startUrl' | 'scriptUrl' | 'fallbackUrl' | 'embedMode';

export interface OnlineServiceProblem {
  field: OnlineServiceField;
  message: string;
}

export interface OnlineServiceRuleOptions {
  /** Production: loopback providers are refused. */
  production?: boolean;
  /** Origins the operator allows to be embedded (iframe, script); undefined: not checked here. */
  allowedOrigins?: readonly string[];
}

export interface OnlineServiceInput {
  kind?: unknown;
  providerOrigin?: unknown;
  embedMode?: unknown;
  startUrl?: unknown;
  scriptUrl?: unknown;
  fallbackUrl?: unknown;
}

/** A template with its placeholders filled, parsed; null when it is no allowed http(s) URL. */
export function templateUrl(template: string): URL | null {
  if (placeholdersOf(template).some((p) => !(START_URL_PLACEHOLDERS as readonly string[]).includes(p))) return null;
  const filled = template.replace(/\{[a-z]+\}/g, 'x');
  if (/[{}]/.test(filled)) return null;
  return parseHttpUrl(filled, { loopback: true });
}

/** The first problem of an Online-Dienst's addresses, or null. */
export function checkOnlineService(s: OnlineServiceInput, options: OnlineServiceRuleOptions = {}): OnlineServiceProblem | null {
  const origin = s.providerOrigin;
  if (typeof origin !== 'string' || !isProviderOrigin(origin)) return { field: 'providerOrigin', message: PROVIDER_ORIGIN_MESSAGE };
  const loopback = isLoopbackHost(new URL(origin).hostname);
  if (loopback && options.production)
    return { field: 'providerOrigin', message: 'Anbieter-Origin: im Betrieb nur https mit Domainnamen (kein 127.0.0.1/localhost).' };
  const mode = s.embedMode ?? 'link';
  if (mode !== 'iframe' && mode !== 'script' && mode !== 'link') return { field: 'embedMode', message: 'Einbettung iframe, script oder link erwartet.' };
  // Only what the page loads needs the operator's approval (it goes into the CSP and runs in our
  // pages); a link out is a link. Loopback providers exist only on a developer's machine.
  if (mode !== 'link' && !loopback && options.allowedOrigins !== undefined && !options.allowedOrigins.includes(origin)) {
    return {
      field: 'providerOrigin',
      message: `Anbieter ${origin} ist nicht zum Einbetten freigegeben (ONLINE_SERVICE_ORIGINS: ${options.allowedOrigins.join(', ')}).`,
    };
  }
  if (s.kind === 'payment' && mode !== 'link')
    return { field: 'embedMode', message: 'E-Payment wird nur verlinkt (Einbettung „link“): die Bezahlseite gehört in ein eigenes Fenster.' };

  if (typeof s.startUrl !== 'string' || s.startUrl === '') return { field: 'startUrl', message: 'Start-Adresse fehlt.' };
  const unknown = placeholdersOf(s.startUrl).filter((p) => !(START_URL_PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length > 0) {
    return {
      field: 'startUrl',
      message: `Unbekannter Platzhalter ${unknown.map((p) => `{${p}}`).join(', ')} (erlaubt: ${START_URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}).`,
    };
  }
  const start = templateUrl(s.startUrl);
  if (start === null) return { field: 'startUrl', message: 'Start-Adresse: vollständige http(s)-Adresse mit gültigem Domainnamen erwartet.' };
  if (mode !== 'link' && start.origin !== origin)
    return { field: 'startUrl', message: `Start-Adresse muss beim Anbieter ${origin} liegen (eingebettet wird nur von dort).` };

  const script = s.scriptUrl === '' || s.scriptUrl === undefined ? null : s.scriptUrl;
  if (mode === 'script' && script === null) return { field: 'scriptUrl', message: 'Einbettung „script“ braucht die Adresse des Skripts.' };
  if (script !== null) {
    const url = typeof script === 'string' && !/[{}]/.test(script) ? parseHttpUrl(script, { loopback: true }) : null;
    if (url === null || url.origin !== origin) return { field: 'scriptUrl', message: `Skript: vollständige Adresse beim Anbieter ${origin} erwartet.` };
  }
  if (typeof s.fallbackUrl !== 'string' || /[{}]/.test(s.fallbackUrl) || parseHttpUrl(s.fallbackUrl, { loopback: true }) === null) {
    return { field: 'fallbackUrl', message: 'Ausweich-Adresse: vollständige http(s)-Adresse ohne Platzhalter erwartet.' };
  }
  return null;
}

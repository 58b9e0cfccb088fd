import { z } from 'zod';
import { document, documentId, isoDateTime, nonBlank, slug } from './common.ts';
import {
  isHttpUrl,
  isProviderOrigin,
  placeholdersOf,
  PROVIDER_ORIGIN_MESSAGE,
  START_URL_PLACEHOLDERS,
  templateUrl,
  type StartUrlPlaceholder,
} from '../rules/index.ts';

/*
 * An Online-Dienst: a service run by a third party (the state's forms service, appointment
 * booking, e-payment, room booking, the BUS portal, the Behördenmelder, social media) that the
 * site embeds as a consent-first island or links out to. We never fake these services: the
 * site shows what the service is, who runs it and where the data goes, and loads it only after
 * the citizen agreed (ADR 0009).
 */

export const ONLINE_SERVICE_KINDS = {
  form: 'Online-Formular',
  appointment: 'Terminbuchung',
  payment: 'E-Payment',
  booking: 'Raum- und Platzbuchung',
  statePortal: 'Landesportal',
  issueReporting: 'Mängel- und Behördenmelder',
  social: 'Soziale Medien',
} as const;
export type OnlineServiceKind = keyof typeof ONLINE_SERVICE_KINDS;

/** How the site brings the service in: an iframe, the provider's script widget, or a link out. */
export const EMBED_MODES = ['iframe', 'script', 'link'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

export { START_URL_PLACEHOLDERS, placeholdersOf, isProviderOrigin, type StartUrlPlaceholder } from '../rules/index.ts';

export const providerOrigin = z.string().refine(isProviderOrigin, { message: PROVIDER_ORIGIN_MESSAGE });

/** A start URL: an http(s) URL once every placeholder is filled; only known placeholders. */
const startUrl = z.string().superRefine((value, ctx) => {
  const unknown = placeholdersOf(value).filter((p) => !(START_URL_PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `Unbekannter Platzhalter ${unknown.map((p) => `{${p}}`).join(', ')} (erlaubt: ${START_URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`,
    });
    return;
  }
  if (templateUrl(value) === null) ctx.addIssue({ code: 'custom', message: 'Start-Adresse: vollständige http(s)-Adresse mit gültigem Domainnamen erwartet' });
});

/** An absolute http(s) URL of a provider (loopback allowed: the CMS refuses it in production). */
const providerUrl = z.string().refine((v) => !/[{}]/.test(v) && isHttpUrl(v, { loopback: true }), { message: 'Absolute http(s)-Adresse erwartet' });

export const onlineService = z
  .strictObject({
    documentId,
    slug,
    name: nonBlank('Name'),
    kind: z.enum(Object.keys(ONLINE_SERVICE_KINDS) as [OnlineServiceKind, ...OnlineServiceKind[]]),
    /** What the citizen can do there, one or two sentences on the card. */
    summary: nonBlank('Kurzbeschreibung').max(300, 'Kurzbeschreibung: höchstens 300 Zeichen'),
    providerName: nonBlank('Anbieter'),
    providerOrigin,
    embedMode: z.enum(EMBED_MODES),
    /** Where the service starts (iframe src, or the link out), with placeholders. */
    startUrl,
    /** The provider's widget script (embed mode „script“ only), on the provider's origin. */
    scriptUrl: providerUrl.nullable(),
    /** Opened in a new window and without JavaScript; also where the citizen goes if the embed fails. */
    fallbackUrl: providerUrl,
    /** What data goes where: shown on the consent card before anything is loaded (DSGVO Art. 13). */
    privacyNote: nonBlank('Datenschutzhinweis'),
    /** A paper form as PDF, for forms that can also be filled in by hand. */
    document: document.nullable(),
    /** Where the service appears: service cards, office pages, content pages (documentIds). */
    services: z.array(documentId),
    offices: z.array(documentId),
    pages: z.array(documentId),
    updatedAt: isoDateTime,
  })
  .superRefine((s, ctx) => {
    // Iframe and widget load from the provider: the CSP lists exactly the provider's origin.
    const sameOrigin = (url: string) => {
      // A bad origin or template is reported at its own field; comparing would only echo it.
      if (!isProviderOrigin(s.providerOrigin) || placeholdersOf(url).some((p) => !(START_URL_PLACEHOLDERS as readonly string[]).includes(p))) return true;
      try {
        return new URL(url.replace(/\{[a-z]+\}/g, 'x')).origin === s.providerOrigin;
      } catch {
        return true; // reported by the field's own check
      }
    };
    if (s.embedMode !== 'link' && !sameOrigin(s.startUrl)) {
      ctx.addIssue({
        code: 'custom',
        path: ['startUrl'],
        message: `Start-Adresse muss beim Anbieter ${s.providerOrigin} liegen (eingebettet wird nur von dort)`,
      });
    }
    if (s.embedMode === 'script' && s.scriptUrl === null) {
      ctx.addIssue({ code: 'custom', path: ['scriptUrl'], message: 'Einbettung „Skript“ braucht die Adresse des Skripts' });
    }
    if (s.scriptUrl !== null && !sameOrigin(s.scriptUrl)) {
      ctx.addIssue({ code: 'custom', path: ['scriptUrl'], message: `Skript muss beim Anbieter ${s.providerOrigin} liegen` });
    }
    if (s.kind === 'payment' && s.embedMode !== 'link') {
      // Payment pages must not run inside our page: the citizen has to see the payment
      // provider's address bar, and the platforms refuse framing.
      ctx.addIssue({ code: 'custom', path: ['embedMode'], message: 'E-Payment wird nur verlinkt (Einbettung „Link“)' });
    }
  });
export type OnlineService = z.infer<typeof onlineService>;

/** Values for the placeholders at one place of use. */
export type StartUrlValues = Partial<Record<StartUrlPlaceholder, string>>;

/**
 * The start URL with its placeholders filled (URL-encoded). A placeholder without a value at
 * this place (e.g. `{amt}` on a content page) becomes empty: the provider then shows its choice.
 */
export function startUrlFor(template: string, values: StartUrlValues): string {
  return template.replace(/\{([a-z]+)\}/g, (_, name: string) => encodeURIComponent(values[name as StartUrlPlaceholder] ?? ''));
}

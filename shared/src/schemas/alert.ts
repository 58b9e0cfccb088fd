import { z } from 'zod';
import { documentId, isoDateTime, nonBlank, safeHref } from './common.ts';

/**
 * How urgent an Eilmeldung is, as the CMS enumeration stores it, with the German word shown on
 * the page: the severity is always written out, never conveyed by colour alone (WCAG 1.4.1).
 */
export const ALERT_SEVERITIES = {
  info: 'Hinweis',
  warnung: 'Warnung',
  gefahr: 'Gefahr',
} as const;
export type AlertSeverity = keyof typeof ALERT_SEVERITIES;

/** Longest alert text: a banner on every page must stay short; details belong behind the link. */
export const ALERT_TEXT_MAX = 500;

/**
 * An urgent notice (Eilmeldung) shown on top of every page from `start` until `end` — without a
 * site rebuild (see docs/adr/0007-urgent-alerts.md). Plain text only: it is rendered into an
 * HTML fragment outside Astro, so it carries no markup of its own.
 */
export const alert = z
  .strictObject({
    documentId,
    severity: z.enum(Object.keys(ALERT_SEVERITIES) as [AlertSeverity, ...AlertSeverity[]]),
    title: nonBlank('Titel').max(120, 'Titel: höchstens 120 Zeichen'),
    text: nonBlank('Text').max(ALERT_TEXT_MAX, `Text: höchstens ${ALERT_TEXT_MAX} Zeichen`),
    /** Where the details are (a page of the site or an external warning service). */
    link: safeHref.nullable(),
    /** Visible link text that makes sense on its own (WCAG 2.4.4); required with a link. */
    linkText: nonBlank('Linktext').max(80, 'Linktext: höchstens 80 Zeichen').nullable(),
    start: isoDateTime,
    end: isoDateTime,
  })
  .refine((a) => Date.parse(a.end) > Date.parse(a.start), {
    path: ['end'],
    message: 'Ende muss nach dem Beginn liegen',
  })
  .refine((a) => (a.link === null) === (a.linkText === null), {
    path: ['linkText'],
    message: 'Link und Linktext nur gemeinsam angeben',
  });
export type Alert = z.infer<typeof alert>;

import { z } from 'zod';
import { address, documentId, nonBlank, slug } from './common.ts';
import { openingHours } from './opening-hours.ts';

/** What kind of office, as the CMS enumeration stores it, with its German name. */
export const OFFICE_KINDS = {
  amt: 'Amt',
  fachbereich: 'Fachbereich',
  einrichtung: 'Einrichtung',
} as const;
export type OfficeKind = keyof typeof OFFICE_KINDS;

/** Building accessibility, as a visitor plans the visit (BITV: information, not a promise). */
export const officeAccessibility = z.strictObject({
  stepFree: z.boolean(),
  accessibleToilet: z.boolean(),
  parking: nonBlank('Parken').nullable(),
  notes: nonBlank('Hinweise').nullable(),
});
export type OfficeAccessibility = z.infer<typeof officeAccessibility>;

/**
 * An office (Amt, Fachbereich) or an institution's visitor desk, with contact data and opening
 * hours. No map URL is stored: the site builds a plain OpenStreetMap search link from the
 * address, so there is nothing to embed and nothing to keep in sync.
 */
export const office = z.strictObject({
  documentId,
  slug,
  name: nonBlank('Name'),
  kind: z.enum(Object.keys(OFFICE_KINDS) as [OfficeKind, ...OfficeKind[]]),
  /** documentId of the organisation the office belongs to */
  organisation: documentId,
  description: nonBlank('Beschreibung').max(500, 'Beschreibung: höchstens 500 Zeichen'),
  address,
  /** e.g. „Erdgeschoss, Zimmer 12“ */
  room: nonBlank('Raum').nullable(),
  phone: z
    .string()
    .regex(/^[0-9 +()/-]{6,}$/, 'Telefonnummer erwartet')
    .nullable(),
  email: z.email('E-Mail-Adresse erwartet').nullable(),
  accessibility: officeAccessibility,
  openingHours,
});
export type Office = z.infer<typeof office>;

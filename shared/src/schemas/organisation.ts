import { z } from 'zod';
import { HOST_MESSAGE, isHostName } from '../rules/index.ts';
import { address, documentId, image, nonBlank, slug, webUrl } from './common.ts';

/** Legal/organisational form, as the CMS enumeration stores it. */
export const ORGANISATION_KINDS = {
  stadtverwaltung: 'Stadtverwaltung',
  eigenbetrieb: 'Eigenbetrieb',
  anstalt: 'Anstalt öffentlichen Rechts',
  gmbh: 'GmbH',
  feuerwehr: 'Feuerwehr',
  einrichtung: 'Einrichtung',
} as const;
export type OrganisationKind = keyof typeof ORGANISATION_KINDS;

/**
 * The town and each institution. `bundled` marks the offers that live under the town's domain
 * (Stadt, Kulturanstalt, Kreativwerkstatt, Feuerwehr); the others are subsidiaries with their
 * own website that the portal shows and links.
 */
export const organisation = z.strictObject({
  documentId,
  slug,
  name: nonBlank('Name'),
  kind: z.enum(Object.keys(ORGANISATION_KINDS) as [OrganisationKind, ...OrganisationKind[]]),
  bundled: z.boolean(),
  shortDescription: nonBlank('Kurzbeschreibung'),
  logo: image.nullable(),
  address,
  phone: z
    .string()
    .regex(/^[0-9 +()/-]{6,}$/, 'Telefonnummer erwartet')
    .nullable(),
  email: z.email('E-Mail-Adresse erwartet').nullable(),
  website: webUrl.nullable(),
  /** Host names the institution used before (old URLs must keep working). */
  formerDomains: z.array(z.string().refine(isHostName, HOST_MESSAGE)),
});
export type Organisation = z.infer<typeof organisation>;

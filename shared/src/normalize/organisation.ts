import { z } from 'zod';
import { organisation, type Organisation } from '../schemas/organisation.ts';
import { begin, check, imageComponent, optionalText, rawAddress, reportZod, type NormalizeRun } from './helpers.ts';

/* Organisation (api::organisation.organisation) → contract. */

export const ORGANISATION_TYPE = 'organisation';

const rawOrganisation = z.looseObject({
  documentId: z.string().min(1),
  address: rawAddress.nullable(),
  formerDomains: z.array(z.looseObject({ domain: z.unknown() })).nullish(),
});

export function normalizeOrganisation(run: NormalizeRun, raw: unknown): Organisation | undefined {
  const e = begin(run, ORGANISATION_TYPE, raw);
  const parsed = rawOrganisation.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, organisation, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    bundled: r.bundled,
    shortDescription: r.shortDescription,
    logo: imageComponent(e, 'logo', r.logo),
    address: r.address === null ? null : { street: r.address.street, postalCode: r.address.postalCode, city: r.address.city },
    phone: optionalText(r.phone),
    email: optionalText(r.email),
    website: optionalText(r.website),
    formerDomains: (r.formerDomains ?? []).map((d) => d.domain),
  });
}

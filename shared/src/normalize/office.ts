import { z } from 'zod';
import { office, type Office } from '../schemas/office.ts';
import { begin, check, missing, optionalText, rawAddress, relation, reportZod, requiredRelation, type NormalizeRun } from './helpers.ts';
import { openingHoursOf, rawOpeningHours } from './opening-hours.ts';

/* Amt (api::office.office) → contract. */

export const OFFICE_TYPE = 'office';

const rawOffice = z.looseObject({
  documentId: z.string().min(1),
  organisation: relation.nullable(),
  address: rawAddress.nullable(),
  accessibility: z
    .looseObject({ stepFree: z.unknown(), accessibleToilet: z.unknown(), parking: z.unknown(), notes: z.unknown() }, { error: missing('Komponente') })
    .nullable(),
  openingHours: rawOpeningHours.nullable(),
});

export function normalizeOffice(run: NormalizeRun, raw: unknown): Office | undefined {
  const e = begin(run, OFFICE_TYPE, raw);
  const parsed = rawOffice.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  const h = r.openingHours;
  const a = r.accessibility;
  return check(e, office, {
    documentId: r.documentId,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
    description: r.description,
    address: r.address === null ? null : { street: r.address.street, postalCode: r.address.postalCode, city: r.address.city },
    room: optionalText(r.room),
    phone: optionalText(r.phone),
    email: optionalText(r.email),
    accessibility:
      a === null ? null : { stepFree: a.stepFree, accessibleToilet: a.accessibleToilet, parking: optionalText(a.parking), notes: optionalText(a.notes) },
    openingHours: h === null ? null : openingHoursOf(h),
  });
}

import { z } from 'zod';

/*
 * OParl 1.1 objects as the static API writes them (site/src/lib/oparl.ts), written from the
 * specification (/work/shared/standards/oparl-1.1/spec/3-*.md; chapter 2-05 for lists). Strict
 * objects: a property the specification does not define for a type is an error here, so a typo
 * in the generator cannot pass. Required properties are the specification's; the optional ones
 * are those the specification defines (all that the generator can fill).
 */

export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';
const typeUri = <T extends string>(name: T) => z.literal(`https://schema.oparl.org/1.1/${name}` as const);

/** Absolute http(s) URL (OParl: „url“, every id and reference). */
const url = z.url({ protocol: /^https?$/, error: 'Absolute http(s)-URL erwartet' });
/** OParl date-time: ISO 8601 with offset. */
const dateTime = z.iso.datetime({ offset: true });
/** OParl date: YYYY-MM-DD. */
const date = z.iso.date();

/** Properties every OParl object may carry (spec 3-01). */
const common = {
  id: url,
  license: z.string().optional(),
  keyword: z.array(z.string()).optional(),
  created: dateTime.optional(),
  modified: dateTime.optional(),
  web: url.optional(),
  deleted: z.boolean().optional(),
};

export const oparlLocation = z.strictObject({
  ...common,
  type: typeUri('Location'),
  description: z.string().optional(),
  geojson: z.record(z.string(), z.unknown()).optional(),
  streetAddress: z.string().optional(),
  room: z.string().optional(),
  postalCode: z.string().optional(),
  subLocality: z.string().optional(),
  locality: z.string().optional(),
  bodies: z.array(url).optional(),
  organizations: z.array(url).optional(),
  persons: z.array(url).optional(),
  meetings: z.array(url).optional(),
  papers: z.array(url).optional(),
});

export const oparlFile = z.strictObject({
  ...common,
  type: typeUri('File'),
  name: z.string().optional(),
  fileName: z.string().optional(),
  mimeType: z.string().optional(),
  date: date.optional(),
  size: z.number().int().nonnegative().optional(),
  sha1Checksum: z.string().optional(),
  sha512Checksum: z.string().optional(),
  text: z.string().optional(),
  accessUrl: url,
  downloadUrl: url.optional(),
  externalServiceUrl: url.optional(),
  masterFile: url.optional(),
  derivativeFile: z.array(url).optional(),
  fileLicense: url.optional(),
  meeting: z.array(url).optional(),
  agendaItem: z.array(url).optional(),
  person: url.optional(),
  paper: z.array(url).optional(),
});

export const oparlLegislativeTerm = z.strictObject({
  ...common,
  type: typeUri('LegislativeTerm'),
  body: url.optional(),
  name: z.string().optional(),
  startDate: date.optional(),
  endDate: date.optional(),
});

export const oparlMembership = z.strictObject({
  ...common,
  type: typeUri('Membership'),
  person: url.optional(),
  organization: url.optional(),
  role: z.string().optional(),
  votingRight: z.boolean().optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  onBehalfOf: url.optional(),
});

export const oparlConsultation = z.strictObject({
  ...common,
  type: typeUri('Consultation'),
  paper: url.optional(),
  agendaItem: url.optional(),
  meeting: url.optional(),
  organization: z.array(url).optional(),
  authoritative: z.boolean().optional(),
  role: z.string().optional(),
});

export const oparlAgendaItem = z.strictObject({
  ...common,
  type: typeUri('AgendaItem'),
  meeting: url.optional(),
  number: z.string().optional(),
  order: z.number().int(),
  name: z.string().optional(),
  public: z.boolean().optional(),
  consultation: url.optional(),
  result: z.string().optional(),
  resolutionText: z.string().optional(),
  resolutionFile: oparlFile.optional(),
  auxiliaryFile: z.array(oparlFile).optional(),
  start: dateTime.optional(),
  end: dateTime.optional(),
});

export const oparlMeeting = z.strictObject({
  ...common,
  type: typeUri('Meeting'),
  name: z.string().optional(),
  meetingState: z.string().optional(),
  cancelled: z.boolean().optional(),
  start: dateTime.optional(),
  end: dateTime.optional(),
  location: oparlLocation.optional(),
  organization: z.array(url).optional(),
  participant: z.array(url).optional(),
  invitation: oparlFile.optional(),
  resultsProtocol: oparlFile.optional(),
  verbatimProtocol: oparlFile.optional(),
  auxiliaryFile: z.array(oparlFile).optional(),
  agendaItem: z.array(oparlAgendaItem).optional(),
});

export const oparlPaper = z.strictObject({
  ...common,
  type: typeUri('Paper'),
  body: url.optional(),
  name: z.string().optional(),
  reference: z.string().optional(),
  date: date.optional(),
  paperType: z.string().optional(),
  relatedPaper: z.array(url).optional(),
  superordinatedPaper: z.array(url).optional(),
  subordinatedPaper: z.array(url).optional(),
  mainFile: oparlFile.optional(),
  auxiliaryFile: z.array(oparlFile).optional(),
  location: z.array(oparlLocation).optional(),
  originatorPerson: z.array(url).optional(),
  underDirectionOf: z.array(url).optional(),
  originatorOrganization: z.array(url).optional(),
  consultation: z.array(oparlConsultation).optional(),
});

export const oparlPerson = z.strictObject({
  ...common,
  type: typeUri('Person'),
  body: url.optional(),
  name: z.string().optional(),
  familyName: z.string().optional(),
  givenName: z.string().optional(),
  formOfAddress: z.string().optional(),
  affix: z.string().optional(),
  title: z.array(z.string()).optional(),
  gender: z.string().optional(),
  phone: z.array(z.string()).optional(),
  email: z.array(z.string()).optional(),
  location: url.optional(),
  locationObject: oparlLocation.optional(),
  status: z.array(z.string()).optional(),
  membership: z.array(oparlMembership).optional(),
  image: oparlFile.optional(),
  life: z.string().optional(),
  lifeSource: z.string().optional(),
});

export const oparlOrganization = z.strictObject({
  ...common,
  type: typeUri('Organization'),
  body: url.optional(),
  name: z.string().optional(),
  membership: z.array(url).optional(),
  meeting: url.optional(),
  consultation: url.optional(),
  shortName: z.string().optional(),
  post: z.array(z.string()).optional(),
  subOrganizationOf: url.optional(),
  organizationType: z.string().optional(),
  classification: z.string().optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  website: url.optional(),
  location: oparlLocation.optional(),
  externalBody: url.optional(),
  memberCount: z.number().int().nonnegative().optional(),
  votingMemberCount: z.number().int().nonnegative().optional(),
});

export const oparlBody = z.strictObject({
  ...common,
  type: typeUri('Body'),
  system: url.optional(),
  shortName: z.string().optional(),
  name: z.string(),
  website: url.optional(),
  license: url.optional(),
  licenseValidSince: dateTime.optional(),
  oparlSince: dateTime.optional(),
  ags: z.string().optional(),
  rgs: z.string().optional(),
  equivalent: z.array(url).optional(),
  contactEmail: z.string().optional(),
  contactName: z.string().optional(),
  organization: url,
  person: url,
  meeting: url,
  paper: url,
  legislativeTerm: z.array(oparlLegislativeTerm),
  agendaItem: url.optional(),
  consultation: url.optional(),
  file: url.optional(),
  locationList: url.optional(),
  legislativeTermList: url.optional(),
  membership: url.optional(),
  classification: z.string().optional(),
  location: oparlLocation.optional(),
  mainOrganization: url.optional(),
});

export const oparlSystem = z.strictObject({
  ...common,
  type: typeUri('System'),
  oparlVersion: z.literal(OPARL_VERSION),
  otherOparlVersions: z.array(url).optional(),
  license: url.optional(),
  body: url,
  name: z.string().optional(),
  contactEmail: z.string().optional(),
  contactName: z.string().optional(),
  website: url.optional(),
  vendor: url.optional(),
  product: url.optional(),
});

/** The object schema of each type, by the last segment of its type URI. */
export const OPARL_OBJECT_SCHEMAS = {
  System: oparlSystem,
  Body: oparlBody,
  LegislativeTerm: oparlLegislativeTerm,
  Organization: oparlOrganization,
  Person: oparlPerson,
  Membership: oparlMembership,
  Meeting: oparlMeeting,
  AgendaItem: oparlAgendaItem,
  Consultation: oparlConsultation,
  Paper: oparlPaper,
  File: oparlFile,
  Location: oparlLocation,
} as const;
export type OparlTypeName = keyof typeof OPARL_OBJECT_SCHEMAS;

/** One page of an external object list (spec 2-05): data, pagination, links (next on all but the last page). */
export const oparlListPage = z
  .strictObject({
    data: z.array(z.looseObject({ id: url, type: z.string().startsWith('https://schema.oparl.org/1.1/') })),
    pagination: z.strictObject({
      totalElements: z.number().int().nonnegative().optional(),
      elementsPerPage: z.number().int().positive().optional(),
      currentPage: z.number().int().positive().optional(),
      totalPages: z.number().int().nonnegative().optional(),
    }),
    links: z.strictObject({
      first: url.optional(),
      prev: url.optional(),
      self: url.optional(),
      next: url.optional(),
      last: url.optional(),
      web: url.optional(),
    }),
  })
  .refine(
    (p) =>
      p.pagination.currentPage === undefined ||
      p.pagination.totalPages === undefined ||
      p.pagination.currentPage >= p.pagination.totalPages ||
      p.links.next !== undefined,
    {
      path: ['links', 'next'],
      message: 'Listenseite vor der letzten ohne links.next',
    },
  );

/** Validate one object by its `type`; embedded objects are validated by their parents' schemas. */
export function parseOparlObject(value: unknown): { type: OparlTypeName; issues: string[] } {
  const typeUriValue = typeof value === 'object' && value !== null && 'type' in value ? value.type : undefined;
  const name = typeof typeUriValue === 'string' ? typeUriValue.slice(OPARL_VERSION.length) : '';
  if (typeof typeUriValue !== 'string' || !typeUriValue.startsWith(OPARL_VERSION) || !Object.hasOwn(OPARL_OBJECT_SCHEMAS, name)) {
    return { type: 'System', issues: [`Unbekannter OParl-Typ ${JSON.stringify(typeUriValue)}`] };
  }
  const type = name as OparlTypeName;
  const result = OPARL_OBJECT_SCHEMAS[type].safeParse(value);
  return { type, issues: result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(Objekt)'}: ${i.message}`) };
}

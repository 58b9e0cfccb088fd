import type { Address, Office, OnlineServiceKind, Organisation, Service } from '@stadtportal/shared';

/*
 * The A–Z of services and the service card's structured data, as pure functions (unit-tested in
 * services.test.ts; the pages only render what these return).
 */

/** The letters of the A–Z navigation, always all 26: a letter without services is shown, not linked. */
export const ALPHABET: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** The group for titles that do not start with a letter (e.g. „1. Hilfe“), after Z. */
export const OTHER_GROUP = '0–9';

/**
 * German collation for titles (DIN 5007-1, "dictionary" order): umlauts sort as their base
 * letter (Ä with A), ß as ss, case ignored, numbers by value.
 */
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
export const compareTitles = (a: string, b: string): number => collator.compare(a, b);

/** The A–Z letter a title is listed under: „Ärztlicher …“ → A, „Überweisung“ → U, „3D-Druck“ → 0–9. */
export function letterOf(title: string): string {
  // NFD splits „Ä“ into „A“ + combining diaeresis; the base letter is the first code point.
  const first = title.trim().normalize('NFD').charAt(0).toUpperCase();
  return ALPHABET.includes(first) ? first : OTHER_GROUP;
}

/** The anchor id of a letter's group on the A–Z page: „buchstabe-a“ … „buchstabe-0-9“. */
export function letterAnchor(letter: string): string {
  return letter === OTHER_GROUP ? 'buchstabe-0-9' : `buchstabe-${letter.toLowerCase()}`;
}

export interface LetterGroup<T> {
  letter: string;
  anchor: string;
  items: T[];
}

/** Items grouped by the first letter of their title, A to Z (then 0–9), each group in German order. */
export function groupByLetter<T>(items: readonly T[], titleOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = letterOf(titleOf(item));
    const list = groups.get(letter);
    if (list) list.push(item);
    else groups.set(letter, [item]);
  }
  return [...ALPHABET, OTHER_GROUP]
    .filter((letter) => groups.has(letter))
    .map((letter) => ({
      letter,
      anchor: letterAnchor(letter),
      items: (groups.get(letter) ?? []).sort((a, b) => compareTitles(titleOf(a), titleOf(b))),
    }));
}

export interface LetterLink {
  letter: string;
  /** "#buchstabe-x" when the letter has services, else null (shown as plain text). */
  href: string | null;
}

/** The letter navigation: every letter A–Z, linked when it has a group; 0–9 only when it has one. */
export function letterNav(groups: readonly LetterGroup<unknown>[]): LetterLink[] {
  const present = new Set(groups.map((g) => g.letter));
  const letters = present.has(OTHER_GROUP) ? [...ALPHABET, OTHER_GROUP] : ALPHABET;
  return letters.map((letter) => ({ letter, href: present.has(letter) ? `#${letterAnchor(letter)}` : null }));
}

const postalAddress = (a: Address) => ({
  '@type': 'PostalAddress',
  streetAddress: a.street,
  postalCode: a.postalCode,
  addressLocality: a.city,
  addressCountry: 'DE',
});

export interface ServiceJsonLdInput {
  service: Service;
  office: Office;
  organisation: Organisation;
  /** Absolute URL of the service page. */
  url: string;
  /** Absolute URL of the responsible office's page. */
  officeUrl: string;
  /** Absolute URL of the organisation's page. */
  organisationUrl: string;
  /** The card's Online-Dienste with the address a visitor follows (presets filled): lib/online-services.ts. */
  online: readonly { name: string; kind: OnlineServiceKind; url: string }[];
}

/**
 * schema.org GovernmentService for a service card (search engines and the state portal's
 * crawlers read it). Everything comes from the snapshot: the area served is the town of the
 * providing organisation's address, the channels are the responsible office (address, phone,
 * e-mail, appointment booking) and each online service.
 */
export function serviceJsonLd({ service: s, office, organisation, url, officeUrl, organisationUrl, online }: ServiceJsonLdInput): Record<string, unknown> {
  // Appointment booking belongs to the office's channel (book a visit there); every other
  // Online-Dienst is a channel of its own.
  const appointmentUrl = online.find((o) => o.kind === 'appointment')?.url;
  const officeChannel: Record<string, unknown> = {
    '@type': 'ServiceChannel',
    name: office.name,
    serviceLocation: {
      '@type': 'GovernmentOffice',
      name: office.name,
      url: officeUrl,
      address: postalAddress(office.address),
      ...(office.phone ? { telephone: office.phone } : {}),
      ...(office.email ? { email: office.email } : {}),
    },
    ...(office.phone || office.email
      ? {
          servicePhone: {
            '@type': 'ContactPoint',
            ...(office.phone ? { telephone: office.phone } : {}),
            ...(office.email ? { email: office.email } : {}),
          },
        }
      : {}),
    ...(appointmentUrl ? { serviceUrl: appointmentUrl } : {}),
  };
  const onlineChannels = online.filter((o) => o.kind !== 'appointment').map((o) => ({ '@type': 'ServiceChannel', name: o.name, serviceUrl: o.url }));
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: s.title,
    ...(s.synonyms.length > 0 ? { alternateName: s.synonyms } : {}),
    serviceType: s.title,
    description: s.summary,
    url,
    ...(s.leikaKey ? { identifier: { '@type': 'PropertyValue', propertyID: 'LeiKa', value: s.leikaKey } } : {}),
    provider: {
      '@type': 'GovernmentOrganization',
      name: organisation.name,
      url: organisationUrl,
      address: postalAddress(organisation.address),
    },
    areaServed: { '@type': 'City', name: organisation.address.city },
    availableChannel: [officeChannel, ...onlineChannels],
  };
}

import type { Office, Organisation, Service } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { jsonLdText } from './json-ld.ts';
import { ALPHABET, compareTitles, groupByLetter, letterAnchor, letterNav, letterOf, OTHER_GROUP, serviceJsonLd } from './services.ts';

const titles = (groups: ReturnType<typeof groupByLetter<string>>) => groups.map((g) => [g.letter, g.items]);

describe('A–Z grouping', () => {
  it('files umlauts under their base letter and ignores case', () => {
    expect(letterOf('Änderung des Namens')).toBe('A');
    expect(letterOf('Öffentliche Bekanntmachung')).toBe('O');
    expect(letterOf('Übermittlungssperre')).toBe('U');
    expect(letterOf('  wohngeld')).toBe('W');
    expect(letterOf('3D-Drucker ausleihen')).toBe(OTHER_GROUP);
    expect(letterOf('„Perso“')).toBe(OTHER_GROUP);
  });

  it('sorts in German dictionary order: Ä with A, ß as ss, numbers by value', () => {
    const sorted = ['Zulassung', 'Ärztliches Attest', 'Abmeldung', 'Anmeldung', 'Straße sperren', 'Strasse', 'Kurs 10', 'Kurs 9'].sort(compareTitles);
    expect(sorted).toEqual(['Abmeldung', 'Anmeldung', 'Ärztliches Attest', 'Kurs 9', 'Kurs 10', 'Strasse', 'Straße sperren', 'Zulassung']);
  });

  it('groups A to Z, then 0–9, only letters with entries, each group sorted', () => {
    const groups = groupByLetter(['Umzug melden', 'Übermittlungssperre', 'Wohngeld', 'Abmeldung', 'Ärztliches Attest', '1. Hilfe-Kurs', 'anmeldung'], (x) => x);
    expect(titles(groups)).toEqual([
      ['A', ['Abmeldung', 'anmeldung', 'Ärztliches Attest']],
      ['U', ['Übermittlungssperre', 'Umzug melden']],
      ['W', ['Wohngeld']],
      [OTHER_GROUP, ['1. Hilfe-Kurs']],
    ]);
    expect(groups.map((g) => g.anchor)).toEqual(['buchstabe-a', 'buchstabe-u', 'buchstabe-w', 'buchstabe-0-9']);
    expect(groupByLetter([], (x: string) => x)).toEqual([]);
  });

  it('navigates all 26 letters, linking only those with entries; 0–9 only when present', () => {
    const nav = letterNav(groupByLetter(['Umzug', 'Abmeldung'], (x) => x));
    expect(nav).toHaveLength(26);
    expect(nav.map((l) => l.letter)).toEqual(ALPHABET);
    expect(nav.filter((l) => l.href !== null)).toEqual([
      { letter: 'A', href: '#buchstabe-a' },
      { letter: 'U', href: '#buchstabe-u' },
    ]);
    const withDigits = letterNav(groupByLetter(['3D-Druck'], (x) => x));
    expect(withDigits.at(-1)).toEqual({ letter: OTHER_GROUP, href: '#buchstabe-0-9' });
    expect(letterAnchor('Q')).toBe('buchstabe-q');
  });
});

const organisation: Organisation = {
  documentId: 'o-stadt',
  slug: 'stadt-aschersleben',
  name: 'Stadt Aschersleben',
  kind: 'stadtverwaltung',
  bundled: true,
  shortDescription: 'Die Stadtverwaltung.',
  logo: null,
  address: { street: 'Markt 1', postalCode: '06449', city: 'Aschersleben' },
  phone: '03473 958-0',
  email: null,
  website: null,
  formerDomains: [],
} as unknown as Organisation;

const office = {
  documentId: 'off-bs',
  slug: 'buergerservice',
  name: 'Bürgerservice',
  address: { street: 'Markt 1', postalCode: '06449', city: 'Aschersleben' },
  phone: '03473 958-120',
  email: 'buergerservice@aschersleben.de',
} as unknown as Office;

function service(over: Partial<Service> = {}): Service {
  return {
    documentId: 's-perso',
    slug: 'personalausweis-beantragen',
    title: 'Personalausweis beantragen',
    synonyms: ['Perso'],
    leikaKey: '99102013001000',
    organisation: 'o-stadt',
    office: 'off-bs',
    summary: 'Den Personalausweis beantragen Sie persönlich.',
    description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text' }] }],
    eligibility: [],
    requirements: [],
    documents: [],
    fees: [],
    deadlines: [],
    processingTime: [],
    legalBasis: [],
    updatedAt: '2026-11-18T10:00:00.000Z',
    ...over,
  };
}

const urls = {
  url: 'https://www.aschersleben.example/leistungen/personalausweis-beantragen/',
  officeUrl: 'https://www.aschersleben.example/aemter/buergerservice/',
  organisationUrl: 'https://www.aschersleben.example/einrichtungen/stadt-aschersleben/',
};

describe('serviceJsonLd', () => {
  it('describes the service as a GovernmentService: provider, area served, office and online channels, LeiKa key', () => {
    const online = [
      { name: 'Personalausweisportal', kind: 'statePortal' as const, url: 'https://www.personalausweisportal.de/' },
      { name: 'Terminbuchung Bürgerservice', kind: 'appointment' as const, url: 'https://termine.example/bs/?amt=buergerservice' },
    ];
    expect(serviceJsonLd({ service: service(), office, organisation, ...urls, online })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Personalausweis beantragen',
      alternateName: ['Perso'],
      serviceType: 'Personalausweis beantragen',
      description: 'Den Personalausweis beantragen Sie persönlich.',
      url: urls.url,
      identifier: { '@type': 'PropertyValue', propertyID: 'LeiKa', value: '99102013001000' },
      provider: {
        '@type': 'GovernmentOrganization',
        name: 'Stadt Aschersleben',
        url: urls.organisationUrl,
        address: { '@type': 'PostalAddress', streetAddress: 'Markt 1', postalCode: '06449', addressLocality: 'Aschersleben', addressCountry: 'DE' },
      },
      areaServed: { '@type': 'City', name: 'Aschersleben' },
      availableChannel: [
        {
          '@type': 'ServiceChannel',
          name: 'Bürgerservice',
          serviceLocation: {
            '@type': 'GovernmentOffice',
            name: 'Bürgerservice',
            url: urls.officeUrl,
            address: { '@type': 'PostalAddress', streetAddress: 'Markt 1', postalCode: '06449', addressLocality: 'Aschersleben', addressCountry: 'DE' },
            telephone: '03473 958-120',
            email: 'buergerservice@aschersleben.de',
          },
          servicePhone: { '@type': 'ContactPoint', telephone: '03473 958-120', email: 'buergerservice@aschersleben.de' },
          serviceUrl: 'https://termine.example/bs/?amt=buergerservice',
        },
        { '@type': 'ServiceChannel', name: 'Personalausweisportal', serviceUrl: 'https://www.personalausweisportal.de/' },
      ],
    });
  });

  it('leaves out what is not there instead of writing empty values', () => {
    const ld = serviceJsonLd({
      service: service({ synonyms: [], leikaKey: null }),
      online: [],
      office: { ...office, phone: null, email: null },
      organisation,
      ...urls,
    });
    expect(ld).not.toHaveProperty('alternateName');
    expect(ld).not.toHaveProperty('identifier');
    expect(ld['availableChannel']).toEqual([
      {
        '@type': 'ServiceChannel',
        name: 'Bürgerservice',
        serviceLocation: {
          '@type': 'GovernmentOffice',
          name: 'Bürgerservice',
          url: urls.officeUrl,
          address: { '@type': 'PostalAddress', streetAddress: 'Markt 1', postalCode: '06449', addressLocality: 'Aschersleben', addressCountry: 'DE' },
        },
      },
    ]);
  });
});

describe('jsonLdText', () => {
  it('cannot end its <script> element early, and parses back to the same value', () => {
    const evil = { name: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = jsonLdText(evil);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(evil);
  });

  it('refuses a value that is not JSON', () => {
    expect(() => jsonLdText(undefined)).toThrow(/JSON-LD/);
  });
});

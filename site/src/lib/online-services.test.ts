import type { OnlineService } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import {
  issueReportingPageId,
  linkOutUrl,
  onlineServicesOfOffice,
  onlineServicesOfPage,
  onlineServicesOfService,
  paymentReturnUrls,
  providersOf,
  serviceCardValues,
} from './online-services.ts';

const base: Omit<OnlineService, 'documentId' | 'slug' | 'name' | 'kind'> = {
  summary: 's',
  providerName: 'P',
  providerOrigin: 'https://p.example.de',
  embedMode: 'iframe',
  startUrl: 'https://p.example.de/s?amt={amt}',
  scriptUrl: null,
  fallbackUrl: 'https://p.example.de/',
  privacyNote: 'n',
  document: null,
  services: [],
  offices: [],
  pages: [],
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const list: OnlineService[] = [
  { ...base, documentId: 'b', slug: 'b', name: 'Zahlung', kind: 'payment', embedMode: 'link', services: ['s1'], offices: [], pages: ['p1'] },
  { ...base, documentId: 'a', slug: 'a', name: 'Anmeldung', kind: 'form', services: ['s1', 's2'], offices: ['o1'], pages: [] },
  {
    ...base,
    documentId: 'm',
    slug: 'm',
    name: 'Melder',
    kind: 'issueReporting',
    providerOrigin: 'https://m.example.de',
    startUrl: 'https://m.example.de/',
    pages: ['p-melder'],
  },
];

describe('online services by place of use', () => {
  it('inverts services/offices/pages, sorted by name', () => {
    expect(onlineServicesOfService(list, 's1').map((s) => s.documentId)).toEqual(['a', 'b']);
    expect(onlineServicesOfService(list, 's2').map((s) => s.documentId)).toEqual(['a']);
    expect(onlineServicesOfOffice(list, 'o1').map((s) => s.documentId)).toEqual(['a']);
    expect(onlineServicesOfPage(list, 'p1').map((s) => s.documentId)).toEqual(['b']);
    expect(onlineServicesOfPage(list, 'none')).toEqual([]);
  });

  it('names the Behördenmelder page and the providers that need consent', () => {
    expect(issueReportingPageId(list)).toBe('p-melder');
    expect(issueReportingPageId([])).toBeUndefined();
    expect(providersOf(list)).toEqual(
      [
        { origin: 'https://p.example.de', name: 'P', services: ['Anmeldung'] },
        { origin: 'https://m.example.de', name: 'P', services: ['Melder'] },
      ].sort((x, y) => x.origin.localeCompare(y.origin)),
    );
  });

  it('fills the link out: start URL for link-outs, fallback for embeds; topic is the LeiKa key, else the slug', () => {
    expect(serviceCardValues({ leikaKey: null, slug: 'hund' }, 'ordnungsamt')).toEqual({ amt: 'ordnungsamt', leistung: 'hund' });
    expect(serviceCardValues({ leikaKey: '99102013001000', slug: 'x' }, 'bs')).toEqual({ amt: 'bs', leistung: '99102013001000' });
    const [pay, form] = list;
    if (!pay || !form) throw new Error('Testdaten');
    expect(linkOutUrl(pay, { amt: 'bs' })).toBe('https://p.example.de/s?amt=bs');
    expect(linkOutUrl(form, { amt: 'bs' })).toBe('https://p.example.de/');
    expect(paymentReturnUrls(new URL('https://www.aschersleben.de'))).toEqual({
      erfolg: 'https://www.aschersleben.de/zahlung/erfolgreich/',
      fehler: 'https://www.aschersleben.de/zahlung/fehlgeschlagen/',
      abbruch: 'https://www.aschersleben.de/zahlung/abgebrochen/',
    });
  });
});

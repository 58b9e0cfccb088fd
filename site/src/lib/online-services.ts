import { startUrlFor, type OnlineService, type Service, type StartUrlValues } from '@stadtportal/shared';
import { PAYMENT_RETURN_DIR } from './urls.ts';

/*
 * Where the Online-Dienste appear and with which start address (ADR 0009). The snapshot names,
 * per online service, the service cards, offices and content pages it belongs to; the site
 * needs the inverse (which online services does this card/office/page show). The indexes are
 * built once per list (a WeakMap keyed by the snapshot's array), so n pages stay O(n).
 */

/** Our own pages the payment platforms send the citizen back to (ePayBL: success, error, cancel). */
export const PAYMENT_OUTCOMES = ['erfolgreich', 'fehlgeschlagen', 'abgebrochen'] as const;
export type PaymentOutcome = (typeof PAYMENT_OUTCOMES)[number];
export const paymentReturnPath = (outcome: PaymentOutcome): string => `/${PAYMENT_RETURN_DIR}/${outcome}/`;

/** `{erfolg}`, `{fehler}`, `{abbruch}` as absolute URLs on this site (SITE_URL). */
export function paymentReturnUrls(site: URL): Required<Pick<StartUrlValues, 'erfolg' | 'fehler' | 'abbruch'>> {
  return {
    erfolg: new URL(paymentReturnPath('erfolgreich'), site).href,
    fehler: new URL(paymentReturnPath('fehlgeschlagen'), site).href,
    abbruch: new URL(paymentReturnPath('abgebrochen'), site).href,
  };
}

/** The placeholder values on a service card: the office preset and the topic (LeiKa key, else slug). */
export function serviceCardValues(service: Pick<Service, 'leikaKey' | 'slug'>, officeSlug: string): StartUrlValues {
  return { amt: officeSlug, leistung: service.leikaKey ?? service.slug };
}

/**
 * Where „In neuem Fenster öffnen“ (and the page without JavaScript) leads. A link-out service
 * starts at its start URL with the presets filled (that *is* the service); an embedded one at its
 * fallback URL, because the embed address is often a frame-only view of the provider.
 */
export function linkOutUrl(s: Pick<OnlineService, 'embedMode' | 'startUrl' | 'fallbackUrl'>, values: StartUrlValues): string {
  return s.embedMode === 'link' ? startUrlFor(s.startUrl, values) : s.fallbackUrl;
}

interface Index {
  byService: Map<string, OnlineService[]>;
  byOffice: Map<string, OnlineService[]>;
  byPage: Map<string, OnlineService[]>;
}

const indexes = new WeakMap<readonly OnlineService[], Index>();
const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function indexOf(list: readonly OnlineService[]): Index {
  const cached = indexes.get(list);
  if (cached) return cached;
  const index: Index = { byService: new Map(), byOffice: new Map(), byPage: new Map() };
  const push = (map: Map<string, OnlineService[]>, key: string, s: OnlineService) => {
    const l = map.get(key);
    if (l) l.push(s);
    else map.set(key, [s]);
  };
  // Sorted by name once: every place shows its cards in the same, predictable order.
  for (const s of [...list].sort((a, b) => byName.compare(a.name, b.name))) {
    for (const id of s.services) push(index.byService, id, s);
    for (const id of s.offices) push(index.byOffice, id, s);
    for (const id of s.pages) push(index.byPage, id, s);
  }
  indexes.set(list, index);
  return index;
}

export const onlineServicesOfService = (list: readonly OnlineService[], serviceId: string): readonly OnlineService[] =>
  indexOf(list).byService.get(serviceId) ?? [];
export const onlineServicesOfOffice = (list: readonly OnlineService[], officeId: string): readonly OnlineService[] =>
  indexOf(list).byOffice.get(officeId) ?? [];
export const onlineServicesOfPage = (list: readonly OnlineService[], pageId: string): readonly OnlineService[] => indexOf(list).byPage.get(pageId) ?? [];

export interface ConsentProvider {
  origin: string;
  name: string;
  /** What the site loads from there (names of Online-Dienste, „Stadtplan“ …). */
  services: string[];
}

/**
 * Every provider the site can load from (one entry per origin): the privacy page's consent
 * overview. `more`: other consent-first islands sharing the store (the town map's tiles).
 */
export function providersOf(list: readonly OnlineService[], more: readonly ConsentProvider[] = []): ConsentProvider[] {
  const byOrigin = new Map<string, ConsentProvider>();
  for (const m of more) {
    const entry = byOrigin.get(m.origin);
    if (entry) entry.services.push(...m.services);
    else byOrigin.set(m.origin, { origin: m.origin, name: m.name, services: [...m.services] });
  }
  for (const s of list) {
    // Link-only services never load anything into our page: there is no consent to give or withdraw.
    if (s.embedMode === 'link') continue;
    const entry = byOrigin.get(s.providerOrigin);
    if (entry) entry.services.push(s.name);
    else byOrigin.set(s.providerOrigin, { origin: s.providerOrigin, name: s.providerName, services: [s.name] });
  }
  for (const e of byOrigin.values()) e.services.sort(byName.compare);
  return [...byOrigin.values()].sort((a, b) => byName.compare(a.name, b.name) || a.origin.localeCompare(b.origin));
}

/** The content page of the Behördenmelder (first issueReporting service with a page), for the footer. */
export function issueReportingPageId(list: readonly OnlineService[]): string | undefined {
  return [...list].filter((s) => s.kind === 'issueReporting' && s.pages.length > 0).sort((a, b) => byName.compare(a.name, b.name))[0]?.pages[0];
}

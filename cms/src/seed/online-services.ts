import { count, lookup, type SeedContext } from './context';
import { renderPdf, type PdfSection } from './pdf';
import type { SeedService } from './services';
import { type FieldSpec, type SeedData, upsertPublished } from './upsert';

/*
 * Online-Dienste (api::online-service.online-service). Two sources: the explicit services of
 * ./content/online-services.ts (appointment booking, forms, payment, room booking, BUS,
 * Behördenmelder, a social post), and one link-out service per distinct online link of the
 * service cards (federal and state portals), attached to every card that names it.
 */

export type OnlineServiceKind = 'form' | 'appointment' | 'payment' | 'booking' | 'statePortal' | 'issueReporting' | 'social';

export interface SeedOnlineService {
  slug: string;
  name: string;
  kind: OnlineServiceKind;
  /** ≤ 300 characters */
  summary: string;
  providerName: string;
  providerOrigin: string;
  embedMode: 'iframe' | 'script' | 'link';
  startUrl: string;
  scriptUrl?: string;
  fallbackUrl: string;
  privacyNote: string;
  /** A paper form, generated as PDF at seed time. */
  document?: { name: string; title: string; sections: readonly PdfSection[] };
  /** Also attach every service card that offers the appointment booking (SeedService.appointment). */
  withAppointmentServices?: boolean;
  /** slugs */
  services: string[];
  offices: string[];
  pages: string[];
}

const ONLINE_SERVICE: FieldSpec = {
  plain: ['name', 'slug', 'kind', 'summary', 'providerName', 'providerOrigin', 'embedMode', 'startUrl', 'scriptUrl', 'fallbackUrl', 'privacyNote'],
  relationLists: ['services', 'offices', 'pages'],
  media: ['document'],
};

/** Who runs the portals the service cards link to: shown on the card before the citizen leaves. */
const PORTALS: Record<string, { providerName: string; privacyNote: string }> = {
  'wohnsitzanmeldung.gov.de': {
    providerName: 'Digitale Wohnsitzanmeldung (Bundesministerium des Innern und für Heimat)',
    privacyNote:
      'Sie wechseln zum Portal des Bundes. Für die Anmeldung weisen Sie sich mit dem Online-Ausweis aus; Ihre Daten gehen von dort an das Melderegister der Stadt.',
  },
  'www.fuehrungszeugnis.bund.de': {
    providerName: 'Bundesamt für Justiz',
    privacyNote: 'Sie wechseln zum Online-Antrag des Bundesamts für Justiz; es verarbeitet Ihre Angaben nach seiner Datenschutzerklärung.',
  },
  'www.personalausweisportal.de': {
    providerName: 'Bundesministerium des Innern und für Heimat',
    privacyNote: 'Sie wechseln zum Informationsportal des Bundes; dort gilt dessen Datenschutzerklärung.',
  },
  'www.elster.de': {
    providerName: 'ELSTER – Steuerverwaltung von Bund und Ländern',
    privacyNote: 'Sie wechseln zu ELSTER; Ihre Angaben gehen an das zuständige Finanzamt.',
  },
  'www.service.sachsen-anhalt.de': {
    providerName: 'Serviceportal Sachsen-Anhalt (BUS)',
    privacyNote: 'Sie wechseln zum Serviceportal des Landes; Ihr Antrag geht von dort an die Stadt Aschersleben.',
  },
};

/** „Gewerbe online anmelden (Serviceportal Sachsen-Anhalt)“ → „gewerbe-online-anmelden-serviceportal-sachsen-anhalt“ */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
}

/** One link-out Online-Dienst per distinct link of the service cards. */
export function linkOutServices(services: readonly SeedService[]): SeedOnlineService[] {
  const byKey = new Map<string, SeedOnlineService>();
  for (const s of services) {
    for (const link of s.onlineLinks) {
      const url = new URL(link.url);
      const portal = PORTALS[url.hostname];
      if (!portal) throw new Error(`Seed: Leistung „${s.slug}“ verlinkt ${url.hostname} – Anbieter in PORTALS eintragen`);
      const key = `${link.url} ${link.label}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          slug: slugify(link.label),
          name: link.label,
          kind: 'form',
          summary: `Online-Antrag bei ${portal.providerName}.`,
          providerName: portal.providerName,
          providerOrigin: url.origin,
          embedMode: 'link',
          startUrl: link.url,
          fallbackUrl: link.url,
          privacyNote: portal.privacyNote,
          services: [],
          offices: [],
          pages: [],
        };
        byKey.set(key, entry);
      }
      entry.services.push(s.slug);
    }
  }
  return [...byKey.values()];
}

export async function seedOnlineServices(
  ctx: SeedContext,
  explicit: readonly SeedOnlineService[],
  services: readonly SeedService[],
  serviceIds: ReadonlyMap<string, string>,
): Promise<string> {
  const all = [...explicit, ...linkOutServices(services)];
  const slugs = new Set<string>();
  for (const o of all) {
    const where = `Online-Dienst „${o.slug}“`;
    if (slugs.has(o.slug)) throw new Error(`Seed: ${where} doppelt`);
    slugs.add(o.slug);
    const serviceSlugs = o.withAppointmentServices ? [...o.services, ...services.filter((s) => s.appointment).map((s) => s.slug)] : o.services;
    let document: number | null = null;
    if (o.document) {
      const bytes = renderPdf({
        title: o.document.title,
        subtitle: `Formular zum Ausdrucken · Stadt Aschersleben`,
        sections: o.document.sections,
        footer: ['Stadt Aschersleben, Markt 1, 06449 Aschersleben.', 'Demo-Dokument des Stadtportals: erzeugt aus den Demo-Inhalten, kein amtliches Formular.'],
        author: 'Stadt Aschersleben',
        date: '2026-01-05',
      });
      document = (await ctx.media.document({ name: o.document.name, bytes })).id;
    }
    const data: SeedData = {
      name: o.name,
      slug: o.slug,
      kind: o.kind,
      summary: o.summary,
      providerName: o.providerName,
      providerOrigin: o.providerOrigin,
      embedMode: o.embedMode,
      startUrl: o.startUrl,
      scriptUrl: o.scriptUrl ?? null,
      fallbackUrl: o.fallbackUrl,
      privacyNote: o.privacyNote,
      services: [...new Set(serviceSlugs)].map((slug) => lookup(serviceIds, slug, 'Leistung', where)),
      offices: o.offices.map((slug) => lookup(ctx.officeIds, slug, 'Amt', where)),
      pages: o.pages.map((slug) => lookup(ctx.pageIds, slug, 'Seite', where)),
      document,
    };
    ctx.tally.add((await upsertPublished(ctx.strapi, 'api::online-service.online-service', ONLINE_SERVICE, data)).outcome);
  }
  return count(all.length, 'Online-Dienst', 'Online-Dienste');
}

import { readSnapshot } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { SiteContent } from './content.ts';
import { nextEvents, topTaskLinks } from './home.ts';

const FIXTURE = new URL('../../test/fixtures/snapshot/', import.meta.url).pathname;
const content = async () => new SiteContent(await readSnapshot(FIXTURE));

describe('home page', () => {
  it('turns the editors’ „Häufig gesucht“ into links in their order: service cards, pages, and an Online-Dienst where it is embedded', async () => {
    const c = await content();
    expect(topTaskLinks(c, c.settings.topTasks)).toEqual([
      // Terminbuchung is embedded on the Wohnsitz card first.
      { kind: 'onlineService', label: 'Termin online buchen', href: '/leistungen/wohnsitz-anmelden/' },
      { kind: 'service', label: 'Personalausweis beantragen', href: '/leistungen/personalausweis-beantragen/' },
      { kind: 'service', label: 'Wohnsitz anmelden', href: '/leistungen/wohnsitz-anmelden/' },
      { kind: 'page', label: 'Ortschaften', href: '/rathaus-und-buergerservice/ortschaften/' },
      // The payment service is on a content page only.
      { kind: 'onlineService', label: 'Gebühren online bezahlen', href: '/rathaus-und-buergerservice/' },
      { kind: 'service', label: 'Saal mieten', href: '/leistungen/saal-mieten/' },
    ]);
  });

  it('leaves out an Online-Dienst that no page shows', async () => {
    const c = await content();
    const nowhere = { ...c.onlineServices[0]!, documentId: 'os-nirgends', services: [], pages: [], offices: [] };
    const lonely = new SiteContent({ ...(await readSnapshot(FIXTURE)), onlineServices: [...c.onlineServices, nowhere] });
    expect(topTaskLinks(lonely, [{ kind: 'onlineService', target: 'os-nirgends' }])).toEqual([]);
  });

  it('shows the next events that have not ended, soonest first', async () => {
    const c = await content();
    const now = new Date('2026-11-25T12:00:00+01:00');
    expect(nextEvents(c.events, now, 3).map((e) => e.slug)).toEqual(['weihnachtsmarkt-2026', 'weihnachtsbaumverbrennen-2027', 'buergerforum-2035']);
    expect(nextEvents(c.events, new Date('2030-01-01T00:00:00Z'), 3)).toEqual([]);
  });
});

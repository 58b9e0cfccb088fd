// The benchmark content: a large, realistic snapshot (validated like a pulled one) and the same
// content as Markdown for Hugo. Built on the fixture snapshot (settings, organisations, offices,
// the hand-written pages) with `count` generated documents added: pages in a three-level
// hierarchy, news, events, services, council meetings and papers.
//
// Usage: node bench/src/generate.ts <out dir> <count>
//   → <out>/snapshot/{snapshot.json,media/}  and  <out>/hugo/{hugo.toml,content/,layouts/,static/}
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SNAPSHOT_VERSION,
  service as serviceSchema,
  validateSnapshot,
  type Block,
  type Blocks,
  type EventCategory,
  type Image,
  type ListBlock,
  type Page,
  type Service,
  type Snapshot,
  type TextNode,
} from '@stadtportal/shared';
import { COMMITTEES, HEADINGS, LIST_ITEMS, PLACES, THINGS, TOPICS, int, paragraph, pick, rng, slugify, type Rand } from './text.ts';
import { hugoSite, type HugoDoc } from './hugo.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE = join(ROOT, 'site/test/fixtures/snapshot');

/** The images reused across generated pages: the fixture's real PNG drawings. */
const IMAGES: Image[] = [
  { file: 'stadtmauer.png', alt: 'Zeichnung: Stadtmauer mit Zinnen vor blauem Himmel', width: 640, height: 360, mime: 'image/png' },
  { file: 'johannisturm.png', alt: 'Zeichnung: der Johannisturm', width: 640, height: 360, mime: 'image/png' },
  { file: 'feuerwehr-einsatzfahrzeug.png', alt: 'Zeichnung: ein rotes Einsatzfahrzeug der Feuerwehr', width: 640, height: 360, mime: 'image/png' },
];

/** Share of the generated documents per type (sums to 1). */
export const MIX = { pages: 0.4, news: 0.2, events: 0.12, services: 0.1, meetings: 0.1, papers: 0.08 } as const;

const text = (t: string): TextNode => ({ type: 'text', text: t });
const para = (t: string): Block => ({ type: 'paragraph', children: [text(t)] });
const heading = (level: 2 | 3, t: string): Block => ({ type: 'heading', level, children: [text(t)] });

function list(r: Rand): ListBlock {
  const n = int(r, 3, 6);
  const items = new Set<string>();
  while (items.size < n) items.add(pick(r, LIST_ITEMS));
  return { type: 'list', format: r() < 0.7 ? 'unordered' : 'ordered', children: [...items].map((t) => ({ type: 'list-item', children: [text(t)] })) };
}

/** A body of realistic length: intro, 3–5 sections with h2 (some h3), paragraphs, lists, a link, maybe an image. */
function body(r: Rand, withImage: boolean): Blocks {
  const out: Blocks = [para(paragraph(r, 3, 5))];
  const sections = int(r, 3, 5);
  for (let s = 0; s < sections; s++) {
    out.push(heading(2, pick(r, HEADINGS)));
    out.push(para(paragraph(r, 2, 5)));
    if (r() < 0.6) out.push(list(r));
    if (r() < 0.4) {
      out.push(heading(3, pick(r, HEADINGS)));
      out.push(para(paragraph(r, 2, 4)));
    }
    if (s === 1 && withImage) out.push({ type: 'image', image: pick(r, IMAGES), caption: `Aschersleben, ${pick(r, PLACES)}` });
  }
  out.push({
    type: 'paragraph',
    children: [text('Weitere Auskünfte erhalten Sie im '), { type: 'link', url: '/rathaus-und-buergerservice/', children: [text('Bürgerservice')] }, text('.')],
  });
  return out;
}

/**
 * A service with exactly the fields of the current schema: the service card's link fields are
 * changing (online services, snapshot version 3) and the generator must follow the contract of
 * the working tree, not the one it was written against.
 */
function fitService(raw: Record<string, unknown>): Service {
  const keys = Object.keys(serviceSchema.shape);
  return Object.fromEntries(Object.entries(raw).filter(([k]) => keys.includes(k))) as Service;
}

const iso = (d: Date) => d.toISOString();
const day = (d: Date) => d.toISOString().slice(0, 10);

export interface Generated {
  snapshot: Snapshot;
  hugo: HugoDoc[];
  /** How many of each type were generated. */
  counts: Record<keyof typeof MIX, number>;
}

export function generate(base: Snapshot, count: number, seed = 753): Generated {
  const r = rng(seed);
  const n = (k: keyof typeof MIX) => Math.round(count * MIX[k]);
  const counts = { pages: n('pages'), news: n('news'), events: n('events'), services: n('services'), meetings: n('meetings'), papers: 0 };
  counts.papers = count - counts.pages - counts.news - counts.events - counts.services - counts.meetings;
  const s: Snapshot = structuredClone(base);
  s.generatedAt = '2026-11-25T10:00:00.000Z';
  s.source = `bench:generated:${count}`;
  const orgs = ['o-stadt', 'o-stadt', 'o-stadt', 'o-kulturanstalt', 'o-stadtwerke', 'o-feuerwehr'];
  const updated = (i: number) => iso(new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000));

  // Pages: topic pages (level 2) under the four main sections, each with up to 20 child pages (level 3).
  const sections = base.settings.mainNavigation;
  const newPage = (id: string, title: string, parent: string, i: number): Page => ({
    documentId: id,
    slug: slugify(title),
    title,
    organisation: pick(r, orgs),
    parent,
    summary: paragraph(r, 1, 2).slice(0, 300),
    body: body(r, r() < 0.3),
    image: r() < 0.2 ? pick(r, IMAGES) : null,
    video: null,
    seoDescription: `${title}: Informationen der Stadt Aschersleben`.slice(0, 160),
    updatedAt: updated(i),
  });
  let topic: Page | null = null;
  let children = 0;
  for (let i = 0; i < counts.pages; i++) {
    if (topic === null || children >= 20) {
      const section = sections[i % sections.length] ?? 'p-rathaus';
      topic = newPage(`bench-topic-${i}`, `${pick(r, TOPICS)} ${i}`, section, i);
      s.pages.push(topic);
      children = 0;
      continue;
    }
    s.pages.push(newPage(`bench-page-${i}`, `${pick(r, THINGS)} in ${pick(r, PLACES)} ${i}`, topic.documentId, i));
    children++;
  }

  // Fallback for a contract without council types: pages below „Stadtrat“, one folder per year.
  const councilAsPages = (kind: 'sitzungen' | 'vorlagen', total: number) => {
    const root: Page = newPage(`bench-${kind}`, kind === 'sitzungen' ? 'Sitzungen' : 'Vorlagen', 'p-stadtrat', 0);
    s.pages.push(root);
    const years = new Map<number, Page>();
    for (let i = 0; i < total; i++) {
      const year = 2020 + (i % 7);
      let folder = years.get(year);
      if (!folder) {
        folder = newPage(`bench-${kind}-${year}`, `${kind === 'sitzungen' ? 'Sitzungen' : 'Vorlagen'} ${year}`, root.documentId, i);
        folder.slug = String(year);
        years.set(year, folder);
        s.pages.push(folder);
      }
      const committee = pick(r, COMMITTEES);
      const title = kind === 'sitzungen' ? `${committee}, Sitzung Nr. ${i + 1}` : `Vorlage ${year}/${String(i + 1).padStart(4, '0')}: ${pick(r, THINGS)}`;
      const p = newPage(`bench-${kind}-${i}`, title, folder.documentId, i);
      p.body = [
        para(
          kind === 'sitzungen'
            ? `Öffentliche Sitzung des Gremiums ${committee} im Ratssaal, Markt 1, 06449 Aschersleben.`
            : `Beschlussvorlage der Verwaltung an den ${committee}.`,
        ),
        heading(2, kind === 'sitzungen' ? 'Tagesordnung' : 'Beschlussvorschlag'),
        list(r),
        heading(2, kind === 'sitzungen' ? 'Niederschrift' : 'Begründung'),
        para(paragraph(r, 4, 8)),
        para(paragraph(r, 3, 6)),
      ];
      s.pages.push(p);
    }
  };
  // Council meetings and papers: real council entries (Sitzungen, Drucksachen under /rat/) when
  // the contract has them (cloned from the fixture's, with generated names, dates and agendas);
  // otherwise pages with the text of a meeting/paper below „Stadtrat“.
  if (base.council?.meetings[0] && base.council.papers[0]) {
    generateCouncil(s, r, counts.meetings, counts.papers);
  } else {
    councilAsPages('sitzungen', counts.meetings);
    councilAsPages('vorlagen', counts.papers);
  }

  for (let i = 0; i < counts.news; i++) {
    const title = `${pick(r, THINGS)}: Neuigkeiten aus ${pick(r, PLACES)}`;
    const date = new Date(Date.UTC(2019, 0, 1) + ((i * 7919) % 2880) * 86_400_000);
    s.news.push({
      documentId: `bench-news-${i}`,
      slug: `${slugify(title)}-${i}`,
      title,
      date: day(date),
      organisation: pick(r, orgs),
      teaser: paragraph(r, 1, 1),
      body: body(r, r() < 0.4),
      image: r() < 0.5 ? pick(r, IMAGES) : null,
    });
  }

  const categories: EventCategory[] = ['konzert', 'theater', 'ausstellung', 'fuehrung', 'lesung', 'kurs', 'kinder', 'fest', 'sport', 'beteiligung'];
  for (let i = 0; i < counts.events; i++) {
    const title = `${pick(r, ['Konzert', 'Lesung', 'Führung', 'Stadtfest', 'Workshop', 'Ausstellung'])} am ${pick(r, PLACES)} ${i}`;
    // Spread over 2025–2027 so archive and upcoming months both fill.
    const start = new Date(Date.UTC(2025, 0, 1, 17) + ((i * 104_729) % 900) * 86_400_000);
    s.events.push({
      documentId: `bench-event-${i}`,
      slug: `${slugify(title)}`,
      title,
      organisation: pick(r, orgs),
      category: pick(r, categories),
      summary: paragraph(r, 1, 1).slice(0, 300),
      description: body(r, false).slice(0, 6),
      start: iso(start),
      end: iso(new Date(start.getTime() + 2 * 3_600_000)),
      allDay: false,
      timeZone: 'Europe/Berlin',
      venue: {
        name: pick(r, ['Bestehornpark', 'Rathaus, Ratssaal', 'Stadtbibliothek', 'Johannisturm']),
        address: { street: 'Markt 1', postalCode: '06449', city: 'Aschersleben' },
      },
      price: r() < 0.5 ? 'Eintritt frei' : '8 €, ermäßigt 5 €',
      accessibilityNotes: r() < 0.5 ? 'Der Veranstaltungsort ist stufenlos erreichbar.' : null,
      image: r() < 0.4 ? pick(r, IMAGES) : null,
      updatedAt: updated(i),
    });
  }

  const offices = base.offices.map((o) => o.documentId);
  for (let i = 0; i < counts.services; i++) {
    const title = `${pick(r, THINGS)} beantragen ${i}`;
    const b = () => [para(paragraph(r, 1, 3))];
    s.services.push(
      fitService({
        ...base.services[0],
        documentId: `bench-service-${i}`,
        slug: slugify(title),
        title,
        synonyms: [pick(r, THINGS), pick(r, TOPICS)],
        leikaKey: r() < 0.7 ? String(99_000_000_000_000 + i) : null,
        organisation: 'o-stadt',
        office: pick(r, offices),
        summary: paragraph(r, 1, 1).slice(0, 300),
        description: body(r, false).slice(0, 5),
        eligibility: b(),
        requirements: r() < 0.5 ? b() : [],
        documents: [list(r)],
        fees: b(),
        deadlines: r() < 0.5 ? b() : [],
        processingTime: b(),
        legalBasis: [list(r)],
        onlineServices: r() < 0.3 ? [{ label: 'Online beantragen (Serviceportal Sachsen-Anhalt)', url: 'https://service.sachsen-anhalt.de/' }] : [],
        appointmentUrl: r() < 0.5 ? 'https://termine.aschersleben.example/buergerservice/' : null,
        updatedAt: updated(i),
      }),
    );
  }

  // Hugo gets every German content document (the generated ones and the fixture's).
  return { snapshot: validateSnapshot(JSON.parse(JSON.stringify(s))), hugo: hugoDocs(s), counts };
}

/** `meetings` council meetings with agendas over `papers` generated Drucksachen, 2020–2027. */
function generateCouncil(s: Snapshot, r: Rand, meetings: number, papers: number): void {
  const c = s.council;
  const paperTemplate = c.papers[0];
  const meetingTemplate = c.meetings[0];
  if (!paperTemplate || !meetingTemplate) return;
  const types = ['vorlage', 'antrag', 'anfrage', 'mitteilung'] as const;
  const prefix = { vorlage: 'BV', antrag: 'AN', anfrage: 'AF', mitteilung: 'MI' } as const;
  const paperIds: string[] = [];
  for (let i = 0; i < papers; i++) {
    const year = 2020 + (i % 8);
    const type = pick(r, types);
    const number = Math.floor(i / 8) + 1;
    const id = `bench-paper-${i}`;
    paperIds.push(id);
    c.papers.push({
      ...paperTemplate,
      documentId: id,
      slug: `${prefix[type].toLowerCase()}-${year}-${String(number).padStart(4, '0')}-b`,
      name: `${pick(r, THINGS)} in ${pick(r, PLACES)}`,
      reference: `${prefix[type]}/${year}/${number + 5000}`,
      date: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      paperType: type,
      summary: paragraph(r, 2, 4).slice(0, 600),
      updatedAt: '2026-11-20T09:00:00.000Z',
    });
  }
  const orgs = c.organizations;
  for (let i = 0; i < meetings; i++) {
    const org = orgs[i % orgs.length];
    if (!org) break;
    const start = new Date(Date.UTC(2020, 0, 6, 16) + ((i * 7) % 2900) * 86_400_000);
    const date = start.toISOString().slice(0, 10);
    const items = int(r, 3, 7);
    const agendaItems: Snapshot['council']['meetings'][number]['agendaItems'] = [
      {
        number: 'Ö 1',
        public: true,
        name: 'Eröffnung und Feststellung der Beschlussfähigkeit',
        paper: null,
        consultationRole: null,
        result: null,
        resolutionText: null,
      },
    ];
    for (let k = 0; k < items; k++) {
      const paper = paperIds.length > 0 ? (paperIds[(i * 3 + k) % paperIds.length] as string) : null;
      agendaItems.push({
        number: `Ö ${k + 2}`,
        public: true,
        name: `${pick(r, THINGS)}: Beratung und Beschluss`,
        paper,
        consultationRole: pick(r, ['vorberatung', 'entscheidung', 'kenntnisnahme'] as const),
        result: start.getTime() < Date.parse('2026-11-25') ? 'beschlossen' : null,
        resolutionText: null,
      });
    }
    agendaItems.push({ number: 'N 1', public: false, name: null, paper: null, consultationRole: null, result: null, resolutionText: null });
    const past = start.getTime() < Date.parse('2026-11-25');
    c.meetings.push({
      ...meetingTemplate,
      documentId: `bench-meeting-${i}`,
      slug: `${org.slug}-${date}-b${i}`,
      name: `Sitzung ${org.shortName ?? org.name} am ${start.toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' })}`,
      organization: org.documentId,
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      meetingState: past ? 'durchgefuehrt' : 'eingeladen',
      cancelled: false,
      agendaItems,
      updatedAt: '2026-11-20T09:00:00.000Z',
    });
  }
}

/** URL path of every page: the path of slugs (as the site builds it). */
export function pagePaths(pages: Page[]): Map<string, string> {
  const byId = new Map(pages.map((p) => [p.documentId, p]));
  const out = new Map<string, string>();
  const pathOf = (p: Page): string => {
    const known = out.get(p.documentId);
    if (known) return known;
    const parent = p.parent === null ? undefined : byId.get(p.parent);
    const path = `${parent ? pathOf(parent) : '/'}${p.slug}/`;
    out.set(p.documentId, path);
    return path;
  };
  for (const p of pages) pathOf(p);
  return out;
}

function hugoDocs(s: Snapshot): HugoDoc[] {
  const paths = pagePaths(s.pages);
  const docs: HugoDoc[] = [];
  for (const p of s.pages)
    docs.push({
      section: 'seiten',
      url: paths.get(p.documentId) ?? '/',
      title: p.title,
      date: p.updatedAt.slice(0, 10),
      summary: p.summary,
      body: p.body,
      image: p.image,
    });
  for (const n of s.news)
    docs.push({ section: 'aktuelles', url: `/aktuelles/${n.slug}/`, title: n.title, date: n.date, summary: n.teaser, body: n.body, image: n.image });
  for (const e of s.events)
    docs.push({
      section: 'veranstaltungen',
      url: `/veranstaltungen/${e.slug}/`,
      title: e.title,
      date: e.start.slice(0, 10),
      summary: e.summary,
      body: e.description,
      image: e.image,
    });
  for (const sv of s.services) {
    const body: Blocks = [];
    const labels: [string, Blocks][] = [
      ['Beschreibung', sv.description],
      ['Wer kann das beantragen?', sv.eligibility],
      ['Voraussetzungen', sv.requirements],
      ['Unterlagen', sv.documents],
      ['Kosten', sv.fees],
      ['Fristen', sv.deadlines],
      ['Bearbeitungsdauer', sv.processingTime],
      ['Rechtsgrundlagen', sv.legalBasis],
    ];
    for (const [label, blocks] of labels) body.push(heading(2, label), ...(blocks.length > 0 ? blocks : [para('Keine Angaben.')]));
    docs.push({
      section: 'leistungen',
      url: `/leistungen/${sv.slug}/`,
      title: sv.title,
      date: sv.updatedAt.slice(0, 10),
      summary: sv.summary,
      body,
      image: null,
    });
  }
  for (const m of s.council?.meetings ?? []) {
    const agenda: Blocks = [
      heading(2, 'Tagesordnung'),
      {
        type: 'list',
        format: 'unordered',
        children: m.agendaItems.map((a) => ({
          type: 'list-item',
          children: [text(`${a.number} ${a.name ?? 'nicht öffentlich'}${a.result ? ` – ${a.result}` : ''}`)],
        })),
      },
    ];
    docs.push({ section: 'rat', url: `/rat/sitzungen/${m.slug}/`, title: m.name, date: m.start.slice(0, 10), summary: m.name, body: agenda, image: null });
  }
  for (const p of s.council?.papers ?? []) {
    docs.push({
      section: 'rat',
      url: `/rat/drucksachen/${p.slug}/`,
      title: `${p.reference} ${p.name}`,
      date: p.date,
      summary: p.summary,
      body: [para(p.summary)],
      image: null,
    });
  }
  return docs;
}

/** Base content: the fixture snapshot, taken at the current format version (it may lag a change in progress). */
export async function baseSnapshot(): Promise<Snapshot> {
  const raw = JSON.parse(await readFile(join(FIXTURE, 'snapshot.json'), 'utf8')) as Record<string, unknown> & { services: Record<string, unknown>[] };
  raw.version = SNAPSHOT_VERSION;
  raw.services = raw.services.map(fitService);
  return validateSnapshot(raw);
}

export interface GeneratedSummary {
  count: number;
  counts: Generated['counts'];
  /** Content documents including the fixture's (what Hugo builds). */
  documents: number;
  seconds: number;
}

/** Write <dir>/snapshot (snapshot.json + media) and <dir>/hugo for `count` generated documents. */
export async function generateInto(dir: string, count: number): Promise<GeneratedSummary> {
  const started = performance.now();
  const g = generate(await baseSnapshot(), count);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'snapshot'), { recursive: true });
  await cp(join(FIXTURE, 'media'), join(dir, 'snapshot/media'), { recursive: true });
  await writeFile(join(dir, 'snapshot/snapshot.json'), `${JSON.stringify(g.snapshot)}\n`);
  await hugoSite(join(dir, 'hugo'), g.hugo, g.snapshot, join(FIXTURE, 'media'));
  return { count, counts: g.counts, documents: g.hugo.length, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const [outArg, countArg] = process.argv.slice(2);
  if (!outArg || !countArg) throw new Error('Aufruf: node bench/src/generate.ts <ausgabe> <anzahl>');
  console.log(JSON.stringify(await generateInto(resolve(outArg), Number(countArg))));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

// Bench only: one Strapi process (the built cms/, database from the environment) that loads,
// lets the bootstrap seed the demo town, adds BENCH_DOCS published documents through the
// Document Service (news articles, pages, events), then serves HTTP and prints
//   BENCH-READY <seconds spent seeding>
// so the bench can time a snapshot pull against it. Stopped by SIGTERM from the bench.
import { createRequire } from 'node:module';
import path from 'node:path';

const appDir = path.resolve(process.env.BENCH_CMS_DIR ?? '');
process.chdir(appDir);
const require = createRequire(path.join(appDir, 'package.json'));
const count = Number(process.env.BENCH_DOCS ?? 10_000);

const sentences = [
  'Aschersleben ist die älteste urkundlich erwähnte Stadt Sachsen-Anhalts.',
  'Das Rathaus am Markt ist montags bis freitags für Ihre Anliegen geöffnet.',
  'Bitte vereinbaren Sie für Ihren Besuch im Bürgerservice vorab einen Termin.',
  'Die Stadtmauer mit ihren Wehrtürmen lädt zu einem Rundgang um die Altstadt ein.',
  'Der Bestehornpark ist seit der Landesgartenschau 2010 ein Treffpunkt für Jung und Alt.',
];
const text = (i, n) => Array.from({ length: n }, (_, k) => sentences[(i + k) % sentences.length]).join(' ');
const body = (i) => [
  { type: 'paragraph', children: [{ type: 'text', text: text(i, 4) }] },
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Was Sie wissen sollten' }] },
  { type: 'paragraph', children: [{ type: 'text', text: text(i + 1, 6) }] },
  {
    type: 'list',
    format: 'unordered',
    children: [1, 2, 3].map((k) => ({ type: 'list-item', children: [{ type: 'text', text: `Punkt ${k}: ${sentences[k]}` }] })),
  },
  { type: 'paragraph', children: [{ type: 'text', text: text(i + 2, 5) }] },
];

const { compileStrapi, createStrapi } = require('@strapi/strapi');
const context = await compileStrapi({ appDir });
const app = createStrapi(context);
await app.load();
const seedStart = performance.now();
const org = await app.documents('api::organisation.organisation').findFirst({ status: 'published' });
const parent = await app.documents('api::page.page').findFirst({ status: 'published', locale: 'de', filters: { parent: { id: { $null: true } } } });
if (!org || !parent) throw new Error('Bench-Seed: keine Organisation oder Seite aus dem Demo-Seed gefunden');
const news = app.documents('api::news-article.news-article');
const pages = app.documents('api::page.page');
const events = app.documents('api::event.event');
for (let i = 0; i < count; i++) {
  const kind = i % 10 < 5 ? 'news' : i % 10 < 8 ? 'page' : 'event';
  if (kind === 'news') {
    await news.create({
      status: 'published',
      data: {
        title: `Bench-Nachricht ${i}`,
        slug: `bench-nachricht-${i}`,
        date: `202${i % 7}-0${1 + (i % 9)}-1${i % 10}`,
        organisation: org.documentId,
        teaser: text(i, 1),
        body: body(i),
      },
    });
  } else if (kind === 'page') {
    await pages.create({
      status: 'published',
      locale: 'de',
      data: {
        title: `Bench-Seite ${i}`,
        slug: `bench-seite-${i}`,
        organisation: org.documentId,
        parent: parent.documentId,
        summary: text(i, 1),
        body: body(i),
        seoDescription: 'Informationen der Stadt Aschersleben',
      },
    });
  } else {
    const start = new Date(Date.UTC(2025, 0, 1, 17) + (i % 900) * 86_400_000);
    await events.create({
      status: 'published',
      data: {
        title: `Bench-Veranstaltung ${i}`,
        slug: `bench-veranstaltung-${i}`,
        organisation: org.documentId,
        category: 'konzert',
        summary: text(i, 1),
        description: body(i),
        start: start.toISOString(),
        end: new Date(start.getTime() + 7_200_000).toISOString(),
        allDay: false,
        timeZone: 'Europe/Berlin',
        venueName: 'Bestehornpark',
      },
    });
  }
  if (i > 0 && i % 1000 === 0) console.log(`BENCH-SEEDED ${i}`);
}
const seedSeconds = (performance.now() - seedStart) / 1000;
await app.listen();
console.log(`BENCH-READY ${seedSeconds.toFixed(1)}`);
const stop = async () => {
  await app.destroy();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

// Citizens' feedback under load (issue 17): a real Strapi (the built cms/, SQLite by default,
// BENCH_FEEDBACK_DB=postgres) gets BENCH_FEEDBACK_RATINGS (2 000) ratings as JSON from
// BENCH_FEEDBACK_CLIENTS (50) simulated clients — distinct X-Real-IP from loopback, the trusted
// proxy — spread evenly over BENCH_FEEDBACK_SECONDS (20 s), open loop (each request leaves on
// schedule, whatever the others do). Meanwhile an organisation editor requests the content
// manager's list of page ratings again and again. Figures: answered 2xx / 429 / other, every
// 2xx stored (none lost, none stored twice, nothing stored beyond the 2xx), the editor's p95.
// With the default limit (5 per 10 min per client) 50 × 5 = 250 are stored and the rest are 429.
//
// In `pnpm bench` as section `feedback` (BENCH_ONLY=feedback); standalone:
//   node bench/src/feedback-load.ts   (writes bench/FEEDBACK-LOAD.md)
import { readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEEDBACK_CMS_PATH, FEEDBACK_FIELDS as F } from '@stadtportal/shared/rules';
import { startStrapi } from '../../e2e/helpers/strapi.ts';
import { printFigure, type Figure } from './report.ts';

const RATING = 'api::page-rating.page-rating';

interface Answer {
  status: number;
  body: string;
}

function post(base: URL, body: string, client: string): Promise<Answer> {
  return new Promise((resolvePost) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: FEEDBACK_CMS_PATH,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': String(Buffer.byteLength(body)), 'x-real-ip': client },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolvePost({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (err) => resolvePost({ status: 0, body: err.message }));
    req.end(body);
  });
}

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

const numberEnv = (name: string, fallback: number): number => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name}: positive Zahl erwartet`);
  return v;
};

/**
 * `limit`: FEEDBACK_RATE_LIMIT of the Strapi under test (default: the product's 5). With a limit
 * above the attempts per client every rating is stored: the write load the limit otherwise holds off.
 */
export async function feedbackLoad(limit?: number): Promise<Figure[]> {
  const total = numberEnv('BENCH_FEEDBACK_RATINGS', 2000);
  const clients = numberEnv('BENCH_FEEDBACK_CLIENTS', 50);
  const seconds = numberEnv('BENCH_FEEDBACK_SECONDS', 20);
  const db = process.env.BENCH_FEEDBACK_DB === 'postgres' ? 'postgres' : 'sqlite';
  const strapi = await startStrapi(db, limit === undefined ? {} : { FEEDBACK_RATE_LIMIT: String(limit) });
  const perClient = Math.min(limit ?? 5, Math.ceil(total / clients));
  const limited = limit === undefined || limit < Math.ceil(total / clients);
  try {
    const base = new URL(strapi.url);
    const superToken = await strapi.adminToken();
    const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<string, { email: string; password: string }>;
    const editorLogin = logins.kulturanstalt;
    if (!editorLogin) throw new Error('Demo-Zugang „kulturanstalt“ fehlt');
    const login = await fetch(`${strapi.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(editorLogin),
    });
    const editorToken = ((await login.json()) as { data: { token: string } }).data.token;
    // A published service of the editor's organisation: the editor's list shows the ratings.
    const found = await fetch(`${strapi.url}/api/services?filters[organisation][slug][$eq]=aschersleber-kulturanstalt&pagination[pageSize]=1`);
    const service = ((await found.json()) as { data: { documentId: string; slug: string }[] }).data[0];
    if (!service) throw new Error('Keine veröffentlichte Leistung der Kulturanstalt im Seed');

    const listPath = `/content-manager/collection-types/${RATING}?page=1&pageSize=10&sort=receivedAt:DESC`;
    const editorLatencies: number[] = [];
    let editorErrors = 0;
    let burstDone = false;
    const editorLoop = (async () => {
      while (!burstDone) {
        const t = performance.now();
        const res = await fetch(`${strapi.url}${listPath}`, { headers: { authorization: `Bearer ${editorToken}` } });
        await res.arrayBuffer();
        editorLatencies.push(performance.now() - t);
        if (res.status !== 200) editorErrors += 1;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const answers: { text: string; status: number; body: string }[] = [];
    const started = performance.now();
    const interval = (seconds * 1000) / total;
    const requests: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = started + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const client = `10.${Math.floor((i % clients) / 250)}.${(i % clients) % 250}.7`;
      const text = `Last ${i}`;
      const body = JSON.stringify({
        [F.kind]: 'bewertung',
        [F.type]: 'service',
        [F.document]: service.documentId,
        [F.page]: `/leistungen/${service.slug}/`,
        [F.rating]: String(1 + (i % 5)),
        [F.text]: text,
      });
      requests.push(post(base, body, client).then((a) => void answers.push({ text, status: a.status, body: a.body })));
    }
    await Promise.all(requests);
    const burstSeconds = (performance.now() - started) / 1000;
    burstDone = true;
    await editorLoop;

    // Every stored rating, read back through the content manager as the super admin.
    const stored: string[] = [];
    for (let page = 1; ; page++) {
      const res = await fetch(`${strapi.url}/content-manager/collection-types/${RATING}?page=${page}&pageSize=100`, {
        headers: { authorization: `Bearer ${superToken}` },
      });
      const json = (await res.json()) as { results: { text: string }[]; pagination: { pageCount: number } };
      stored.push(...json.results.map((r) => r.text));
      if (page >= json.pagination.pageCount) break;
    }
    const ok = answers.filter((a) => a.status >= 200 && a.status < 300);
    const refused = answers.filter((a) => a.status === 429).length;
    const other = answers.length - ok.length - refused;
    const storedSet = new Set(stored);
    const lost = ok.filter((a) => !storedSet.has(a.text)).length;
    const okSet = new Set(ok.map((a) => a.text));
    const unexpected = stored.filter((t) => !okSet.has(t)).length;
    const duplicates = stored.length - storedSet.size;
    const p95 = percentile(editorLatencies, 95);
    const others = answers.filter((a) => a.status !== 429 && (a.status < 200 || a.status >= 300));
    const otherNote =
      others.length === 0
        ? ''
        : ` Andere Antworten: ${others
            .map((a) => `${a.status} ${a.body.slice(0, 160)}`)
            .slice(0, 3)
            .join(' | ')}`;
    const section = limited ? 'Rückmeldungen unter Last' : 'Rückmeldungen unter Last, ohne Wirkung der Grenze';
    const figures: Figure[] = [
      {
        section,
        name: `${total} Bewertungen von ${clients} Clients in ${seconds} s (${db}), beantwortet`,
        value: `${ok.length} × 2xx, ${refused} × 429, ${other} × anderes; Dauer ${burstSeconds.toFixed(1)} s`,
        target: `2xx + 429 = ${total}, ${clients * perClient} × 2xx`,
        met: other === 0 && ok.length === clients * perClient,
        note: `Grenze ${limited ? (limit ?? 5) : 'ohne Wirkung'} je Client und Zeitfenster: erwartet ${clients} × ${perClient} = ${clients * perClient} angenommen, der Rest 429. Systemlast beim Ende: ${os.loadavg()[0]?.toFixed(2)} (1 min).${otherNote}`,
      },
      {
        section,
        name: 'Mit 2xx beantwortet und gespeichert',
        value: `${ok.length - lost} von ${ok.length} (verloren ${lost}, doppelt ${duplicates}, ohne 2xx gespeichert ${unexpected})`,
        target: 'keine verloren',
        met: lost === 0 && duplicates === 0 && unexpected === 0,
      },
      {
        section,
        name: `p95 der Listenansicht „Bewertung“ einer Redakteurin während der Last (${editorLatencies.length} Anfragen)`,
        value: `${Math.round(p95)} ms (Median ${Math.round(percentile(editorLatencies, 50))} ms, Max ${Math.round(Math.max(...editorLatencies))} ms, Fehler ${editorErrors})`,
        target: limited ? '< 500 ms' : '– (das Ziel gilt für die Last mit Grenze)',
        met: limited ? p95 < 500 && editorErrors === 0 : null,
        ...(limited
          ? {}
          : {
              note: 'Jede Bewertung wird geschrieben (rund 100 Schreibvorgänge je Sekunde über den Document Service, SQLite mit einem Schreiber, zwei geteilte Kerne): das zeigt, wovor die Grenze je Client schützt.',
            }),
      },
    ];
    return figures;
  } finally {
    await strapi.stop();
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The issue's load (the limit answers most with 429), then the same load with every rating stored.
  const figures = [...(await feedbackLoad()), ...(await feedbackLoad(Number.MAX_SAFE_INTEGER))];
  figures.forEach(printFigure);
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../FEEDBACK-LOAD.md');
  const lines = [
    '# Rückmeldungen unter Last',
    '',
    `Erzeugt von \`node bench/src/feedback-load.ts\` am ${new Date().toISOString()} auf ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, Node ${process.version}, Last ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}.`,
    '',
    '| Messung | Wert | Ziel | erfüllt |',
    '|---|---|---|---|',
    ...figures.map((f) => `| ${f.section}: ${f.name} | ${f.value} | ${f.target} | ${f.met === null ? '–' : f.met ? 'ja' : 'nein'} |`),
    '',
    ...figures.filter((f) => f.note).map((f) => `- ${f.section}: ${f.name}: ${f.note}`),
    '',
  ];
  await writeFile(out, lines.join('\n'));
  console.log(`\nErgebnisse: ${out}`);
}

// The publication record on PostgreSQL (the production database): the table and its triggers are
// created at bootstrap, concurrent publishes — each in its own transaction, so only the advisory
// lock orders them — and a bulk publish keep one chain, and `pnpm record:verify` reads it through
// DATABASE_URL and names an entry edited behind the triggers' back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, adminRequests, cm, type Account } from './helpers/admin-api.ts';
import { RECORD_TABLE, readWholeRecord, verifyRecord } from './helpers/record.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const STAMP = Date.now().toString(36);
const NEWS = 'api::news-article.news-article';

let strapi: StrapiInstance;
const tokens = new Map<Account, string>();
const as = adminRequests(() => strapi.url, tokens);
let adminToken = '';
let feuerwehrOrg = '';
let databaseUrl = '';

const record = () => readWholeRecord(strapi.url, adminToken);

async function draft(n: number): Promise<string> {
  const res = await as('pressestelle', 'POST', cm(NEWS), {
    title: `PG-Meldung ${n} ${STAMP}`,
    slug: `pg-meldung-${n}-${STAMP}`,
    date: '2026-12-01',
    teaser: 'Kurz',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Inhalt' }] }],
    organisation: { connect: [{ documentId: feuerwehrOrg }] },
  });
  const text = await res.text();
  expect([200, 201], text).toContain(res.status);
  return (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
}

async function sql<R extends object>(query: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<R>(query, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  strapi = await startStrapi('postgres');
  databaseUrl = strapi.env.DATABASE_URL ?? '';
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  tokens.set('pressestelle', await adminLogin(strapi.url, logins.pressestelle.email, logins.pressestelle.password));
  adminToken = await strapi.adminToken();
  const orgs = await fetch(`${strapi.url}/api/organisations?filters[slug][$eq]=freiwillige-feuerwehr-aschersleben`);
  const [org] = ((await orgs.json()) as { data: { documentId: string }[] }).data;
  if (!org) throw new Error('Organisation Feuerwehr fehlt im Seed');
  feuerwehrOrg = org.documentId;
});

afterAll(async () => {
  await strapi?.stop();
});

describe('publication record on PostgreSQL', () => {
  it('concurrent single publishes and a bulk publish keep one unbroken chain', async () => {
    const singles = await Promise.all([1, 2, 3, 4, 5, 6].map(draft));
    const bulk = await Promise.all([7, 8, 9].map(draft));
    const answers = await Promise.all([
      ...singles.map((id) => as('pressestelle', 'POST', cm(NEWS, `/${id}/actions/publish`), {})),
      as('pressestelle', 'POST', cm(NEWS, '/actions/bulkPublish'), { documentIds: bulk }),
    ]);
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    const all = await record();
    for (const id of [...singles, ...bulk]) expect(all.filter((e) => e.documentId === id).map((e) => e.action)).toEqual(['publish']);
    for (const [i, e] of all.entries()) {
      expect(e.seq).toBe(i + 1);
      if (i > 0) expect(e.prevHash).toBe(all[i - 1]?.hash);
    }
    const { code, out } = await verifyRecord({ DATABASE_CLIENT: 'postgres', DATABASE_URL: databaseUrl });
    expect(code, out).toBe(0);
    expect(out).toContain(`${all.length} Einträge, Kette unversehrt`);
  });

  it('triggers refuse UPDATE, DELETE and TRUNCATE; an edit behind their back is named by record:verify', async () => {
    const [first] = await record();
    if (!first) throw new Error('Protokoll leer');
    await expect(sql(`UPDATE ${RECORD_TABLE} SET actor = 'x' WHERE seq = $1`, [first.seq])).rejects.toThrow(/nur angehängt/);
    await expect(sql(`DELETE FROM ${RECORD_TABLE} WHERE seq = $1`, [first.seq])).rejects.toThrow(/nur angehängt/);
    await expect(sql(`TRUNCATE ${RECORD_TABLE}`)).rejects.toThrow(/nur angehängt/);
    // The database owner can switch them off: then only the chain tells.
    await sql(`ALTER TABLE ${RECORD_TABLE} DISABLE TRIGGER USER`);
    await sql(`UPDATE ${RECORD_TABLE} SET label = 'Harmlos' WHERE seq = $1`, [first.seq]);
    const { code, out } = await verifyRecord({ DATABASE_CLIENT: 'postgres', DATABASE_URL: databaseUrl });
    expect(code, out).toBe(1);
    expect(out).toContain(`Eintrag ${first.seq}: Prüfsumme passt nicht zum Inhalt`);
  });
});

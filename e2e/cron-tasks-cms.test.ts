// The cron tasks of issue 20 (cms/config/cron-tasks.ts) fired by Strapi's own cron, not called by
// the test: one real Strapi (SQLite, seeded, one boot for the file) with a stand-in SMTP server,
// the reminder set to fire every 2 s in the first 10 s of each minute (REVIEW_DIGEST_CRON) and the
// history's retention every 2 s (HISTORY_RETENTION_CRON). The reminder of one minute — six
// firings — reaches each owner with overdue items exactly once and lists exactly that owner's
// items; a version whose retention ran out disappears by itself, the newest stays. (What the
// reminder and the retention do, called directly: e2e/review-dates-cms.test.ts,
// e2e/history-cms.test.ts, shared/test/history.test.ts.)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, berlinDay } from '@stadtportal/shared/rules';
import { adminLogin, adminRequests, cm, type Account } from './helpers/admin-api.ts';
import { reminderItems, smtpEnv, startSmtpStandIn, type ReceivedMail, type SmtpStandIn } from './helpers/smtp.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const STAMP = Date.now().toString(36);
const PAGE = 'api::page.page';
const ORG = { stadt: 'stadt-aschersleben', feuerwehr: 'freiwillige-feuerwehr-aschersleben' } as const;
/** The reminder's firings: seconds 0, 2, … 10 of every minute (six fields, seconds first). */
const DIGEST_RULE = '0-10/2 * * * * *';
const LAST_FIRING_S = 10;
const HISTORY_TABLE = 'stadtportal_published_versions';

let strapi: StrapiInstance;
let smtp: SmtpStandIn;
const tokens = new Map<Account, string>();
const emails = new Map<Account, string>();
const orgIds = new Map<string, string>();
const as = adminRequests(() => strapi.url, tokens);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ok<T>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

/** Created and published by `who` through the dashboard's routes. */
async function publishedPage(who: Account, title: string, organisation: string, text: string): Promise<string> {
  const created = await ok<{ data: { documentId: string } }>(
    await as(who, 'POST', cm(PAGE, '?locale=de'), {
      title,
      slug: `cron-${STAMP}-${who}`,
      summary: 'Kurzbeschreibung der Testseite.',
      seoDescription: 'Beschreibung der Testseite für Suchmaschinen.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
      organisation: { connect: [{ documentId: orgIds.get(organisation) ?? '' }] },
    }),
    201,
  );
  const id = created.data.documentId;
  await ok(await as(who, 'POST', cm(PAGE, `/${id}/actions/publish?locale=de`), {}));
  return id;
}

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  strapi = await startStrapi('sqlite', {
    ...smtpEnv(smtp, 'redaktion@aschersleben.example'),
    REVIEW_DIGEST_CRON: DIGEST_RULE,
    HISTORY_RETENTION_CRON: '*/2 * * * * *',
  });
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  for (const who of ['stadt-autorin', 'feuerwehr', 'pressestelle'] as const) {
    tokens.set(who, await adminLogin(strapi.url, logins[who].email, logins[who].password));
    emails.set(who, logins[who].email);
  }
  for (const slug of Object.values(ORG)) {
    const [row] = (await ok<{ data: { documentId: string }[] }>(await fetch(`${strapi.url}/api/organisations?filters[slug][$eq]=${slug}`))).data;
    if (!row) throw new Error(`Organisation ${slug} fehlt`);
    orgIds.set(slug, row.documentId);
  }
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('the reminder, fired by Strapi’s cron', () => {
  it('one minute’s run (six firings) mails each owner with overdue items exactly once, listing exactly their items', async () => {
    // A second owner with an overdue item beside the seeded one (the page „Wohnen“, the Stadt's author):
    // the Feuerwehr's page, its date set back by the press office.
    const title = `Cron-Test Feuerwehr ${STAMP}`;
    const id = await publishedPage('feuerwehr', title, ORG.feuerwehr, 'Text der Testseite.');
    await ok(await as('pressestelle', 'PUT', cm(PAGE, `/${id}?locale=de`), { pruefenBis: addDays(berlinDay(), -10) }));

    // The next whole minute is the first run that surely sees both. What arrives from a moment
    // before it (the minute before ran at its seconds 0–10, long done) until past its last firing is that run.
    const runStart = Math.floor(Date.now() / 60_000 + 1) * 60_000;
    await sleep(Math.max(0, runStart - 1_500 - Date.now()));
    const before = smtp.mails.length;
    await smtp.waitFor((m) => smtp.mails.indexOf(m) >= before && m.to.includes(emails.get('feuerwehr') ?? ''), 30_000);
    await sleep(Math.max(0, runStart + (LAST_FIRING_S + 3) * 1000 - Date.now()));
    const run = smtp.mails.slice(before);

    const owners = [emails.get('feuerwehr'), emails.get('stadt-autorin')].sort();
    expect(run.map((m) => m.to.join(',')).sort()).toEqual(owners);
    const mailTo = (who: Account) => run.find((m) => m.to.includes(emails.get(who) ?? '')) as ReceivedMail;
    expect(reminderItems(mailTo('feuerwehr'))).toEqual([title]);
    expect(reminderItems(mailTo('stadt-autorin'))).toEqual(['Wohnen']);
    expect(mailTo('stadt-autorin').text).toContain('überfällig seit');
  }, 120_000);
});

describe('the history’s retention, fired by Strapi’s cron', () => {
  interface Version {
    id: number;
    publishedAt: string;
  }
  const versions = async (id: string) =>
    (await ok<{ data: Version[] }>(await as('stadt-autorin', 'GET', `/stadtportal/history/versions?uid=${PAGE}&documentId=${id}&locale=de`))).data;

  it('an expired older version disappears by itself; the newest stays, however old', async () => {
    const id = await publishedPage('stadt-autorin', `Cron-Test Stadt ${STAMP}`, ORG.stadt, 'Erste Fassung.');
    await ok(
      await as('stadt-autorin', 'PUT', cm(PAGE, `/${id}?locale=de`), { body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Zweite Fassung.' }] }] }),
    );
    await ok(await as('stadt-autorin', 'POST', cm(PAGE, `/${id}/actions/publish?locale=de`), {}));
    const [newest, older] = (await versions(id)) as [Version, Version];
    expect(older).toBeDefined();

    // Several firings later both are still there: nothing has expired yet.
    await sleep(5_000);
    expect((await versions(id)).map((v) => v.id)).toEqual([newest.id, older.id]);

    // Both published in 2000 (SQLite keeps the time as milliseconds): past any retention; the newest is kept anyway.
    const db = new DatabaseSync(join(strapi.dir, 'data.db'));
    try {
      db.exec('PRAGMA busy_timeout = 10000');
      const set = db.prepare(`UPDATE ${HISTORY_TABLE} SET version_published_at = ? WHERE id = ?`);
      expect(set.run(Date.UTC(2000, 0, 1), older.id).changes).toBe(1);
      expect(set.run(Date.UTC(2000, 0, 2), newest.id).changes).toBe(1);
    } finally {
      db.close();
    }
    const deadline = Date.now() + 20_000;
    let left = await versions(id);
    while (left.length > 1 && Date.now() < deadline) {
      await sleep(500);
      left = await versions(id);
    }
    expect(left.map((v) => v.id)).toEqual([newest.id]);
    expect(left[0]?.publishedAt).toBe(new Date(Date.UTC(2000, 0, 2)).toISOString());
  });
});

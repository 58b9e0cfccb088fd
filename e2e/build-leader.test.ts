import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildLeader } from '@stadtportal/publish/leader';
import { createRunnerServer } from '@stadtportal/publish/runner';
import { freePort } from '@stadtportal/publish/free-port';
import { createPostgresDatabase } from './helpers/strapi.ts';

/*
 * One build leader among several runners (scripts/publish/leader.ts) on a real PostgreSQL:
 * webhooks at either runner become one shared request; only the lock holder builds; when its
 * session dies in the middle of a build (pg_terminate_backend: what PostgreSQL does when the
 * leader's machine or process goes), the old leader is told to stop and the standby builds the
 * request that was never finished; the old one can no longer switch anything (fencing). The runners here are stand-ins
 * that "build" until the test lets them finish; e2e/topology.test.ts kills real ones.
 */

interface FakeRunner {
  name: string;
  builds: number;
  active: boolean;
  finish: () => void;
  trigger(): Promise<void>;
  whenIdle(): Promise<void>;
}

let concurrent = 0;
let maxConcurrent = 0;

function fakeRunner(name: string): FakeRunner {
  let done: Promise<void> = Promise.resolve();
  const r: FakeRunner = {
    name,
    builds: 0,
    active: false,
    finish: () => undefined,
    async trigger() {
      r.builds++;
      r.active = true;
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      done = new Promise<void>((resolve) => {
        r.finish = () => {
          if (!r.active) return;
          r.active = false;
          concurrent--;
          resolve();
        };
      });
    },
    whenIdle: () => done,
  };
  return r;
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Build-Leitung über eine PostgreSQL-Sperre', () => {
  let db: { url: string; drop: () => Promise<void> };
  const lost: string[] = [];
  const runners = [fakeRunner('runner-1'), fakeRunner('runner-2')];
  const leaders: BuildLeader[] = [];

  beforeAll(async () => {
    db = await createPostgresDatabase();
    for (const runner of runners) {
      const leader = new BuildLeader({
        databaseUrl: db.url,
        name: runner.name,
        runner,
        pollMs: 200,
        log: () => undefined,
        onLost: () => lost.push(runner.name),
      });
      leaders.push(leader);
      await leader.start();
      // The first one started leads: the order is the test's, not chance.
      if (leaders.length === 1) await until('runner-1 leitet', () => leader.leading);
    }
  });

  afterAll(async () => {
    for (const r of runners) r.finish();
    await Promise.all(leaders.map((l) => l.stop()));
    await db?.drop();
  });

  it('genau ein Runner leitet; ein Webhook am Bereitschafts-Runner baut beim leitenden', async () => {
    const [l1, l2] = leaders;
    expect(l1?.leading).toBe(true);
    expect(l2?.leading).toBe(false);
    await l2!.requestBuild();
    await until('runner-1 baut', () => runners[0]!.active);
    expect(runners[1]!.builds).toBe(0);
    // More webhooks during the build: one more build afterwards, not one each.
    await l2!.requestBuild();
    await l1!.requestBuild();
    runners[0]!.finish();
    await until('zweiter Build', () => runners[0]!.builds === 2);
    runners[0]!.finish();
    await until('alles gebaut', async () => {
      const row = await l1!.row();
      return row.done === row.requested;
    });
    expect(runners[0]!.builds).toBe(2);
    expect((await l2!.row()).leader).toBe('runner-1');
    expect(maxConcurrent).toBe(1);
  });

  it('übernimmt den offenen Build, wenn der Leiter mitten im Build stirbt', async () => {
    const [l1, l2] = leaders;
    await l1!.requestBuild();
    await until('runner-1 baut', () => runners[0]!.active);
    const before = await l1!.row();
    expect(before.requested).toBeGreaterThan(before.done);
    // The leader's sessions end as when its process or machine dies.
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name like '%runner-1'");
    await admin.end();
    await until('runner-1 erfährt den Verlust', () => lost.includes('runner-1'));
    expect(l1!.leading).toBe(false);
    await expect(l1!.assertLeading()).rejects.toThrow(/leitet nicht/);
    // The fenced old leader stops its build (the real runner aborts and the process exits).
    runners[0]!.finish();
    await until('runner-2 leitet und baut', () => l2!.leading && runners[1]!.active);
    runners[1]!.finish();
    await until('Anforderung erledigt', async () => {
      const row = await l2!.row();
      return row.done >= before.requested;
    });
    expect((await l2!.row()).leader).toBe('runner-2');
    // For the moment between the session's end and the old leader noticing, its steps may
    // still run (a partitioned network); what it can no longer do is switch a host.
  });
});

describe('Webhook, wenn die Build-Leitung nicht erreichbar ist', () => {
  it('antwortet 503 statt 202: Strapi verzeichnet den Webhook als fehlgeschlagen', async () => {
    const base = await mkdtemp(join(tmpdir(), 'stadtportal-leader-webhook-'));
    const secret = 'ein-geheimnis-mit-mindestens-16-zeichen';
    const server = createRunnerServer({
      runner: { trigger: () => Promise.reject(new Error('Verbindung zur Datenbank verweigert')) },
      base,
      secret,
      log: () => undefined,
    });
    const port = await freePort();
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    try {
      const res = await fetch(`http://127.0.0.1:${port}/webhook`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: '{"event":"entry.publish"}',
      });
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: string }).error).toBe('Build nicht eingeplant: Verbindung zur Datenbank verweigert');
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
      await rm(base, { recursive: true, force: true });
    }
  });
});

// The build runner's incremental path (docs/adr/0015): with a live release, a build copies the
// pages whose key is unchanged from the build cache, and the gates after it (links, CSP, HTML
// validity, accessibility) check the pages that differ from the live release. This proves, with
// the real steps on the fixture snapshot (no CMS: the snapshot is copied in place of the pull):
//   - an edited page is the only page checked, and the site goes live with it;
//   - a broken link on the edited page still fails the build, the live release stays;
//   - a removed page that an unchanged page links to fails the build (every page's links checked).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Snapshot } from '@stadtportal/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveRelease, readStatus } from '@stadtportal/publish/releases';
import { BuildRunner, type Step } from '@stadtportal/publish/runner';
import { realSteps } from '@stadtportal/publish/steps';
import { keyedFileCount } from '../site/test/helpers/keyed.ts';
import { FIXTURE } from './helpers/browser.ts';

/** A leaf page of the fixture (no children, linked from nowhere but its parent) and its address. */
const EDITED = { id: 'p-westdorf', path: '/rathaus-und-buergerservice/ortschaften/westdorf/' };
/** A page the fixture's history page links to in its text. */
const LINKED = { id: 'p-sehenswuerdigkeiten', path: '/kultur-und-tourismus/sehenswuerdigkeiten/' };
const BUILD_TIME = '2026-11-25T12:00:00+01:00';

const paragraph = (children: unknown[]) => ({ type: 'paragraph', children });

describe('Build-Runner, inkrementell: nur geänderte Seiten bauen und prüfen', () => {
  let tmp: string;
  let base: string;
  let snapshot: Snapshot;
  /** The snapshot the next build copies in place of the pull. */
  let current: string;
  let lines: string[];
  const savedBuildTime = process.env.BUILD_TIME;

  const copySnapshot: Step = { name: 'Snapshot (kopiert)', run: ({ release }) => cp(current, release.content, { recursive: true }) };
  const withoutCms = (steps: Step[]) => steps.filter((s) => s.name !== 'CMS erreichbar' && s.name !== 'Snapshot');

  async function publish(edit: (s: Snapshot) => void, steps: Step[]): Promise<void> {
    const next = structuredClone(snapshot);
    edit(next);
    current = await mkdtemp(join(tmp, 'snap-'));
    await cp(FIXTURE, current, { recursive: true });
    await writeFile(join(current, 'snapshot.json'), JSON.stringify(next));
    lines = [];
    const runner = new BuildRunner({ base, steps: [copySnapshot, ...steps], debounceMs: 0, log: (l) => lines.push(l) });
    await runner.trigger();
    await runner.whenIdle();
    await runner.stop();
  }
  const page = (s: Snapshot, id: string) => {
    const p = s.pages.find((x) => x.documentId === id);
    if (!p) throw new Error(`${id} fehlt im Fixture`);
    return p;
  };
  const served = (path: string) => readFile(join(base, 'current', 'site', path, 'index.html'), 'utf8');

  beforeAll(async () => {
    // One build time for every build: the Eilmeldungen baked into the pages stay the same.
    process.env.BUILD_TIME = BUILD_TIME;
    tmp = await mkdtemp(join(tmpdir(), 'stadtportal-inkrementell-'));
    base = join(tmp, 'publish');
    snapshot = JSON.parse(await readFile(join(FIXTURE, 'snapshot.json'), 'utf8')) as Snapshot;
    expect(JSON.stringify(page(snapshot, 'p-geschichte').body)).toContain(LINKED.path);
    // The first release: no live release to compare with, so every gate checks every page
    // (without the accessibility gate here: ≈ 1 s per page, the gate's own tests cover it).
    await publish(() => {}, withoutCms(realSteps({ skipA11y: true })));
    expect(lines.join('\n')).toMatch(/Prüfumfang: alle \d+ Seiten \(kein Live-Release zum Vergleich\)/);
    expect((await readStatus(base)).lastFailure).toBeNull();
  }, 600_000);

  afterAll(async () => {
    if (savedBuildTime === undefined) delete process.env.BUILD_TIME;
    else process.env.BUILD_TIME = savedBuildTime;
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('rendert und prüft nach einer Textänderung nur die geänderte Seite – auch die Barrierefreiheit – und schaltet sie live', async () => {
    const before = await liveRelease(base);
    await publish(
      (s) => (page(s, EDITED.id).body as unknown[]).push(paragraph([{ type: 'text', text: 'Die Sprechstunde des Ortsbürgermeisters entfällt im Dezember.' }])),
      withoutCms(realSteps()),
    );
    const log = lines.join('\n');
    expect((await readStatus(base)).lastFailure, log).toBeNull();
    expect(await liveRelease(base)).not.toBe(before);
    expect(await served(EDITED.path)).toContain('Die Sprechstunde des Ortsbürgermeisters entfällt im Dezember.');
    // Astro copied every keyed page but the edited one (site/src/lib/build-cache.ts).
    const restored = lines.filter((l) => /\((?:restored|cached)\)\s*$/.test(l));
    const keyed = await keyedFileCount(snapshot, join(base, 'current', 'site'));
    expect(restored).toHaveLength(keyed - 1);
    expect(restored.some((l) => l.includes(`${EDITED.path}index.html`))).toBe(false);
    expect(log).toMatch(/Prüfumfang: 1 von \d+ Seiten neu oder geändert, 0 entfernt/);
    expect(log).toMatch(/Barrierefreiheits-Prüfung \(WCAG 2 AA, axe \+ htmlcs\): 1 Seiten \(geänderte von \d+\) in [\d.]+ s, 0 Fehler\./);
  }, 600_000);

  it('scheitert an einem toten Link auf der geänderten Seite; das Live-Release bleibt', async () => {
    const before = await liveRelease(base);
    await publish(
      (s) => (page(s, EDITED.id).body as unknown[]).push(paragraph([{ type: 'link', url: '/gibt-es-nicht/', children: [{ type: 'text', text: 'Mehr' }] }])),
      withoutCms(realSteps({ skipA11y: true })),
    );
    const failure = (await readStatus(base)).lastFailure;
    expect(failure?.step).toBe('Links');
    expect(failure?.reason).toContain(`${EDITED.path} → /gibt-es-nicht/`);
    expect(await liveRelease(base)).toBe(before);
  }, 600_000);

  it('prüft die Links aller Seiten, wenn eine Seite entfernt wurde, auf die eine unveränderte Seite verweist', async () => {
    const before = await liveRelease(base);
    await publish(
      (s) => {
        s.pages = s.pages.filter((p) => p.documentId !== LINKED.id);
      },
      withoutCms(realSteps({ skipA11y: true })),
    );
    const failure = (await readStatus(base)).lastFailure;
    expect(failure?.step, lines.join('\n')).toBe('Links');
    expect(failure?.reason).toContain(`/leben-in-aschersleben/geschichte/ → ${LINKED.path}`);
    expect(await liveRelease(base)).toBe(before);
  }, 600_000);
});

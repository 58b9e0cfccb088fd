import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteChanges, urlPathOfRel } from '@stadtportal/publish/changes';

// What the gates after a build check (scripts/publish/changes.ts): pages that differ from the live release.
describe('siteChanges', () => {
  const temp: string[] = [];
  afterAll(async () => {
    for (const d of temp) await rm(d, { recursive: true, force: true });
  });
  async function site(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'stadtportal-changes-'));
    temp.push(dir);
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, rel)), { recursive: true });
      await writeFile(join(dir, rel), text);
    }
    return dir;
  }

  it('names new and changed pages (same size, other bytes too) and removed ones; unchanged pages and other files are not pages to check', async () => {
    const live = await site({
      'index.html': '<p>Start</p>',
      'a/index.html': '<p>AAAA</p>',
      'b/index.html': '<p>gleich</p>',
      'weg/index.html': '<p>weg</p>',
      '_astro/x.css': 'a{}',
    });
    const next = await site({
      'index.html': '<p>Start</p>',
      'a/index.html': '<p>BBBB</p>',
      'b/index.html': '<p>gleich</p>',
      'neu/index.html': '<p>neu</p>',
      '_astro/y.css': 'b{}',
    });
    expect(await siteChanges(next, live)).toEqual({
      all: false,
      reason: null,
      changed: ['a/index.html', 'neu/index.html'],
      removed: ['weg/index.html'],
      total: 4,
    });
  });

  it('checks everything without a live release, when it is missing on disk, and with FULL_GATES', async () => {
    const next = await site({ 'index.html': 'x', 'a/index.html': 'y' });
    for (const [live, full] of [
      [null, false],
      [join(next, 'gibt-es-nicht'), false],
      [next, true],
    ] as const) {
      const c = await siteChanges(next, live, { full });
      expect(c.all).toBe(true);
      expect(c.changed).toEqual(['a/index.html', 'index.html']);
      expect(c.reason).toBeTruthy();
    }
    // The same site against itself: nothing to check.
    expect((await siteChanges(next, next)).changed).toEqual([]);
  });

  it('turns files into the paths the gate and the link check use', () => {
    expect(['index.html', 'a/b/index.html', '404.html'].map(urlPathOfRel)).toEqual(['/', '/a/b/', '/404.html']);
  });
});

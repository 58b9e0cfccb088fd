import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotForBuild } from '../lib/build-snapshot.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'stadtportal-build-snapshot-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function snapshotIn(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'snapshot.json'), '{}');
}

/** A publish folder as the runner leaves it: releases/<id>/content and `current` → releases/<id>. */
async function liveRelease(publish: string, id: string): Promise<void> {
  await snapshotIn(join(publish, 'releases', id, 'content'));
  await symlink(join('releases', id), join(publish, 'current'));
}

describe('snapshotForBuild: which snapshot pnpm build uses', () => {
  it('after npm start (content/ empty): the live release’s snapshot, named by its release id', async () => {
    await liveRelease(join(root, 'var', 'publish'), '20261207-101500-ab12');
    const found = snapshotForBuild({}, root);
    expect(found).toEqual({
      dir: join(root, 'var', 'publish', 'releases', '20261207-101500-ab12', 'content'),
      reason: expect.stringContaining('Live-Release 20261207-101500-ab12'),
    });
  });

  it('content/ wins over the live release; SNAPSHOT_DIR wins over both', async () => {
    await liveRelease(join(root, 'var', 'publish'), 'r1');
    await snapshotIn(join(root, 'content'));
    expect(snapshotForBuild({}, root)).toMatchObject({ dir: join(root, 'content') });
    await snapshotIn(join(root, 'elsewhere'));
    expect(snapshotForBuild({ SNAPSHOT_DIR: join(root, 'elsewhere') }, root)).toMatchObject({ dir: join(root, 'elsewhere') });
  });

  it('follows PUBLISH_DIR', async () => {
    await liveRelease(join(root, 'pub'), 'r2');
    expect(snapshotForBuild({ PUBLISH_DIR: join(root, 'pub') }, root)).toMatchObject({ dir: join(root, 'pub', 'releases', 'r2', 'content') });
    expect(snapshotForBuild({}, root)).toHaveProperty('missing');
  });

  it('nothing anywhere, or an empty SNAPSHOT_DIR: a German line naming where it looked', () => {
    const none = snapshotForBuild({}, root);
    expect(none).toEqual({
      missing: expect.stringMatching(/^Kein Inhalts-Snapshot unter .*content\/snapshot\.json und kein Live-Release unter .*var\/publish\/current/),
    });
    const empty = snapshotForBuild({ SNAPSHOT_DIR: join(root, 'leer') }, root);
    expect(empty).toEqual({ missing: `Kein Inhalts-Snapshot unter ${join(root, 'leer', 'snapshot.json')} (SNAPSHOT_DIR).` });
  });
});

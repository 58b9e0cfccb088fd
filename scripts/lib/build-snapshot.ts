import { existsSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/*
 * Which snapshot `pnpm build` builds from. SNAPSHOT_DIR if set; else the project's content/
 * (what `pnpm snapshot` writes); else the live release's snapshot. The last case is the usual
 * one after `npm start`: the platform's runner pulls into each release, so content/ stays empty,
 * and "no snapshot" would be wrong while the site is being served from one.
 */

export interface BuildSnapshot {
  dir: string;
  /** How it was chosen, for the one line the build prints. */
  reason: string;
}

export function snapshotForBuild(env: NodeJS.ProcessEnv, root: string): BuildSnapshot | { missing: string } {
  if (env.SNAPSHOT_DIR) {
    const dir = resolve(env.SNAPSHOT_DIR);
    if (existsSync(join(dir, 'snapshot.json'))) return { dir, reason: `SNAPSHOT_DIR (${dir})` };
    return { missing: `Kein Inhalts-Snapshot unter ${join(dir, 'snapshot.json')} (SNAPSHOT_DIR).` };
  }
  const content = join(root, 'content');
  if (existsSync(join(content, 'snapshot.json'))) return { dir: content, reason: `content/ (${content})` };
  const current = join(env.PUBLISH_DIR ? resolve(env.PUBLISH_DIR) : join(root, 'var', 'publish'), 'current');
  if (existsSync(join(current, 'content', 'snapshot.json'))) {
    // The release's own folder, not the `current` link: a switch during the build must not
    // change the snapshot under it.
    const release = realpathSync(current);
    return { dir: join(release, 'content'), reason: `dem Live-Release ${basename(release)} (${join(release, 'content')}), content/ ist leer` };
  }
  return {
    missing:
      `Kein Inhalts-Snapshot unter ${join(content, 'snapshot.json')} und kein Live-Release unter ${current} – ` +
      'zuerst „pnpm snapshot“ bei laufendem CMS ausführen (oder SNAPSHOT_DIR setzen).',
  };
}

// `node scripts/lib/build-snapshot.ts <root>`: the folder on stdout, the reason on stderr.
if (import.meta.main) {
  const found = snapshotForBuild(process.env, resolve(process.argv[2] ?? '.'));
  if ('missing' in found) {
    console.error(found.missing);
    process.exit(1);
  }
  console.error(`Baue aus dem Snapshot von ${found.reason}.`);
  process.stdout.write(found.dir);
}

import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  InvalidContentError,
  MEDIA_DIR,
  SNAPSHOT_FILE,
  SnapshotMissingError,
  readSnapshot,
  snapshotDir,
  type ContentIssue,
  type NewsArticle,
  type Page,
  type Snapshot,
} from '@stadtportal/shared';
import { createCmsClient, type StrapiQuery } from '@stadtportal/shared/client';
import { createNormalizeRun, normalizeNewsArticle, normalizePage } from '@stadtportal/shared/normalize';
import { CONTENT_REGISTRY } from '@stadtportal/shared/registry';
import { replaceContent, SiteContent } from '../../src/lib/content.ts';
import type { PreviewRequest } from '@stadtportal/shared/preview';

/*
 * What the preview server renders: one entry fetched from Strapi in the requested status,
 * normalised by the same code as the snapshot pull (same populate, same zod contract), placed
 * into the snapshot of the release that is live now. So the preview shows the entry exactly
 * as the next build would, within the current navigation, organisations and parent pages.
 */

export interface PreviewEnv {
  secret: string;
  cmsUrl: string;
  /** Read token for drafts (Strapi → Einstellungen → API-Token, „Nur lesen“). */
  token: string | undefined;
  /** The dashboard's origin: the only page allowed to frame the preview. */
  adminOrigin: string;
}

/** Read per request, not at import: the server process is started with its environment. */
export function previewEnv(env: NodeJS.ProcessEnv = process.env): PreviewEnv {
  const secret = env['PREVIEW_SECRET'] ?? '';
  // Refuse to run with a guessable secret: the HMAC is the preview's only lock.
  if (secret.length < 32) throw new Error('PREVIEW_SECRET fehlt oder ist kürzer als 32 Zeichen');
  const cmsUrl = env['CMS_URL'] || 'http://127.0.0.1:1337';
  return {
    secret,
    cmsUrl,
    token: env['PREVIEW_CMS_TOKEN'] || env['CMS_API_TOKEN'] || undefined,
    adminOrigin: new URL(env['PREVIEW_ADMIN_ORIGIN'] || cmsUrl).origin,
  };
}

interface Live {
  key: string;
  snapshot: Snapshot;
  mediaDir: string;
}
let live: Live | undefined;

/**
 * The live snapshot, re-read when it changed: SNAPSHOT_DIR may be a path through the `current`
 * symlink of the releases, so the resolved folder and the file's mtime identify the version.
 */
export async function liveSnapshot(): Promise<Live> {
  const configured = snapshotDir();
  let dir: string;
  let mtimeMs: number;
  try {
    dir = await realpath(configured);
    ({ mtimeMs } = await stat(join(dir, SNAPSHOT_FILE)));
  } catch (err) {
    // No release live yet (the `current` symlink does not exist before the first build).
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new SnapshotMissingError(join(configured, SNAPSHOT_FILE));
    throw err;
  }
  const key = `${dir}\n${mtimeMs}`;
  if (live?.key !== key) {
    const snapshot = await readSnapshot(dir);
    // The layout (Base.astro) reads loadContent(): give it this snapshot too.
    replaceContent(snapshot);
    live = { key, snapshot, mediaDir: join(dir, MEDIA_DIR) };
  }
  return live;
}

/** Files of previewed drafts that the snapshot does not have yet (new images): name → CMS URL. */
const draftMedia = new Map<string, string>();
/** Bounded: the server runs for weeks; the oldest entries go first. */
const DRAFT_MEDIA_MAX = 2000;

export function draftMediaSource(file: string): string | undefined {
  return draftMedia.get(file);
}

function rememberMedia(media: ReadonlyMap<string, string>): void {
  for (const [file, url] of media) {
    draftMedia.delete(file);
    draftMedia.set(file, url);
  }
  for (const oldest of draftMedia.keys()) {
    if (draftMedia.size <= DRAFT_MEDIA_MAX) break;
    draftMedia.delete(oldest);
  }
}

export type Rendered =
  | { kind: 'page'; content: SiteContent; page: Page }
  | { kind: 'news'; content: SiteContent; article: NewsArticle }
  | { kind: 'missing' }
  | { kind: 'invalid'; issues: readonly ContentIssue[] };

const API = {
  seite: { plural: CONTENT_REGISTRY.pages.cms.api, query: CONTENT_REGISTRY.pages.query, cmsType: CONTENT_REGISTRY.pages.type },
  meldung: { plural: CONTENT_REGISTRY.news.cms.api, query: CONTENT_REGISTRY.news.query, cmsType: CONTENT_REGISTRY.news.type },
} as const;

export async function loadPreview(env: PreviewEnv, req: PreviewRequest): Promise<Rendered> {
  const { snapshot } = await liveSnapshot();
  const api = API[req.type];
  const client = createCmsClient({ baseUrl: env.cmsUrl, token: env.token });
  const query: StrapiQuery = { ...api.query, status: req.status, filters: { documentId: { $eq: req.documentId } } };
  const [raw] = await client.findAll(api.plural, query);
  if (raw === undefined) return { kind: 'missing' };

  const run = createNormalizeRun(env.cmsUrl);
  const issue = (field: string, message: string): Rendered => ({
    kind: 'invalid',
    issues: [{ type: api.cmsType, documentId: req.documentId, field, message }],
  });
  const orgKnown = (id: string) => snapshot.organisations.some((o) => o.documentId === id);

  try {
    if (req.type === 'seite') {
      const page = normalizePage(run, raw);
      if (page === undefined) return { kind: 'invalid', issues: run.issues };
      if (!orgKnown(page.organisation)) return issue('organisation', 'Die Organisation ist noch nicht veröffentlicht.');
      if (page.parent !== null && !snapshot.pages.some((p) => p.documentId === page.parent)) {
        return issue('parent', 'Die übergeordnete Seite ist noch nicht veröffentlicht.');
      }
      const pages = [...snapshot.pages.filter((p) => p.documentId !== page.documentId), page];
      const content = new SiteContent({ ...snapshot, pages });
      rememberMedia(run.media);
      return { kind: 'page', content, page };
    }
    const article = normalizeNewsArticle(run, raw);
    if (article === undefined) return { kind: 'invalid', issues: run.issues };
    if (!orgKnown(article.organisation)) return issue('organisation', 'Die Organisation ist noch nicht veröffentlicht.');
    const news = [...snapshot.news.filter((n) => n.documentId !== article.documentId), article];
    const content = new SiteContent({ ...snapshot, news });
    rememberMedia(run.media);
    return { kind: 'news', content, article };
  } catch (err) {
    // A slug that collides with a published page, a reserved top-level slug …: the build
    // would refuse it too, so the editor sees the build's reason instead of a page.
    if (err instanceof InvalidContentError) return { kind: 'invalid', issues: err.issues };
    throw err;
  }
}

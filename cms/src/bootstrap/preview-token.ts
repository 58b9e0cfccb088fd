import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/*
 * The read-only API token of the draft preview server (docs/adr/0014-draft-preview.md): with
 * PREVIEW_TOKEN_FILE set (`pnpm start` sets it), exactly one content-API token with this name
 * exists, and on every start it gets a fresh key written to that file (owner-only), which the
 * start script hands to the preview server. Strapi stores only a hash of a key, so regenerating
 * is the one way to know it; nothing else uses this token. Operators who manage their own
 * token leave PREVIEW_TOKEN_FILE unset and set PREVIEW_CMS_TOKEN for the preview server.
 */

export const PREVIEW_TOKEN_NAME = 'Stadtportal: Entwurfsvorschau (automatisch verwaltet)';

/** @strapi/admin 5.54 service 'api-token-content-api' (createTokenService('content-api')): the parts we call. */
interface ApiTokenService {
  getByName(name: string): Promise<{ id: number | string } | null>;
  create(attributes: { name: string; description: string; type: 'read-only'; lifespan: null }): Promise<{ accessKey: string }>;
  regenerate(id: number | string): Promise<{ accessKey: string }>;
}

export async function ensurePreviewToken(strapi: Core.Strapi, file: string | undefined): Promise<void> {
  if (!file) return;
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ApiTokenService;
  const existing = await tokens.getByName(PREVIEW_TOKEN_NAME);
  const { accessKey } = existing
    ? await tokens.regenerate(existing.id)
    : await tokens.create({
        name: PREVIEW_TOKEN_NAME,
        description: 'Liest Entwürfe für die Entwurfsvorschau (Vorschau-Server). Wird bei jedem Start erneuert.',
        type: 'read-only',
        lifespan: null,
      });
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  // Written aside and renamed: the start script never reads a half-written key.
  const tmp = `${target}.${process.pid}.tmp`;
  await writeFile(tmp, accessKey, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, target);
  strapi.log.info(`Vorschau: API-Token „${PREVIEW_TOKEN_NAME}“ erneuert (${target}).`);
}

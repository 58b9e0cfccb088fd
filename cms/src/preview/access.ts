import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { withinOrganisations, type AdminUser } from '../editorial/org-scope';

/*
 * Who gets a preview link (docs/adr/0014-draft-preview.md). Strapi 5.54 hands a signed URL to
 * every logged-in admin who asks (`GET /content-manager/preview/url/:contentType?documentId=…`;
 * its controller carries „TODO: Permissions to preview content“), and the link then opens the
 * draft on the preview server for whoever holds it. So a link is handed out only to a user who
 * may read that document, checked the way reading it is: read permission on the type, the role's
 * conditions on this version (applied as the list view applies them, as a filter), and the
 * organisation rule over all versions (editorial/org-scope.ts). Otherwise 403 with a German
 * message, before config/admin.ts's handler signs anything.
 */

export const PREVIEW_REFUSED = 'Vorschau: Sie dürfen diesen Eintrag nicht ansehen – darum gibt es dafür auch keinen Vorschau-Link.';

interface PermissionChecker {
  cannot: { read(entity?: unknown): boolean };
  sanitizedQuery: { read(query: Record<string, unknown>): Promise<{ filters?: Record<string, unknown> }> };
}

interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): PermissionChecker;
}

/** The parts of Koa's context the check reads. */
export interface PreviewRequest {
  params: { contentType?: unknown };
  query: Record<string, unknown>;
  state: { user?: AdminUser; userAbility?: unknown };
}

interface CountParams {
  filters: Record<string, unknown>;
  locale?: string;
  status: 'draft' | 'published';
}

export async function assertMayPreview(strapi: Core.Strapi, ctx: PreviewRequest): Promise<void> {
  const uid = ctx.params.contentType;
  // Not a content type: Strapi's own validation answers (400).
  if (typeof uid !== 'string' || !(uid in strapi.contentTypes)) return;
  const checker = (strapi.plugin('content-manager').service('permission-checker') as PermissionCheckerService).create({
    userAbility: ctx.state.userAbility,
    model: uid,
  });
  if (checker.cannot.read()) throw new errors.PolicyError(PREVIEW_REFUSED);

  const documentId = ctx.query.documentId;
  // Without documentId: a single type (Strapi takes its one document) — none has an organisation,
  // the read permission above decides; a collection type gets Strapi's 400.
  if (typeof documentId !== 'string' || documentId === '') return;
  const locale = typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : undefined;
  const status = ctx.query.status === 'published' ? 'published' : 'draft';
  const documents = strapi.documents(uid as UID.ContentType) as unknown as { count(params: CountParams): Promise<number> };
  const version = { locale, status } as const;
  // A version that does not exist shows nothing (Strapi answers 204 for a page's English version,
  // the preview server 404 for the rest): only the conditions of an existing one are checked.
  if ((await documents.count({ filters: { documentId }, ...version })) > 0) {
    const { filters } = await checker.sanitizedQuery.read({});
    const readable = await documents.count({ filters: { $and: [filters ?? {}, { documentId }] }, ...version });
    if (readable === 0) throw new errors.PolicyError(PREVIEW_REFUSED);
  }
  if (!(await withinOrganisations(strapi, ctx.state.user, uid, documentId))) throw new errors.PolicyError(PREVIEW_REFUSED);
}

import type { Core } from '@strapi/strapi';

/*
 * `api::site-setting.design-populate`, on GET /api/site-setting (routes/site-setting.ts): the
 * populate tree of the design fields (logo, home page picture, „Häufig gesucht“), added to what
 * the caller asked for. Strapi 5 returns components, their media and their relations only when
 * named at every level; keeping that tree beside the content type means the snapshot pull's
 * query (shared/src/pull.ts) need not change for fields the site settings gained — and a caller
 * that names one of these fields itself keeps its own choice.
 */

const idOnly = { fields: ['documentId'] };
const image = { populate: { media: true } };

export const DESIGN_POPULATE: Readonly<Record<string, unknown>> = {
  logo: image,
  heroImage: image,
  topTasks: { populate: { service: idOnly, onlineService: idOnly, page: idOnly } },
  dgsVideo: { populate: { mp4: true, webm: true, captions: true, poster: true } },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The query with the design fields' populate added; `populate=*` or a list of names is left as it is. */
export function withDesignPopulate(query: Record<string, unknown>): Record<string, unknown> {
  const populate = query.populate;
  if (populate === undefined) return { ...query, populate: { ...DESIGN_POPULATE } };
  if (!isRecord(populate)) return query;
  return { ...query, populate: { ...DESIGN_POPULATE, ...populate } };
}

const designPopulate: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    // Strapi's query middleware makes ctx.query a qs-parsed object; setting it round-trips through qs.
    ctx.query = withDesignPopulate(ctx.query as Record<string, unknown>);
    await next();
  };
};

export default designPopulate;

import type { Core } from '@strapi/strapi';
import { refuseDraftQuery } from '../public-api/drafts';

/**
 * `global::published-only` (config/middlewares.ts): anonymous REST requests get published
 * content only; asking for drafts is a 400 with a German message. Runs before routing and thus
 * before Strapi's authentication — see src/public-api/drafts.ts for why that order still gives
 * no draft to a forged token, and for the second layer after authentication.
 */
const publishedOnly: Core.MiddlewareFactory = (_config, { strapi }) => {
  return async (ctx, next) => {
    refuseDraftQuery(strapi, {
      path: ctx.path,
      query: ctx.query as Record<string, unknown>,
      authorization: ctx.request.header.authorization,
    });
    await next();
  };
};

export default publishedOnly;

/*
 * The names of Strapi's authentication strategies as `ctx.state.auth.strategy.name` carries them
 * (@strapi/admin 5.54: strategies/admin.js, strategies/content-api-token.js). Several rules ask
 * who is acting — an editor in the dashboard or a machine with an API token — and must ask with
 * the same names: a misspelt one silently never matches.
 */

/** A logged-in dashboard user (admin JWT). */
export const ADMIN_STRATEGY = 'admin';
/** A REST request with an API token (Settings → API-Token). */
export const API_TOKEN_STRATEGY = 'content-api-token';

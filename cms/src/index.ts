import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ensureDemoEditor } from './bootstrap/demo-editor';
import { ensureLocales } from './bootstrap/locales';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { restrictPublicRole } from './bootstrap/public-permissions';
import { ensureBuildWebhook } from './bootstrap/webhook';
import { withClusterLock } from './cluster/lock';
import { bootstrapEditorial, ensureEditorialDemoAccounts, registerEditorial } from './editorial';
import { registerRedirects } from './redirects';
import { registerOnlineServiceValidation } from './online-services/validate';
import { registerPublishedOnlyReads } from './public-api/drafts';
import { seed } from './seed';
import { registerBuildStatusRoute } from './build-status';
import { registerFeedback } from './feedback';
import { applyReviewHelpTexts, registerReview } from './review';
import { bootstrapPublicationRecord, registerPublicationRecord, registerPublicationRecordRoutes } from './publication-record';
import { bootstrapHistory, registerHistory, registerHistoryRoutes } from './history';

const enabled = (value: string | undefined): boolean => value?.trim().toLowerCase() !== 'false';

export default {
  // The content model lives in src/api and src/components; here only Document Service middlewares.
  register({ strapi }: { strapi: Core.Strapi }) {
    registerRedirects(strapi);
    registerOnlineServiceValidation(strapi);
    registerEditorial(strapi);
    // REST reads without an API token see published content only (with global::published-only).
    registerPublishedOnlyReads(strapi);
    // The build status (with quarantined entries) for the dashboard widget.
    registerBuildStatusRoute(strapi);
    // Every publish, unpublish and delete, hash-chained, for super admins (src/publication-record).
    registerPublicationRecord(strapi);
    registerPublicationRecordRoutes(strapi);
    // Every published version, for the dashboard's history, diff and restore (src/history).
    registerHistory(strapi);
    registerHistoryRoutes(strapi);
    // Citizens' ratings and barrier reports: the public write route (src/feedback).
    registerFeedback(strapi);
    // Owner and review date of pages, services, offices, places (src/review, after the organisation rule).
    registerReview(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Several instances starting together on one PostgreSQL database would each find it empty
    // and seed it, or each create the webhook: one bootstrap after the other (docs/adr/0018).
    await withClusterLock(strapi, 'bootstrap', 'wait', () => bootstrapApp(strapi));
  },
};

async function bootstrapApp(strapi: Core.Strapi): Promise<void> {
  // Before the seed: its publishes are recorded too.
  await bootstrapPublicationRecord(strapi);
  // The retention settings, checked before anything is published.
  bootstrapHistory();
  await restrictPublicRole(strapi);
  // Before the seed: pages written without a locale land in the default locale (German).
  await ensureLocales(strapi);
  // Editorial roles need the locales (page permissions list them); docs/adr/0011-editors-desk.md.
  const editorialRoles = await bootstrapEditorial(strapi);
  await applyReviewHelpTexts(strapi);

  if (enabled(process.env.SEED_ON_EMPTY)) {
    const organisations = await strapi.documents('api::organisation.organisation').count({});
    if (organisations === 0) {
      strapi.log.info('Leere Datenbank: spiele die Demo-Inhalte ein (SEED_ON_EMPTY=false schaltet das ab) …');
      await seed(strapi);
    }
  }

  if (enabled(process.env.CREATE_DEMO_EDITOR)) {
    const loginFile = path.resolve(strapi.dirs.app.root, process.env.DEMO_LOGIN_FILE ?? '.tmp/demo-login.json');
    await ensureDemoEditor(strapi, loginFile);
    await ensureEditorialDemoAccounts(strapi, loginFile, editorialRoles);
  }
  // After the seed, so the demo content does not fire hundreds of webhooks on first start.
  await ensureBuildWebhook(strapi, process.env.BUILD_WEBHOOK_URL, process.env.WEBHOOK_SECRET);
  // The draft preview server's read token (docs/adr/0014-draft-preview.md); only with PREVIEW_TOKEN_FILE.
  await ensurePreviewToken(strapi, process.env.PREVIEW_TOKEN_FILE);
}

import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ensureDemoEditor } from './bootstrap/demo-editor';
import { ensureLocales } from './bootstrap/locales';
import { restrictPublicRole } from './bootstrap/public-permissions';
import { ensureBuildWebhook } from './bootstrap/webhook';
import { registerRedirects } from './redirects';
import { seed } from './seed';

const enabled = (value: string | undefined): boolean => value?.trim().toLowerCase() !== 'false';

export default {
  // The content model lives in src/api and src/components; here only Document Service middlewares.
  register({ strapi }: { strapi: Core.Strapi }) {
    registerRedirects(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await restrictPublicRole(strapi);
    // Before the seed: pages written without a locale land in the default locale (German).
    await ensureLocales(strapi);

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
    }
    // After the seed, so the demo content does not fire hundreds of webhooks on first start.
    await ensureBuildWebhook(strapi, process.env.BUILD_WEBHOOK_URL, process.env.WEBHOOK_SECRET);
  },
};

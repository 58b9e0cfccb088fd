import { factories } from '@strapi/strapi';

// GET adds the populate of the design fields (middlewares/design-populate.ts).
export default factories.createCoreRouter('api::site-setting.site-setting', {
  config: { find: { middlewares: ['api::site-setting.design-populate'] } },
});

import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // The town's editors work in German; English stays available as Strapi's built-in default.
    locales: ['de'],
  },
  bootstrap(_app: StrapiApp) {
    // No admin customisations yet.
  },
};

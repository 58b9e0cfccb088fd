import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
  },
  documents: {
    // Publishing must fail when a required relation or image is missing (e.g. a page without
    // its organisation): the site's contract has no place for such an entry.
    strictRelations: true,
  },
};

export default config;

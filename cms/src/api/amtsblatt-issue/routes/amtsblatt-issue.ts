import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::amtsblatt-issue.amtsblatt-issue');

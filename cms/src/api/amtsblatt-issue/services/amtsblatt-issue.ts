import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::amtsblatt-issue.amtsblatt-issue');

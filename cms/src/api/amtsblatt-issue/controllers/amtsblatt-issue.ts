import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::amtsblatt-issue.amtsblatt-issue');

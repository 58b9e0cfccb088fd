import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::council-organization.council-organization');

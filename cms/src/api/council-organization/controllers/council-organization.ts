import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::council-organization.council-organization');

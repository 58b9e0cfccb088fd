import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::legislative-term.legislative-term');

import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::legislative-term.legislative-term');

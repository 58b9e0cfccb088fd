import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::legislative-term.legislative-term');

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::online-service.online-service');

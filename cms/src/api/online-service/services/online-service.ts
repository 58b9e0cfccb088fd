import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::online-service.online-service');

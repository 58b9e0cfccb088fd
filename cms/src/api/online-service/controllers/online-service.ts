import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::online-service.online-service');

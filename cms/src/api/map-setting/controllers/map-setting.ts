import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::map-setting.map-setting');

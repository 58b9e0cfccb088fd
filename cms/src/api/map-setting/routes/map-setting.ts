import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::map-setting.map-setting');

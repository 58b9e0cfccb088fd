import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::public-notice.public-notice');

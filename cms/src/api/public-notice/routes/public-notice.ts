import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::public-notice.public-notice');

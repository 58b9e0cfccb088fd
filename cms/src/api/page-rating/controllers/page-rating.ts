import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::page-rating.page-rating');

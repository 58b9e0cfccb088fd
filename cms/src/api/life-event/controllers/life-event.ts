import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::life-event.life-event');

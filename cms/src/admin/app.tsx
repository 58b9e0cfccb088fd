import type { StrapiApp } from '@strapi/strapi/admin';
import { PublishIcon } from './build-status-widget';

export default {
  config: {
    // The town's editors work in German; English stays available as Strapi's built-in default.
    locales: ['de'],
  },
  register(app: StrapiApp) {
    // Homepage widget: where editors see whether their publication is live (issue 5).
    app.widgets.register({
      id: 'build-status',
      icon: PublishIcon,
      title: { id: 'stadtportal.widget.build-status.title', defaultMessage: 'Veröffentlichung' },
      component: async () => (await import('./build-status-widget')).BuildStatusWidget,
    });
  },
  bootstrap(_app: StrapiApp) {
    // No admin customisations yet.
  },
};

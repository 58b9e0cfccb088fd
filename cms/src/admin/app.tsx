import type { StrapiApp } from '@strapi/strapi/admin';
import { fourEyesLabel } from '@stadtportal/shared/four-eyes';
import { PublishIcon } from './build-status-widget';
import { FeedbackIcon } from './feedback-widget';
import { ReviewIcon } from './review-widget';
import { HistoryIcon, HistoryPanel } from './history-panel';

/** What the content manager's list view passes through its column hook (ListViewPage, 5.54): the columns it will show. */
interface ListColumns {
  displayedHeaders: { name: string; cellFormatter?: (row: Record<string, unknown>) => string }[];
  layout: unknown;
}
// The four-eyes state's field in every type that has it (cms/src/editorial/four-eyes.ts REVIEW_FIELD).
const FOUR_EYES_FIELD = 'freigabe';

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
    // Homepage widget: what citizens say about the pages (issue 17), per organisation.
    app.widgets.register({
      id: 'feedback-overview',
      icon: FeedbackIcon,
      title: { id: 'stadtportal.widget.feedback.title', defaultMessage: 'Rückmeldungen zu Seiten' },
      component: async () => (await import('./feedback-widget')).FeedbackWidget,
    });
    // Homepage widget: content due for review, per organisation (issue 20, src/review).
    app.widgets.register({
      id: 'review-list',
      icon: ReviewIcon,
      title: { id: 'stadtportal.widget.review.title', defaultMessage: 'Zu prüfen' },
      component: async () => (await import('./review-widget')).ReviewWidget,
    });
    // The version history's page (issue 20, docs/adr/0023-version-history.md); the routes check who may see what.
    app.addMenuLink({
      to: 'versionsgeschichte',
      icon: HistoryIcon,
      intlLabel: { id: 'stadtportal.history.menu', defaultMessage: 'Versionsgeschichte' },
      permissions: [],
      Component: () => import('./history-page'),
    });
  },
  bootstrap(app: StrapiApp) {
    // The edit view links each entry to its version history (content manager's side panels, 5.54).
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: { addEditViewSidePanel(panels: (typeof HistoryPanel)[]): void } };
    contentManager.apis.addEditViewSidePanel([HistoryPanel]);
    // The list view shows an enumeration's stored value (`zur-freigabe`); Strapi has no labels for
    // enumeration values, but its documented column hook lets a column bring its own cell: the
    // four-eyes state in German. Sorting and filtering still work on the stored value.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', ({ displayedHeaders, layout }: ListColumns): ListColumns => ({
      layout,
      displayedHeaders: displayedHeaders.map((header) =>
        header.name === FOUR_EYES_FIELD ? { ...header, cellFormatter: (row) => fourEyesLabel(row[FOUR_EYES_FIELD]) } : header,
      ),
    }));
  },
};

/*
 * Organisation slugs, named once: pages and news refer to their owner through these constants,
 * so a typo is a compile error instead of a dangling reference found only by the seeder.
 */
export const ORG = {
  stadt: 'stadt-aschersleben',
  kulturanstalt: 'aschersleber-kulturanstalt',
  kreativwerkstatt: 'kreativwerkstatt-aschersleben',
  feuerwehr: 'freiwillige-feuerwehr-aschersleben',
  stadtwerke: 'stadtwerke-aschersleben',
  agw: 'ascherslebener-gebaeude-und-wohnungsgesellschaft',
  optimal: 'optimal-gmbh',
  bauwirtschaftshof: 'eigenbetrieb-bauwirtschaftshof',
  abwasser: 'eigenbetrieb-abwasserentsorgung',
} as const;

export type OrgSlug = (typeof ORG)[keyof typeof ORG];

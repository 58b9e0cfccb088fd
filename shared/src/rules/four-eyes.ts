/*
 * The states of four-eyes publishing („Freigabe“, docs/adr/0021-four-eyes-publishing.md): the
 * values the content types' enumeration stores and the German words the dashboard shows for them.
 * The CMS's middleware (cms/src/editorial/four-eyes.ts) and the list view's cell (cms/src/admin)
 * both read them from here, so a new state cannot be stored without a label.
 */
export const FOUR_EYES_STATES = ['entwurf', 'zur-freigabe'] as const;
export type FourEyesState = (typeof FOUR_EYES_STATES)[number];

/**
 * What an editor reads in the list view instead of the stored value. Not „Entwurf“: beside it
 * Strapi's own column „Status“ says „Entwurf“ or „Veröffentlicht“ about the document, and a
 * published document is back in state `entwurf` — the two would read as a contradiction.
 */
export const FOUR_EYES_LABELS: Readonly<Record<FourEyesState, string>> = {
  entwurf: 'Nicht zur Freigabe gestellt',
  'zur-freigabe': 'Zur Freigabe gestellt',
};

/** The German label of a stored value; anything else (an unknown value, none) is shown as „–“. */
export function fourEyesLabel(value: unknown): string {
  return typeof value === 'string' && (FOUR_EYES_STATES as readonly string[]).includes(value) ? FOUR_EYES_LABELS[value as FourEyesState] : '–';
}

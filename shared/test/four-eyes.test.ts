import { describe, expect, it } from 'vitest';
import { FOUR_EYES_STATES, fourEyesLabel } from '../src/rules/four-eyes.ts';

describe('fourEyesLabel', () => {
  it('gives each stored state its German label, distinct from Strapi’s own „Entwurf“', () => {
    expect(FOUR_EYES_STATES.map(fourEyesLabel)).toEqual(['Nicht zur Freigabe gestellt', 'Zur Freigabe gestellt']);
  });

  it('shows anything else as „–“, never the raw value', () => {
    for (const value of [null, undefined, '', 'freigegeben', 'ZUR-FREIGABE', 1, {}]) expect(fourEyesLabel(value)).toBe('–');
  });
});

import type { SeedSettings } from '../types';
import { TOWN } from './contact';

export const settings: SeedSettings = {
  siteName: 'Stadt Aschersleben',
  claim: 'Älteste Stadt Sachsen-Anhalts',
  mainNavigation: ['rathaus-verwaltung', 'leben-in-aschersleben', 'wirtschaft', 'tourismus-kultur'],
  impressum: 'impressum',
  datenschutz: 'datenschutz',
  barrierefreiheit: 'erklaerung-zur-barrierefreiheit',
  leichteSprache: 'leichte-sprache',
  gebaerdensprache: 'gebaerdensprache',
  accessibilityFeedbackEmail: TOWN.barrierEmail,
  social: [
    { network: 'facebook', handle: '@aschersleben.de', url: 'https://www.facebook.com/aschersleben.de' },
    { network: 'instagram', handle: '@stadt_aschersleben', url: 'https://www.instagram.com/stadt_aschersleben/' },
  ],
};

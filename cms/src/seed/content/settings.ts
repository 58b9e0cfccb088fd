import type { SeedSettings } from '../types';
import { TOWN } from './contact';
import { IMAGES } from './images';
import { DGS_WELCOME } from './videos';

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
  // Blue and red of the coat of arms (white on blue 8.2:1, white on red 6.6:1).
  primaryColor: '#1d4f91',
  accentColor: '#b3261e',
  logo: IMAGES.stadtzeichen,
  heroImage: IMAGES.stadtansicht,
  dgsVideo: DGS_WELCOME,
  // What people come for most (the old site's statistics would decide this in production).
  topTasks: [
    { onlineService: 'termin-buchen' },
    { service: 'personalausweis-beantragen' },
    { service: 'wohnsitz-ummelden' },
    { service: 'kita-platz-beantragen' },
    { onlineService: 'gebuehren-online-bezahlen' },
    { page: 'amtsblatt' },
    { service: 'hund-anmelden' },
    { page: 'stellenangebote' },
  ],
};

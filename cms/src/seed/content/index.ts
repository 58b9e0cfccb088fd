// Content model, normalisation rules and URL scheme: docs/CONTENT-MODEL.md.
export { news } from './news';
export { organisations } from './organisations';
export { pages } from './pages';
export { settings } from './settings';
export { offices } from './offices';
export { services } from './services';
export { onlineServices } from './online-services';
export { lifeEvents } from './life-events';
export { events } from './events';
export { amtsblatt, notices } from './notices';
export { pageTranslations } from './translations';
export { alerts } from './alerts';
export { places, publications, mapTiles } from './places';
export { council } from './council';

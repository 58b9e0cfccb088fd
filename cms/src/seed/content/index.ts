export { news } from './news';
export { organisations } from './organisations';
export { pages } from './pages';
export { settings } from './settings';
export { offices } from './offices';

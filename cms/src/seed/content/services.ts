import type { SeedService } from '../services';
import { bauen } from './leistungen/bauen';
import { familieFreizeit } from './leistungen/familie-freizeit';
import { meldewesen } from './leistungen/meldewesen';
import { ordnung } from './leistungen/ordnung';
import { standesamt } from './leistungen/standesamt';
import { wirtschaft } from './leistungen/wirtschaft';

/*
 * The services of the A–Z, one file per topic in ./leistungen/. The order here does not matter:
 * the site sorts by title (German collation).
 */
export const services: SeedService[] = [...meldewesen, ...standesamt, ...wirtschaft, ...ordnung, ...bauen, ...familieFreizeit];

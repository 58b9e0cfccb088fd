import type { SeedPage } from '../types';
import { lebenPages } from './pages/leben';
import { rathausPages } from './pages/rathaus';
import { rechtlichesPages } from './pages/rechtliches';
import { tourismusPages } from './pages/tourismus';
import { tourismusOrtePages } from './pages/tourismus-orte';
import { wirtschaftPages } from './pages/wirtschaft';

/*
 * All seed pages, one file per top-level section. Within each section a parent is listed
 * before its children, so the seeder can create pages in this order and link each parent.
 */
export const pages: SeedPage[] = [
  ...rathausPages,
  ...lebenPages,
  ...wirtschaftPages,
  ...tourismusPages,
  ...tourismusOrtePages,
  ...rechtlichesPages,
];

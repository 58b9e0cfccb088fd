import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

// linkedom for code outside e2e/ (scripts/publish/csp.ts): resolved from here, where it is a
// dependency, so scripts/ needs no package of its own.
export { parseHTML } from 'linkedom';

// One lint configuration for every package: typescript-eslint's strict rules for all TypeScript,
// eslint-plugin-astro (with its accessibility rules, from eslint-plugin-jsx-a11y-x) for the
// site's templates. Not type-aware on purpose: `pnpm typecheck` (tsc, strict) already checks
// types, and the type-aware rules would double the test command's lint time.
// A rule switched off here or inline says why.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.astro/**',
      '**/.strapi/**',
      '**/.preview-server*/**',
      '.tools/**',
      'var/**',
      'content/**',
      'cms/types/generated/**',
      'cms/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // `_name` marks a parameter kept for a signature (Strapi's lifecycles, Astro's hooks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests: `x!` right after the lookup that must have found x fails the test loudly as a
    // TypeError, which is what an assertion would do; and tests delete keys on purpose to build
    // the broken inputs they check.
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'site/test/**/*.ts', 'shared/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    // Browser code: the site's client scripts and the islands.
    files: ['site/src/**/*.{ts,astro}', 'site/preview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Strapi's admin extensions are compiled by Strapi's own bundler as CommonJS-interop code.
    files: ['cms/**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

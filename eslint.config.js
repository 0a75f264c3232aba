// @ts-check
// One lint configuration for the whole repository: TypeScript everywhere, React hooks and
// accessibility in the islands, Astro components with the Astro plugin (its accessibility rules
// too). Formatting is Prettier's job (.prettierrc.json), so no stylistic rules here.
//
// eslint-plugin-jsx-a11y-x is the maintained fork of eslint-plugin-jsx-a11y that runs on ESLint 10,
// which eslint-plugin-astro 3 requires; the rules and their names are the same.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', '**/.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments named with a leading underscore are deliberate (callbacks with a fixed shape).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters are matched on purpose: untrusted text (URLs, drafts, content, terminal
      // output) is cleaned of them before it is shown or sent.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/islands/**/*.tsx', 'src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/islands/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // A table or code block that scrolls sideways is a focusable region (role="region" with a
      // label), so keyboard users can scroll it: axe's scrollable-region-focusable rule asks for it.
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
    },
  },
  {
    // Tables restyled as cards on phones (.stacked-on-phones: display: block) lose a table's
    // implicit roles in some browsers: their explicit table roles are there on purpose.
    files: [
      'src/components/CoverageMatrix.astro',
      'src/components/PackagesAtAGlance.astro',
      'src/components/ResponseTargets.astro',
      'src/components/ResponseTargetsCompared.astro',
    ],
    rules: {
      'astro/jsx-a11y/no-redundant-roles': 'off',
      'astro/jsx-a11y/no-interactive-element-to-noninteractive-role': 'off',
    },
  },
);

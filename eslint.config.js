import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noHooks = {
  name: 'react',
  importNames: ['useState', 'useEffect', 'useLayoutEffect', 'useReducer', 'useRef', 'useContext', 'useId'],
  message: 'Components must stay Server Component safe: no hooks.',
};

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'coverage', '.cache', '**/.work/**', 'bench/results*', '.stryker-tmp', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // Components take a `role` prop (a person's job title); only DOM elements carry ARIA roles.
      'jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: render text as React children.' },
      ],
    },
  },
  {
    // Library code runs on servers and in Server Components: no browser globals, no client hooks.
    files: ['src/**/*.{ts,tsx}'],
    // The one exception is TextSizeControl, the library's only client component ('use client'): it
    // keeps hooks and browser globals in effects and event handlers, and its browser logic (shared
    // with text-size.js, the script of template pages) runs only when they call it.
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'src/**/*.stories.{ts,tsx}',
      'src/foundations/**',
      'src/docs/**',
      'src/components/TextSizeControl/TextSizeControl.tsx',
      'src/components/TextSizeControl/textSizeChoice.ts',
      'src/components/TextSizeControl/TextSizeControl.enhancer.ts',
      'src/components/TextSizeControl/text-size.ts',
    ],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage'],
      'no-restricted-imports': ['error', { paths: [noHooks] }],
    },
  },
  {
    // useId is a hook Server Components have, and the same on the server and in the browser: the
    // one module that wraps it (ids that only tie elements together, such as aria-labelledby) may import it.
    files: ['src/internal/ids.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ ...noHooks, importNames: noHooks.importNames.filter((name) => name !== 'useId') }] }] },
  },
  {
    // The pages are what a site builds from the package alone: its public entry, no deep imports, no
    // styles of their own (tests/node/pages.test.ts checks this rule and the rest of the promise).
    files: ['src/pages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noHooks],
          patterns: [
            { group: ['../*'], message: "Pages import the library from 'bauhinia-ui' only; their own content lives in ./content." },
            { group: ['bauhinia-ui/*'], message: "Pages import the package's public entry, 'bauhinia-ui', not its files." },
            { group: ['*.css', '*.css.*', '@vanilla-extract/*'], message: 'Pages have no CSS of their own: the components style them.' },
          ],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'web-ext-artifacts/', 'artifacts/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      // Article HTML reaches the page through src/reader-view/insert-article-html.ts alone.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use insertArticleHtml (sanitizes) or build nodes with el().' },
        { property: 'outerHTML', message: 'Use insertArticleHtml (sanitizes) or build nodes with el().' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Use insertArticleHtml.' },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'No document.write.',
        },
      ],
    },
  },
  {
    // Tests build their pages from markup; the one-door rule guards what the extension shows.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);

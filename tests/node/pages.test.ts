// The pages (src/pages) are the promise that a site builds the newsletter article and issue from the
// package alone: they import only its public entry and carry no CSS of their own. ESLint enforces
// the imports (eslint.config.js); this test proves that rule bites and checks the rest.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pagesDir = join(root, 'src', 'pages');
const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx)$/.test(file))
  .map((file) => join(pagesDir, file));

describe('the pages', () => {
  it('are here: the site shell, the newsletter article and the newsletter issue, each with stories', () => {
    const names = files.map((file) => relative(pagesDir, file));
    for (const page of ['SiteShell', 'NewsletterArticle', 'NewsletterIssue']) {
      expect(names).toContain(`${page}.tsx`);
      expect(names).toContain(`${page}.stories.tsx`);
    }
  });

  it('have no stylesheet, no style attribute and no class name of their own', () => {
    expect(files.filter((file) => /\.css\.[jt]s$/.test(file))).toEqual([]);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, relative(root, file)).not.toMatch(/\b(style|className)=\{?/);
    }
  });

  it('import the library from its public entry only', () => {
    for (const file of files) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]!);
      const library = specifiers.filter((specifier) => !specifier.startsWith('./') && !/^(react|@storybook\/|storybook\/)/.test(specifier));
      expect(library.every((specifier) => specifier === 'bauhinia-ui'), `${relative(root, file)}: ${library.join(', ')}`).toBe(true);
    }
  });

  it('fail lint on a deep import, a relative import of the library or a stylesheet', async () => {
    const eslint = new ESLint({ cwd: root });
    const offending = [
      "import { QuoteBlock } from 'bauhinia-ui/dist/index.js';",
      "import { QuoteBlock } from '../components/QuoteBlock/index.js';",
      "import * as styles from './Page.css.js';",
      "import 'bauhinia-ui/styles.css';",
    ];
    for (const line of offending) {
      const [result] = await eslint.lintText(`${line}\nexport const used = [${line.includes('{') ? 'QuoteBlock' : "''"}];\n`, { filePath: join(pagesDir, 'Probe.tsx') });
      expect(result!.messages.map((message) => message.ruleId), line).toContain('no-restricted-imports');
    }
    const [allowed] = await eslint.lintText("import { QuoteBlock } from 'bauhinia-ui';\nexport const used = [QuoteBlock];\n", { filePath: join(pagesDir, 'Probe.tsx') });
    expect(allowed!.messages).toEqual([]);
  });
});

// @vitest-environment jsdom
// Simplified Chinese samples are written in Simplified characters and Traditional Chinese samples in
// Traditional ones: every text node of every story (components and pages, in each language the story
// can show), of every fixture, and every built-in label, judged by the `lang` it is marked with. The
// zh-Hans sample on the QuoteBlock docs page once had a Traditional 學.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fixtureElement } from '../../src/fixtures/fixture.js';
import { labelCatalogue } from '../../src/labelCatalogue.js';
import { locales } from '../../src/i18n/locale.js';
import { stories } from '../support/browser-stories.js';
import { scriptOf, simplifiedOnly, traditionalOnly, wrongScript } from '../support/hanScripts.js';
import { registered } from '../support/registry.js';

/** Every text in the markup whose language (its nearest `lang`) is Chinese, with the characters of the other script in it. */
function mistakes(html: string): string[] {
  const { body } = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
    const script = scriptOf(lang);
    const wrong = script ? wrongScript(node.textContent ?? '', script) : [];
    if (wrong.length) found.push(`lang="${lang}": ${wrong.join(' ')} in "${node.textContent!.trim().slice(0, 60)}"`);
  }
  return found;
}

describe('the check', () => {
  it('knows the common forms of each script, one for one', () => {
    expect(traditionalOnly.size).toBeGreaterThan(300);
    expect(simplifiedOnly.size).toBe(traditionalOnly.size);
    for (const [traditional, simplified] of traditionalOnly) expect(simplifiedOnly.has(traditional), `${traditional}/${simplified}`).toBe(false);
  });

  it('finds a Traditional 學 in Simplified text, and a Simplified 学 in Traditional text, by lang', () => {
    expect(mistakes('<p lang="zh-Hans">學者研究</p><p lang="zh-Hant">学者研究</p><p lang="en">學 学</p>')).toEqual([
      'lang="zh-Hans": 學→学 in "學者研究"',
      'lang="zh-Hant": 学→學 in "学者研究"',
    ]);
    expect(mistakes('<div lang="zh-CN"><span>這裏</span></div><div lang="zh-HK"><b>这里</b></div>')).toHaveLength(2);
  });
});

describe('every story', () => {
  const cases = stories.flatMap((entry) => (entry.fixedLocale ? [entry.fixedLocale] : locales).map((locale) => ({ entry, locale })));
  it.each(cases.map(({ entry, locale }) => [`${entry.title} [${locale}]`, entry, locale] as const))('%s', (_name, entry, locale) => {
    const Story = entry.compose('default', locale);
    expect(mistakes(renderToStaticMarkup(<Story />))).toEqual([]);
  });
});

describe('every fixture', () => {
  it.each(registered.map(({ name, component, fixtures }) => [name, component, fixtures] as const))('%s', (_name, component, fixtures) => {
    for (const fixture of fixtures) expect(mistakes(renderToStaticMarkup(fixtureElement(component, fixture))), fixture.name).toEqual([]);
  });
});

describe('every built-in label', () => {
  it.each(['zh-Hant', 'zh-Hans'] as const)('%s', (locale) => {
    const texts = Object.values(labelCatalogue[locale]).flatMap((section) => Object.values(section as Record<string, string>));
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.flatMap((text) => wrongScript(text, locale === 'zh-Hans' ? 'hans' : 'hant'))).toEqual([]);
  });
});

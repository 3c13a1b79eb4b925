// Which development warning the text and slot gates give, and when: the site's developer learns why
// a part vanished. Each test names its own component, so no message was already said (warnDev says
// each once).
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { slot } from './slot.js';
import { hasContent, textOrUndefined } from './text.js';

let warn: MockInstance<Console['warn']>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const said = () => warn.mock.calls.map(([text]) => text);
const showsNothing = (component: string, prop: string) =>
  `[bauhinia-ui] ${component}: \`${prop}\` shows nothing (it is empty, or spaces and invisible characters only); left out.`;

describe('textOrUndefined warnings', () => {
  it('says a string that shows nothing was left out, naming the component and the prop', () => {
    expect(textOrUndefined('  \u200b', ['Callout', 'title'])).toBeUndefined();
    expect(said()).toEqual([showsNothing('Callout', 'title')]);
  });

  it('stays silent for what is no string (absent, or a wrong type the schema reports) and for text it keeps', () => {
    for (const value of [undefined, null, 42n, Number.NaN, {}, ['title']]) expect(textOrUndefined(value, ['Figure', 'caption'])).toBeUndefined();
    expect(textOrUndefined(' Caption ', ['Figure', 'caption'])).toBe('Caption');
    expect(textOrUndefined(0, ['Figure', 'caption'])).toBe('0');
    expect(warn).not.toHaveBeenCalled();
  });

  it('says nothing without `where`, as production code calls it', () => {
    expect(textOrUndefined('   ')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('hasContent warnings', () => {
  it('says children that hold text but none that shows were left out', () => {
    expect(hasContent(['', [null, '  '], false], ['QuoteBlock', 'children'])).toBe(false);
    expect(said()).toEqual([showsNothing('QuoteBlock', 'children')]);
  });

  it('stays silent for children with no text at all, for visible children, and without `where`', () => {
    expect(hasContent([null, false, [undefined]], ['Masthead', 'tagline'])).toBe(false);
    expect(hasContent(['', createElement('img', { alt: 'Logo' })], ['Masthead', 'logo'])).toBe(true);
    expect(hasContent(['  ', 'Tagline'], ['Masthead', 'title'])).toBe(true);
    expect(hasContent(['  '])).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('slot warnings', () => {
  it('counts what it left out', () => {
    expect(slot([{}, () => 1, 'kept'], ['PageLayout', 'aside'])).toBeDefined();
    expect(said()).toEqual(['[bauhinia-ui] PageLayout: `aside` holds 2 value(s) React cannot render (objects, functions…); left out.']);
  });

  it('says a slot of blank text shows nothing', () => {
    expect(slot([' ', ['\u200b']], ['SiteFooter', 'extra'])).toBeUndefined();
    expect(said()).toEqual([showsNothing('SiteFooter', 'extra')]);
  });

  it('stays silent when it keeps everything, and without `where`', () => {
    expect(slot(['text', createElement('b', null, 'bold'), null, false, 3], ['SiteFooter', 'links'])).toBeDefined();
    expect(slot([{}, Symbol('s'), '  '])).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});

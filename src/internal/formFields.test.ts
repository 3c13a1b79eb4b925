import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldName, hiddenFieldEntries } from './formFields.js';

// Every warning, each time (warnDev itself says each message once).
const warned = vi.hoisted(() => [] as string[]);
vi.mock('./devWarning.js', () => ({ warnDev: (component: string, message: string) => void warned.push(`${component}: ${message}`) }));
beforeEach(() => {
  warned.length = 0;
});

describe('fieldName', () => {
  it.each(['q', 'useful', '_token', 'search.scope', 'ns:page', 'a-b_c', `a${'b'.repeat(63)}`])('keeps the usable name %s', (name) => {
    expect(fieldName(name)).toBe(name);
  });

  it.each(['', ' q', 'q ', 'bad name', '1st', '-x', 'page[]', 'a"b', 'q<', '搜尋', `a${'b'.repeat(64)}`, 7, true, {}])('does not use %j, and says so', (value) => {
    expect(fieldName(value, ['FeedbackPrompt', 'fieldName'])).toBeUndefined();
    expect(warned).toEqual([expect.stringContaining('FeedbackPrompt: `fieldName` must be a form field name')]);
  });

  it('says nothing of a missing name', () => {
    expect(fieldName(undefined, ['SearchForm', 'name'])).toBeUndefined();
    expect(fieldName(null, ['SearchForm', 'name'])).toBeUndefined();
    expect(warned).toEqual([]);
  });
});

describe('hiddenFieldEntries', () => {
  it('keeps string and number fields with usable names, in their order', () => {
    expect(hiddenFieldEntries({ page: '/en/newsletter/', csrf_token: 'a1b2', 'scope.site': '', count: 3 })).toEqual([
      ['page', '/en/newsletter/'],
      ['csrf_token', 'a1b2'],
      ['scope.site', ''],
      ['count', '3'],
    ]);
  });

  it('leaves out unusable names and values one by one, and says which', () => {
    const entries = hiddenFieldEntries(
      { 'bad name': 'x', '': 'x', keep: 'yes', list: ['a'], nothing: null, object: {}, infinite: Infinity, flag: true, fn: () => 'x' },
      ['SearchForm', 'hiddenFields'],
    );
    expect(entries).toEqual([['keep', 'yes']]);
    expect(warned).toHaveLength(8);
    expect(warned[0]).toContain('SearchForm: `hiddenFields`: left out the field "bad name"');
  });

  it('reads only own entries, not inherited ones', () => {
    const inherited = Object.create({ inherited: 'x' }) as Record<string, string>;
    inherited.own = 'y';
    expect(hiddenFieldEntries(inherited)).toEqual([['own', 'y']]);
  });

  it('gives none for anything but a plain object, and says so', () => {
    for (const value of ['page=1', ['page', '1'], 7, true]) expect(hiddenFieldEntries(value, ['FeedbackPrompt', 'hiddenFields'])).toEqual([]);
    expect(warned).toHaveLength(4);
    expect(hiddenFieldEntries(undefined, ['FeedbackPrompt', 'hiddenFields'])).toEqual([]);
    expect(hiddenFieldEntries(null, ['FeedbackPrompt', 'hiddenFields'])).toEqual([]);
    expect(warned).toHaveLength(4);
  });
});

// Which development warning the form field helpers give, and when: a site's developer learns why a
// field name or a hidden field was not used. Each test names its own component, so no message was
// already said (warnDev says each once).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fieldName, hiddenFieldEntries } from './formFields.js';

let warn: MockInstance<Console['warn']>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const said = () => warn.mock.calls.map(([text]) => text);

describe('fieldName warnings', () => {
  it('names the component and the prop of a value it did not use', () => {
    expect(fieldName('two words', ['SearchForm', 'name'])).toBeUndefined();
    expect(said()).toEqual([
      '[bauhinia-ui] SearchForm: `name` must be a form field name (a letter or _, then letters, digits, _ . : or -; 64 at most); not used.',
    ]);
  });

  it('says nothing when no value was given, or without a place to name', () => {
    expect(fieldName(undefined, ['FeedbackPrompt', 'name'])).toBeUndefined();
    expect(fieldName(null, ['FeedbackPrompt', 'name'])).toBeUndefined();
    expect(fieldName('two words')).toBeUndefined();
    expect(fieldName('q', ['FeedbackPrompt', 'name'])).toBe('q');
    expect(said()).toEqual([]);
  });
});

describe('hiddenFieldEntries warnings', () => {
  it('names what it got instead of an object: a list or the type', () => {
    hiddenFieldEntries(['page', '1'], ['Button', 'hiddenFields']);
    hiddenFieldEntries('page=1', ['Table', 'hiddenFields']);
    expect(said()).toEqual([
      '[bauhinia-ui] Button: `hiddenFields` must be an object of field names and values; ignored a list.',
      '[bauhinia-ui] Table: `hiddenFields` must be an object of field names and values; ignored a string.',
    ]);
  });

  it('names each field it left out, its name cut at 64 characters, and keeps the others', () => {
    const long = `x${'y'.repeat(80)} z`;
    expect(hiddenFieldEntries({ page: '/en/', 'bad name': 'a', scope: { site: 1 }, [long]: 'b' }, ['Details', 'hiddenFields'])).toEqual([['page', '/en/']]);
    expect(said()).toEqual([
      '[bauhinia-ui] Details: `hiddenFields`: left out the field "bad name" (a usable name with a string or number value is needed).',
      '[bauhinia-ui] Details: `hiddenFields`: left out the field "scope" (a usable name with a string or number value is needed).',
      `[bauhinia-ui] Details: \`hiddenFields\`: left out the field "${long.slice(0, 64)}" (a usable name with a string or number value is needed).`,
    ]);
  });

  it('says nothing without a place to name, or for fields it keeps', () => {
    expect(hiddenFieldEntries({ 'bad name': 'a' })).toEqual([]);
    expect(hiddenFieldEntries(7)).toEqual([]);
    expect(hiddenFieldEntries({ page: '/en/', count: 3 }, ['Tag', 'hiddenFields'])).toEqual([
      ['page', '/en/'],
      ['count', '3'],
    ]);
    expect(said()).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

// Each test starts with a module of its own, so none hears what another one said.
let warnDev: typeof import('./devWarning.js').warnDev;
let warn: MockInstance<Console['warn']>;
beforeEach(async () => {
  vi.resetModules();
  ({ warnDev } = await import('./devWarning.js'));
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const said = () => warn.mock.calls.map(([text]) => text);

describe('warnDev', () => {
  it('says which library and which component, then the message, on the console', () => {
    warnDev('QuoteBlock', '`cite` URL dropped.');
    expect(said()).toEqual(['[bauhinia-ui] QuoteBlock: `cite` URL dropped.']);
  });

  it('says each message once, however often the same mistake renders', () => {
    for (let i = 0; i < 3; i++) warnDev('Figure', '`src` is missing.');
    warnDev('Figure', '`alt` is missing.');
    warnDev('Callout', '`src` is missing.');
    warnDev('Figure', '`src` is missing.');
    expect(said()).toEqual(['[bauhinia-ui] Figure: `src` is missing.', '[bauhinia-ui] Figure: `alt` is missing.', '[bauhinia-ui] Callout: `src` is missing.']);
  });

  it('remembers 200 messages, then forgets them all, so memory stays bounded in a long session', () => {
    for (let i = 0; i < 200; i++) warnDev('Test', `message ${i}`);
    expect(warn).toHaveBeenCalledTimes(200);
    for (let i = 0; i < 200; i++) warnDev('Test', `message ${i}`);
    expect(warn).toHaveBeenCalledTimes(200);
    // The 201st message starts afresh: it is said, and the first 200 are forgotten.
    warnDev('Test', 'message 200');
    warnDev('Test', 'message 0');
    warnDev('Test', 'message 200');
    expect(said().slice(200)).toEqual(['[bauhinia-ui] Test: message 200', '[bauhinia-ui] Test: message 0']);
  });
});

describe('quotedValue', () => {
  it('quotes a string, cut at 40 characters, and names anything else by its type without throwing', async () => {
    const { quotedValue } = await import('./devWarning.js');
    expect(quotedValue('programme faq')).toBe('"programme faq"');
    expect(quotedValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}"`);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect([0n, cyclic, Object.create(null), undefined, 8].map(quotedValue)).toEqual(['(a bigint)', '(a object)', '(a object)', '(a undefined)', '(a number)']);
  });
});

import { describe, expect, it } from 'vitest';
import { templateSlot } from './content.js';

describe('templateSlot', () => {
  it("keeps another macro's output, a String object (Nunjucks' SafeString), even when it is empty", () => {
    for (const markup of [new String('<a href="#top">Back to top</a>'), new String('')]) expect(templateSlot(markup)).toBe(markup);
  });

  it('keeps text that shows something, as it is, and finite numbers', () => {
    expect(templateSlot(' Badges ')).toBe(' Badges ');
    expect(templateSlot(0)).toBe(0);
  });

  it('leaves out what React renders nothing for, or would not render', () => {
    for (const value of [undefined, null, false, true, '', '  \u200b', Number.NaN, {}, { val: '<b>' }]) expect(templateSlot(value)).toBeUndefined();
  });
});

import type { StyleRule } from '@vanilla-extract/css';
import { describe, expect, it } from 'vitest';
import { disclosureMarker, disclosurePrintContent, disclosureSummaryRule } from './disclosure.js';

type Selectors = Record<string, StyleRule & { rotate?: string }>;
const selectorsOf = (rule: StyleRule) => (rule as { selectors: Selectors }).selectors;

describe('disclosureMarker', () => {
  it.each([
    ['start', '&::before', '-45deg', '45deg'],
    ['end', '&::after', '45deg', '-135deg'],
  ] as const)('at the %s: draws the chevron as %s and turns it when that details element is open', (side, marker, closed, open) => {
    const selectors = selectorsOf(disclosureMarker('.bh-x', side));
    expect(Object.keys(selectors)).toEqual([marker, `.bh-x[open] > ${marker}`]);
    expect(selectors[marker]!.rotate).toBe(closed);
    expect(selectors[`.bh-x[open] > ${marker}`]).toEqual({ rotate: open });
  });

  it('draws with borders in currentColor, so forced colours keep the chevron, and leaves it off paper', () => {
    for (const side of ['start', 'end'] as const) {
      const drawn = Object.values(selectorsOf(disclosureMarker('.bh-x', side)))[0]!;
      expect(drawn.borderRight).toMatch(/ solid currentColor$/);
      expect(drawn.borderBottom).toMatch(/ solid currentColor$/);
      expect(drawn['@media']).toEqual({ print: { display: 'none' } });
      expect(drawn.transition).toMatch(/^rotate var\(--bh-motion-duration-fast\)/);
    }
  });

  it('at the start, hangs the chevron in the padding of the summary, so wrapped lines align with the first', () => {
    const rule = disclosureMarker('.bh-x', 'start');
    expect(rule).toMatchObject({ position: 'relative', paddingInlineStart: '1.5em' });
    expect(selectorsOf(rule)['&::before']).toMatchObject({ position: 'absolute', insetInlineStart: '0.25em' });
    // At the end it is a flex item of the summary's row and takes no padding.
    expect(disclosureMarker('.bh-x', 'end')).not.toHaveProperty('paddingInlineStart');
  });
});

it('disclosureSummaryRule removes the native marker and gives the summary the focus ring', () => {
  expect(disclosureSummaryRule.listStyle).toBe('none');
  expect(disclosureSummaryRule.selectors['&::-webkit-details-marker']).toEqual({ display: 'none' });
  expect(disclosureSummaryRule.selectors['&:focus-visible'].outline).toMatch(/var\(--bh-color-focus-ring\)/);
});

it('disclosurePrintContent shows the content of a closed disclosure in print', () => {
  expect(disclosurePrintContent.selectors['&::details-content']).toEqual({ '@media': { print: { contentVisibility: 'visible' } } });
});

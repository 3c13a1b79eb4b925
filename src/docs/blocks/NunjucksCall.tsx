/** A component's macro call in a Nunjucks template, beside the React usage on its docs page. */
import { Source } from '@storybook/addon-docs/blocks';
import type { Fixture } from '../../fixtures/fixture.js';
import { nunjucksCall } from './nunjucksCall.js';

/** The docs block: `<NunjucksCall component="QuoteBlock" fixture={fixtures[0]} />`. */
export function NunjucksCall({ component, fixture }: { component: string; fixture: Fixture }) {
  return <Source language="html" code={nunjucksCall(component, fixture)} />;
}

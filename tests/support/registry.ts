// The registry as the test matrices see it: every registered component with its definition, its
// fixtures and its schema. A component added to src/components/registry.ts appears in every
// matrix that loops over `registered`, with no edit here.
import type { ComponentType } from 'react';
import * as registry from '../../src/components/registry.js';
import { blockName, type ComponentDefinition } from '../../src/contract/definition.js';
import type { FixtureModule } from '../../src/fixtures/fixture.js';

const fixtureModules = import.meta.glob<FixtureModule>('../../src/components/*/*.fixtures.ts', { eager: true });

export interface RegisteredComponent extends FixtureModule {
  name: string;
  definition: ComponentDefinition;
  component: ComponentType<never>;
}

export const registered: RegisteredComponent[] = registry.definitions.map((definition) => {
  const { name } = definition;
  const component = (registry as Record<string, unknown>)[name] as ComponentType<never> | undefined;
  const fixtures = fixtureModules[`../../src/components/${name}/${name}.fixtures.ts`];
  if (!component) throw new Error(`registry: ${name} is in \`definitions\` but the registry does not export the component ${name}`);
  if (!fixtures) throw new Error(`registry: ${name} has no src/components/${name}/${name}.fixtures.ts`);
  return { name, definition, component, ...fixtures };
});

export const componentNames = registered.map((c) => c.name);

export function registeredComponent(name: string): RegisteredComponent {
  const found = registered.find((c) => c.name === name);
  if (!found) throw new Error(`registry: no component ${name}`);
  return found;
}

/** Every class a definition documents: its root (`bh-quote-block`), its parts and its modifiers. */
export function documentedClasses(definition: ComponentDefinition): string[] {
  const root = `bh-${blockName(definition)}`;
  return [root, ...definition.parts.map((part) => `${root}__${part}`), ...(definition.modifiers ?? []).map((modifier) => `${root}--${modifier}`)];
}

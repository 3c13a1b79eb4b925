// Hostile props for every registered component, derived from its published JSON Schema: each kind
// of content the schema allows (text, URL, date, language tag, option, heading level...) gets the
// matching hostile generator, every optional field sometimes missing, objects and lists sometimes
// the wrong type altogether.
import fc from 'fast-check';
import { createElement, type ReactElement } from 'react';
import * as kinds from '../../src/fixtures/schema.js';
import type { JsonSchema } from '../../src/fixtures/schema.js';
import {
  booleanProp,
  checkedLangProp,
  childrenProp,
  dateProp,
  enumProp,
  headingLevelProp,
  hostileText,
  idProp,
  labelsProp,
  localeProp,
  textProp,
  urlProp,
  wrongTyped,
} from './arbitraries.js';
import { registered, registeredComponent } from './registry.js';

/** One generated render: which component, the props as a caller would pass them. */
export interface HostileCase {
  component: string;
  props: Record<string, unknown>;
}

// Form field names: usable ones, ones a server would misread, and any text.
const fieldNameProp = fc.oneof(fc.constantFrom('q', 'useful', '_token', 'a.b:c-d', 'page[]', '1st', 'two words', '__proto__', 'constructor'), textProp);
const hiddenFieldsProp = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.oneof(fieldNameProp.filter((name): name is string => typeof name === 'string'), fc.string()), fc.oneof(hostileText, fc.integer(), wrongTyped), { maxKeys: 4 }) },
  { weight: 1, arbitrary: wrongTyped },
);

// The shared schema pieces, by identity: a component's schema is built from these very objects.
const byKind = new Map<unknown, fc.Arbitrary<unknown>>([
  [kinds.text, textProp],
  [kinds.hrefUrl, urlProp],
  [kinds.citeUrl, urlProp],
  [kinds.actionUrl, urlProp],
  [kinds.fieldName, fieldNameProp],
  [kinds.hiddenFields, hiddenFieldsProp],
  [kinds.imageUrl, urlProp],
  [kinds.pageUrlTemplate, urlProp],
  [kinds.isoDateOrInstant, dateProp],
  [kinds.locale, localeProp],
  [kinds.languageTag, checkedLangProp],
  [kinds.headingLevel, headingLevelProp],
  [kinds.id, idProp],
  [kinds.paragraphs, childrenProp],
]);

const sometimesWrong = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: wrongTyped });

/** A generator of what a JavaScript caller might pass where the schema describes `schema`. */
export function hostileValue(schema: JsonSchema, key = ''): fc.Arbitrary<unknown> {
  if (key === 'children') return childrenProp;
  if (key === 'labels') return labelsProp(Object.keys((schema.properties ?? {}) as object));
  const known = byKind.get(schema);
  if (known) return known;
  if (Array.isArray(schema.enum)) return enumProp(schema.enum.map(String));
  if (Array.isArray(schema.oneOf)) return fc.oneof(...(schema.oneOf as JsonSchema[]).map((option) => hostileValue(option, key)));
  switch (schema.type) {
    case 'string':
      return textProp;
    case 'boolean':
      return booleanProp;
    case 'integer':
    case 'number':
      return headingLevelProp;
    case 'array':
      return sometimesWrong(
        fc.array(fc.oneof({ weight: 6, arbitrary: hostileValue(schema.items as JsonSchema) }, { weight: 1, arbitrary: wrongTyped }, { weight: 1, arbitrary: hostileText }), {
          maxLength: 8,
        }),
      );
    case 'object':
      return sometimesWrong(hostileRecord(schema));
    default:
      throw new Error(`hostileProps: no generator for schema ${JSON.stringify(schema).slice(0, 200)}`);
  }
}

function hostileRecord(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  return fc.record(Object.fromEntries(properties.map(([key, value]) => [key, hostileValue(value, key)])), { requiredKeys: [] });
}

/** Whole prop objects for each registered component, from its schema. */
export const hostilePropsByComponent: Record<string, fc.Arbitrary<Record<string, unknown>>> = Object.fromEntries(
  registered.map(({ name, schema }) => [name, hostileRecord(schema)]),
);

/** The element for a case. Components take `unknown` here on purpose: the point is what a JavaScript caller can pass. */
export function elementFor({ component, props }: HostileCase): ReactElement {
  return createElement(registeredComponent(component).component, props as never);
}

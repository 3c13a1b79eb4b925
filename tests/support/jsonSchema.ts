// A small JSON Schema (draft 2020-12) checker for the keywords our content schemas use. No maintained
// 2020-12 validator is a direct dependency (the hoisted ajv is v6, draft-07 only), so this one is
// strict instead: a keyword it does not know is an error, never silently ignored.
type Schema = { [key: string]: unknown };

const annotations = new Set(['$schema', '$id', 'title', 'description', 'examples']);
const known = new Set([
  ...annotations, 'type', 'enum', 'pattern', 'minimum', 'maximum', 'properties', 'required', 'additionalProperties', 'items',
  'minItems', 'minProperties', 'propertyNames', 'oneOf', 'allOf', 'anyOf', 'not', 'if', 'then', 'const', 'contains', 'minContains', 'maxContains',
]);

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    default: throw new Error(`jsonSchema: unsupported type ${type}`);
  }
}

/** The reasons `value` does not fit `schema` (empty when it does), each with its JSON pointer. */
export function schemaErrors(schema: Schema, value: unknown, at = ''): string[] {
  for (const key of Object.keys(schema)) if (!known.has(key)) throw new Error(`jsonSchema: unsupported keyword ${key} at ${at || '/'}`);
  const where = at || '/';
  if (schema.type !== undefined && !typeMatches(schema.type as string, value)) return [`${where}: not of type ${String(schema.type)}`];
  const errors: string[] = [];
  if (schema.const !== undefined && schema.const !== value) errors.push(`${where}: not ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !(schema.enum as unknown[]).some((option) => option === value)) errors.push(`${where}: not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(value)) {
    errors.push(`${where}: does not match ${String(schema.pattern)}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) errors.push(`${where}: below ${String(schema.minimum)}`);
    if (schema.maximum !== undefined && value > (schema.maximum as number)) errors.push(`${where}: above ${String(schema.maximum)}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < (schema.minItems as number)) errors.push(`${where}: fewer than ${String(schema.minItems)} items`);
    if (schema.items !== undefined) value.forEach((item, index) => errors.push(...schemaErrors(schema.items as Schema, item, `${at}/${index}`)));
    if (schema.contains !== undefined) {
      const matching = value.filter((item) => schemaErrors(schema.contains as Schema, item, at).length === 0).length;
      if (matching < ((schema.minContains as number | undefined) ?? 1)) errors.push(`${where}: too few items match contains`);
      if (schema.maxContains !== undefined && matching > (schema.maxContains as number)) errors.push(`${where}: more than ${String(schema.maxContains)} items match contains`);
    }
  }
  if (typeMatches('object', value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    if (schema.minProperties !== undefined && Object.keys(record).length < (schema.minProperties as number)) errors.push(`${where}: too few properties`);
    for (const name of (schema.required ?? []) as string[]) if (!(name in record)) errors.push(`${where}: missing ${name}`);
    for (const [name, item] of Object.entries(record)) {
      const property = properties[name];
      if (schema.propertyNames !== undefined) errors.push(...schemaErrors(schema.propertyNames as Schema, name, `${at}/${name} (name)`));
      if (property) errors.push(...schemaErrors(property, item, `${at}/${name}`));
      else if (schema.additionalProperties === false) errors.push(`${where}: unknown property ${name}`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...schemaErrors(schema.additionalProperties as Schema, item, `${at}/${name}`));
    }
  }
  const fits = (part: unknown) => schemaErrors(part as Schema, value, at).length === 0;
  if (schema.not !== undefined && fits(schema.not)) errors.push(`${where}: matches what \`not\` excludes`);
  if (schema.if !== undefined && schema.then !== undefined && fits(schema.if)) errors.push(...schemaErrors(schema.then as Schema, value, at));
  if (schema.anyOf !== undefined && !(schema.anyOf as Schema[]).some((option) => schemaErrors(option, value, at).length === 0)) errors.push(`${where}: matches none of the anyOf options`);
  if (schema.allOf !== undefined) for (const part of schema.allOf as Schema[]) errors.push(...schemaErrors(part, value, at));
  if (schema.oneOf !== undefined) {
    const matching = (schema.oneOf as Schema[]).filter((option) => schemaErrors(option, value, at).length === 0).length;
    if (matching !== 1) errors.push(`${where}: matches ${matching} of the oneOf options, not exactly one`);
  }
  return errors;
}

/**
 * One of the allowed values of an option prop (a definition's `options`): the value itself when
 * allowed, else the default, which is the first allowed value.
 */
export function optionValue<const Value extends string | number>(allowed: readonly [Value, ...Value[]], value: unknown): Value {
  return allowed.includes(value as Value) ? (value as Value) : allowed[0];
}

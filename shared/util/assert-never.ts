/**
 * Marks a branch that the type system proves unreachable.
 *
 * Every `switch` over a string-literal union ends with `default: return assertNever(x)`, so adding a
 * member to the union is a compile error at each switch that forgot it, and a value that slipped past
 * the types (bad JSON) fails loudly instead of silently taking a wrong branch.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

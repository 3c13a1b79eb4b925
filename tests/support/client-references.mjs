// Node module hooks that do what a React Server Components bundler does with a 'use client' module
// on the server: its code is never run there; each export becomes a client reference. Used by
// tests/node/package.test.ts to import the package's main entry under the `react-server` condition.
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  const source = result.format === 'module' ? String(result.source) : '';
  if (!/^\s*['"]use client['"]/.test(source)) return result;
  const names = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((s) => s.trim().split(/\s+as\s+/).pop())).filter(Boolean);
  const reference = (name) =>
    `export const ${name} = Object.freeze({ $$typeof: Symbol.for('react.client.reference'), $$id: ${JSON.stringify(`${url}#${name}`)} });`;
  return { format: 'module', shortCircuit: true, source: names.map(reference).join('\n') };
}

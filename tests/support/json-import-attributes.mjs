// A Node module hook: gives every `.json` import the `type: 'json'` attribute Node requires.
// @actions/workflow-parser imports its schema without it (actions/languageservices#387), so plain
// Node refuses to load the package; tests/node/workflows.test.ts registers this hook first.
export async function load(url, context, nextLoad) {
  if (!url.endsWith('.json')) return nextLoad(url, context);
  return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
}

/**
 * Doc blocks that print a component's facts from its definition, so its docs page and its code
 * cannot disagree: its classes (parts and modifiers), its component tokens, its built-in labels.
 * Used in every component's MDX: `<ComponentClasses of={quoteBlockDefinition} />`.
 */
import { blockName, type ComponentDefinition } from '../../contract/definition.js';

/** A component's words for itself and its parts (its `<Name>.docs.ts`). */
interface Docs {
  description: string;
  parts: Readonly<Record<string, string>>;
  modifiers?: Readonly<Record<string, string>>;
}
import { locales } from '../../i18n/locale.js';
import { tokenVarName } from '../../tokens/naming.js';

const code = (text: string) => <code>{text}</code>;

/** A definition's description with its `code spans` set as code. */
const prose = (text: string) => text.split('`').map((piece, i) => (i % 2 ? <code key={i}>{piece}</code> : piece));

/** The root class, every part's class and every modifier, with what each is. */
export function ComponentClasses({ of: definition, docs }: { of: ComponentDefinition; docs: Docs }) {
  const root = `bh-${blockName(definition)}`;
  const rows: Array<[string, string, string]> = [
    [root, 'root', docs.description],
    ...definition.parts.map((part): [string, string, string] => [`${root}__${part}`, part.includes('--') ? 'part modifier' : 'part', docs.parts[part] ?? '']),
    ...(definition.modifiers ?? []).map((modifier): [string, string, string] => [`${root}--${modifier}`, 'modifier', docs.modifiers?.[modifier] ?? '']),
  ];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Class</th>
          <th scope="col">Kind</th>
          <th scope="col">What it is</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, kind, what]) => (
          <tr key={name}>
            <td>{code(name)}</td>
            <td>{kind}</td>
            <td>{prose(what)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The component tokens: each CSS variable and the semantic token it points at by default. */
export function ComponentTokens({ of: definition }: { of: ComponentDefinition }) {
  const rows = Object.entries(definition.tokens ?? {}).flatMap(([section, aliases]) =>
    Object.entries(aliases).map(([name, path]) => [`--${tokenVarName(['component', section, name])}`, `--${tokenVarName(path.split('.'))}`] as const),
  );
  if (!rows.length) return <p>This component has no component tokens: it uses the semantic tokens directly.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Default</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([variable, alias]) => (
          <tr key={variable}>
            <td>{code(variable)}</td>
            <td>{code(`var(${alias})`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The built-in labels in the three languages; each can be replaced through the `labels` prop. */
export function ComponentLabels({ of: definition }: { of: ComponentDefinition }) {
  const sections = Object.values(definition.labels ?? {});
  const keys = sections.flatMap((tables) => Object.keys(tables.en).map((key) => [key, tables] as const));
  if (!keys.length) return <p>This component has no built-in labels.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Key</th>
          {locales.map((locale) => (
            <th key={locale} scope="col" lang={locale}>
              {locale}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keys.map(([key, tables]) => (
          <tr key={key}>
            <td>{code(key)}</td>
            {locales.map((locale) => (
              <td key={locale} lang={locale}>
                {tables[locale][key]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

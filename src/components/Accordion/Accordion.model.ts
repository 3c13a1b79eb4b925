// Accordion's rules, once, for both renderers: the React component (Accordion.tsx) and the Nunjucks
// macro (Accordion.njk) render exactly what this model says. No React here: a section's content that
// is not a list of paragraphs is handed back to the renderer's own `body` reader (React: `slot`,
// the macro: `templateSlot`).
import type { LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { quotedValue, warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel, type HeadingTag } from '../../internal/headingLevel.js';
import { usableId } from '../../internal/ids.js';
import { textOrUndefined } from '../../internal/text.js';
import { templateSlot } from '../../contract/templateSlot.js';
import { groupNamePattern } from './Accordion.definition.js';
import * as styles from './Accordion.css.js';

const componentName = 'Accordion';

const groupName = /* @__PURE__ */ new RegExp(groupNamePattern);

/** One question and its answer. */
export interface AccordionSectionContent<Content> {
  /** The question, shown as the section's heading: "Who takes part?". Plain text. */
  heading: string;
  /**
   * The answer. A list of strings is one paragraph each; anything else (text, elements) is shown
   * as it is. Sections without a usable heading or content are skipped.
   */
  content: Content;
  /**
   * Open at first. Readers can still close it. In a group with `name`, only the first open
   * section is open (browsers keep one open at a time).
   * @default false
   */
  open?: boolean;
  /** An id for the section, so a link (a contents list) can point at it. */
  id?: string;
}

/** Accordion's content props. */
export interface AccordionContent<Content> {
  /** The questions, in order. */
  sections: readonly AccordionSectionContent<Content>[];
  /**
   * The level of each question's heading, to fit the page outline.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * Make the group exclusive: opening one section closes the one that was open (the `name` of
   * every `<details>`; Chrome 120, Safari 17.2, Firefox 130; older browsers let several open).
   * A letter, then letters, digits, `_` and `-`, unique on the page: `programme-faq`.
   */
  name?: string;
  /** The language of the content; when given, the root carries `lang`. */
  locale?: LocaleInput;
}

/** One section as it renders: `paragraphs` when the content is a list of strings, else `body`. */
export interface AccordionSectionModel<Body> {
  heading: string;
  open: boolean;
  id?: string;
  paragraphs?: string[];
  body?: Body;
}

/** What an Accordion renders: the decisions its props lead to. */
export interface AccordionModel<Body> {
  /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by `rootProps`. */
  root: ReturnType<typeof rootProps>;
  headingTag: HeadingTag;
  /** The group's name, written on every section; undefined without a usable one. */
  name?: string;
  sections: AccordionSectionModel<Body>[];
}

const asObject = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/**
 * What an Accordion renders, from its props. `body` reads content that is not a list of strings
 * (React: `slot`), undefined when it shows nothing. Undefined, so nothing renders, when no section
 * has both a heading and content.
 */
export function accordionModel<Body, Rest extends object>(
  { sections, headingLevel, name, locale, ...rest }: AccordionContent<unknown> & Rest,
  body: (content: unknown, where?: readonly [string, string]) => Body | undefined,
): AccordionModel<Body> | undefined {
  const entries: unknown[] = Array.isArray(sections) ? sections : [];
  const group = typeof name === 'string' && groupName.test(name) ? name : undefined;
  if (__DEV__ && name !== undefined && !group) warnDev(componentName, `\`name\` ${quotedValue(name)} is not a usable group name (a letter, then letters, digits, _ and -); the sections open independently.`);

  let opened = false;
  const kept: AccordionSectionModel<Body>[] = [];
  for (const entry of entries) {
    const { heading, content, open, id } = asObject(entry);
    const headingText = textOrUndefined(heading, __DEV__ ? [componentName, 'sections[].heading'] : undefined);
    const section: AccordionSectionModel<Body> = { heading: headingText ?? '', open: false };
    if (Array.isArray(content) && content.length > 0 && content.every((item) => typeof item === 'string')) {
      const paragraphs = content.map((item) => textOrUndefined(item, __DEV__ ? [componentName, 'sections[].content'] : undefined)).filter((item) => item !== undefined);
      if (paragraphs.length) section.paragraphs = paragraphs;
    } else {
      section.body = body(content, __DEV__ ? [componentName, 'sections[].content'] : undefined);
    }
    if (!headingText || !(section.paragraphs || section.body !== undefined)) continue;
    if (id !== undefined) {
      section.id = usableId(id);
      if (__DEV__ && !section.id) warnDev(componentName, `the \`id\` of "${headingText}" is not a usable id (empty, or with spaces); left out.`);
    }
    // With a name the browser keeps one open: the server's HTML says the same.
    section.open = open === true && !(group && opened);
    opened ||= section.open;
    kept.push(section);
  }

  if (__DEV__ && kept.length < entries.length) warnDev(componentName, `skipped ${entries.length - kept.length} of the \`sections\` without a usable \`heading\` and \`content\`.`);
  if (!kept.length) {
    if (__DEV__) warnDev(componentName, 'rendered nothing: `sections` holds no section with a heading and content.');
    return undefined;
  }
  return { root: rootProps(rest, { className: styles.root, locale }), headingTag: headingTag(headingLevel, 3), name: group, sections: kept };
}

/** The macro's model: a section's content that is not a list of paragraphs is a slot's parts (text, another macro's output). */
export const template = (params: AccordionContent<unknown>, _input: TemplateInput) => accordionModel(params, templateSlot);

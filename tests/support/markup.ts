// Checks on rendered HTML that need no DOM: a real HTML parser (parse5, the one jsdom uses) for
// structure, URLs, languages and link names, and html-validate for conformance.
import { HtmlValidate, type Message } from 'html-validate';
import { parseFragment } from 'parse5';

interface Attr {
  name: string;
  value: string;
  prefix?: string;
}
interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: Attr[];
  value?: string;
  data?: string;
  childNodes?: Node[];
}

/**
 * Elements no component renders and that text written as HTML would inject: scripts, styles,
 * frames, forms, embedded content and document-level elements. (Elements components do render,
 * such as `img`, `svg` and `a`, are checked by their attributes and URLs instead.)
 */
export const injectedElements = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'textarea', 'select',
  'plaintext', 'xmp', 'noscript', 'template', 'base', 'meta', 'title', 'link', 'math', 'marquee', 'foreignobject',
]);

/** Attributes no component renders that change behaviour or presentation from markup. */
export const injectedAttributes = /^(on|style$|srcdoc$|formaction$|http-equiv$|xmlns)/i;

/** Attributes that a browser resolves as a URL (or a list of them). */
export const urlAttributes = new Set([
  'href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'ping',
  'longdesc', 'usemap', 'manifest', 'codebase', 'archive', 'icon', 'profile',
]);

const safeSchemes: Record<string, ReadonlySet<string>> = {
  href: new Set(['http:', 'https:', 'mailto:', 'tel:']),
  cite: new Set(['http:', 'https:']),
  src: new Set(['http:', 'https:']),
  action: new Set(['http:', 'https:']),
};

/**
 * The forms the components render themselves (SearchForm, FeedbackPrompt), known by their
 * documented class: they and the fields inside them are the components' own, not injected.
 */
const componentForm = /(^|\s)bh-(search-form|feedback-prompt__form)(\s|$)/;

const base = 'https://bauhinia.example/news/item';

/**
 * Why a URL attribute is unsafe, or undefined when it is safe. Uses the WHATWG URL parser (the
 * browsers' own algorithm), so obfuscations such as tabs inside `java\tscript:` are seen the way a
 * browser sees them, not the way our gate sees them.
 */
export function unsafeUrlReason(element: string, attribute: string, value: string): string | undefined {
  const allowed = safeSchemes[attribute];
  if (!allowed) return `URL attribute ${attribute} is never rendered`;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined; // a URL the browser cannot parse goes nowhere
  }
  if (allowed.has(url.protocol)) return undefined;
  if (attribute === 'src' && element === 'img' && url.protocol === 'data:' && /^image\//i.test(url.pathname)) return undefined;
  if (attribute === 'href' && element === 'link' && url.protocol === 'data:' && /^image\//i.test(url.pathname)) return undefined;
  return `${url.protocol} URL in ${element}[${attribute}]`;
}

function isValidLanguageTag(value: string): boolean {
  if (value === '') return true;
  try {
    Intl.getCanonicalLocales(value);
    return true;
  } catch {
    return false;
  }
}

// Text that gives a link no name: white space, format controls (zero-width, bidi) and nothing else.
const invisible = /[\p{White_Space}\p{Cf}]/gu;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.attrs?.some((a) => a.name === 'aria-hidden' && a.value === 'true')) return '';
  return (node.childNodes ?? []).map(textOf).join('');
}

export interface MarkupReport {
  problems: string[];
  elements: number;
  links: number;
}

/** Parses `html` as body content and lists every problem found (empty when the markup is clean). */
export function inspectMarkup(html: string): MarkupReport {
  const problems: string[] = [];
  let elements = 0;
  let links = 0;
  const visit = (node: Node, inComponentForm = false) => {
    if (node.nodeName === '#comment') {
      // renderToString separates adjacent text with empty comments; any other comment came from input.
      if ((node.data ?? '').trim() !== '') problems.push(`comment <!--${node.data}-->`);
    } else if (node.tagName !== undefined) {
      elements += 1;
      const tag = node.tagName;
      // React's own hint for an eagerly loaded image: `<link rel="preload" as="image">`, URL checked below.
      const attribute = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
      const imagePreload = tag === 'link' && attribute('rel') === 'preload' && attribute('as') === 'image';
      const ownForm = tag === 'form' && componentForm.test(attribute('class') ?? '');
      const ownField = tag === 'input' && inComponentForm;
      if (injectedElements.has(tag) && !imagePreload && !ownForm && !ownField) problems.push(`unexpected element <${tag}>`);
      inComponentForm ||= ownForm;
      for (const attr of node.attrs ?? []) {
        const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
        if (injectedAttributes.test(name)) problems.push(`unexpected attribute ${name} on <${tag}>`);
        if (urlAttributes.has(name)) {
          const reason = unsafeUrlReason(tag, name, attr.value);
          if (reason) problems.push(`${reason}: ${JSON.stringify(attr.value.slice(0, 80))}`);
        }
        if (name === 'lang' && !isValidLanguageTag(attr.value)) problems.push(`invalid lang ${JSON.stringify(attr.value.slice(0, 40))} on <${tag}>`);
      }
      if (tag === 'a') {
        links += 1;
        const label = node.attrs?.find((a) => a.name === 'aria-label')?.value ?? '';
        if (textOf(node).replace(invisible, '') === '' && label.replace(invisible, '') === '') {
          problems.push('link without an accessible name');
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child, inComponentForm);
  };
  visit(parseFragment(html) as unknown as Node);
  return { problems, elements, links };
}

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {
    // A component is a fragment of a page: the page owns its landmarks.
    'unique-landmark': 'off',
    // ARIA allows naming a list; the a11y preset only discourages it. The strip names its list on purpose.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
});

/** html-validate's errors for an HTML fragment, one line each. */
export function validateHtml(html: string): string[] {
  const report = validator.validateStringSync(html);
  return report.results.flatMap((result) => result.messages.map((m: Message) => `${m.ruleId}: ${m.message}`));
}

// What a component's model module (`src/components/<Name>/<Name>.model.ts`) gives its Nunjucks macro
// and gets from configureNunjucks (src/nunjucks/). Types only: nothing here exists at run time.

/**
 * A macro's children, by the fixture contract (src/fixtures/README.md): a string is passed as it
 * is, an array is one `<p>` per string, and `{% call %}` wraps markup.
 */
export interface TemplateContent {
  /** True when React renders something for the same children (`hasContent`). */
  present: boolean;
  /** `children` when it is not an array, exactly as given (a string, or what a careless caller passed). */
  text?: unknown;
  /**
   * `children` as an array: the text of each `<p>`, as React writes it (numbers as digits; null and
   * booleans as nothing), or another macro's output (a Nunjucks `SafeString`), written as it is.
   */
  paragraphs?: Array<string | object>;
  /** What `{% call %}` wrapped: markup the calling template rendered and escaped itself. */
  markup?: unknown;
}

/**
 * The id of an element another one points to (a heading that `aria-labelledby` names): the
 * caller's `given` id when usable, else one made from `prefix` and the `content` it stands for,
 * unique within the render (React's components use `useLabelId` instead).
 */
export type TemplateId = (prefix: string, given: unknown, content: string) => string;

/** The second argument of a model module's `template` function. */
export interface TemplateInput {
  content: TemplateContent;
  id: TemplateId;
}

/**
 * What every model module exports for its macro. The React component does not render from it (a
 * model object's property names would cost every bundle bytes); both take their rules from the same
 * helpers, and the tests compare their HTML.
 */
export interface ModelModule {
  /**
   * The model a macro renders, from the macro's params (without `children`) and its children;
   * undefined when the component renders nothing.
   */
  template: (params: Record<string, unknown>, input: TemplateInput) => object | undefined;
}

// The entry `rcs-kit/template`: everything of the main entry, plus validateTemplate and
// renderTemplate (docs/templates.md), with a module that has the template ops. The types
// of their answers are generated from the Rust code into ./rcs-kit.d.ts.
import type { MessageTemplate, TemplateReport, RenderedAudience } from "./rcs-kit.js";
import type { ValidateOptions, Bytes } from "./index.js";

export * from "./index.js";

/** Options of `validateTemplate`: `strict` and `now` as `validate`'s (the rendering is
 * validated with them). */
export type TemplateOptions = Pick<ValidateOptions, "strict" | "now" | "advice" | "market" | "messages">;
/** Options of `renderTemplate`. */
export interface RenderOptions extends TemplateOptions {
  /** At most this many messages per request (default 1000); requests also stay under the
   * API's 10 MB. */
  maxMessages?: number;
}
/** Checks a message template (docs/templates.md): the sample rendering, the worst case
 * (every variable at its `maxLength`), the empty case, the placeholders and variables,
 * each issue at its JSON pointer into the template; and the room left per field. */
export function validateTemplate(template: MessageTemplate | string | Bytes, options?: TemplateOptions): TemplateReport;
/** Renders a template for every row of an audience (objects keyed by variable, or a CSV
 * text with a header row), as `rcs-kit render` does: each row validated, failing rows
 * reported and left out, the rest grouped into requests under 10 MB and `maxMessages`. */
export function renderTemplate(template: MessageTemplate | string | Bytes, rows: Record<string, string | number | boolean | null>[] | string, options?: RenderOptions): RenderedAudience;


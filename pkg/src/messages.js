// Messages from a catalogue: the module reports each issue's message as a key and its
// parameters ({key, params}); this renders it from a catalogue (key → template, `{name}`
// a parameter, `{{` and `}}` a brace), falling back to English, generated from the Rust
// declarations, for a key the catalogue lacks.

import { EN } from "./generated/messages.js";

const PLACEHOLDER = /\{\{|\}\}|\{([A-Za-z0-9_]+)\}/g;

/**
 * The text of `msg` (`{key, params}`, an issue's `msg`) from `catalogue` (an object of
 * key → template, e.g. the German one of "rcs-kit/messages/de"), in English for a key it
 * lacks. A parameter is a number, a text, or itself a message (how a field is named).
 */
export function renderMessage(msg, catalogue) {
  const own = catalogue && Object.hasOwn(catalogue, msg.key) ? catalogue[msg.key] : undefined;
  const template = typeof own === "string" ? own : Object.hasOwn(EN, msg.key) ? EN[msg.key] : msg.key;
  const params = msg.params ?? {};
  return template.replace(PLACEHOLDER, (all, name) => {
    if (name === undefined) return all[0];
    if (!Object.hasOwn(params, name)) return "";
    const p = params[name];
    return typeof p === "object" && p !== null ? renderMessage(p, catalogue) : String(p);
  });
}

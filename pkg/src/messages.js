// Messages from a catalogue: the module reports each issue's message as the id of its
// catalogue entry and its parameters ({id, params}); this names it by its key
// ({key, params}) and renders it from a catalogue (key → template, `{name}` a parameter,
// `{{` and `}}` a brace), falling back to English, generated from the Rust declarations,
// for a key the catalogue lacks.

import { MESSAGES } from "./generated/messages.js";

/** `key<TAB>template` lines as [key, template] pairs. */
const pairs = (lines) => lines.split("\n").slice(0, -1).map((l) => l.split("\t"));
const CORE = pairs(MESSAGES);
/** [key, template] of an entry's own messages (addMessages), by id from `first`. */
let more = [];
let first = 0;
let moduleKeys = [];
/** [key, template] of MESSAGES by id. */
let BY_ID = [];
/** The English catalogue: message key → template. */
export let EN = {};

function index() {
  BY_ID = CORE.map(([k, t], i) => [k || moduleKeys[i], t]);
  EN = Object.fromEntries(BY_ID.concat(more));
}

/** Called with the module's keys (op MESSAGE_KEYS, a line per id) once it is
 * instantiated: the keys that are rule codes, which the generated catalogue leaves blank. */
export function learnKeys(lines) {
  moduleKeys = lines.split("\n");
  index();
}

/** Adds an entry's own messages, with ids from `from`: those only the template checks
 * report (the generated TEMPLATE_MESSAGES, whose ids follow MESSAGES'), the entry
 * rcs-kit/template's, or the Messages API profile's (MESSAGES_API_MESSAGES, from
 * MESSAGES_API_FIRST), the entry rcs-kit/messages-api's. */
export function addMessages(lines, from = CORE.length) {
  more = pairs(lines);
  first = from;
  index();
}

/** A placeholder: `{{` (a `{` captured first), `}}` (a `}` second), `{name}` (third). */
const PLACEHOLDER = /(\{)\{|(\})\}|\{([A-Za-z0-9_]+)\}/;

/** A message as the module writes it ({id, params}, nested parts alike) by its key. */
export function named(wire) {
  const params = {};
  const from = wire.params;
  // own keys only (for-in would also list a key someone made enumerable on Object.prototype)
  for (const name of Object.keys(from)) {
    const p = from[name];
    params[name] = typeof p === "object" && p !== null ? named(p) : p;
  }
  return { key: wire.key ?? (BY_ID[wire.id] ?? more[wire.id - first])[0], params };
}

/** Templates split once at their placeholders (a text, then the three captures of each
 * placeholder and the text after it), by template: a report of the maximal carousel
 * renders a few templates some hundred times, and a regular expression replace per
 * message was an eighth of its time. */
const PIECES = new Map();

/**
 * The text of `msg` (`{key, params}`, an issue's `msg`) from `catalogue` (an object of
 * key → template, e.g. the German one of "rcs-kit/messages/de"), in English for a key it
 * lacks. A parameter is a number, a text, or itself a message (how a field is named).
 */
export function renderMessage(msg, catalogue) {
  const own = catalogue && Object.hasOwn(catalogue, msg.key) ? catalogue[msg.key] : undefined;
  const template = typeof own === "string" ? own : Object.hasOwn(EN, msg.key) ? EN[msg.key] : msg.key;
  const params = msg.params ?? {};
  let parts = PIECES.get(template);
  if (parts === undefined) {
    // a catalogue passed in may hold any number of templates: the cache stays bounded
    if (PIECES.size >= 4096) PIECES.clear();
    PIECES.set(template, (parts = template.split(PLACEHOLDER)));
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 4) {
    const name = parts[i + 2];
    if (name === undefined) out += parts[i] ?? parts[i + 1];
    else if (Object.hasOwn(params, name)) {
      const p = params[name];
      out += typeof p === "object" && p !== null ? renderMessage(p, catalogue) : String(p);
    }
    out += parts[i + 3];
  }
  return out;
}

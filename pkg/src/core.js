// rcs-kit core: validate, limits, version.
// A thin wrapper over the WebAssembly module: one-time initialisation, payloads in (JSON
// text, bytes, or an object as a tape), JSON reports out, errors as real Error objects.
// Every rule lives in the Rust core. Both entries use it: the validate-only one
// (validate.js, with the module built without billing and the rest) and the whole
// package (index.js, whose extras.js adds build, billing, SMS parts, failover text and
// features). The entry hands over the module and its glue (`install`).

import { learnKeys, named, renderMessage } from "./messages.js";
import {
  OP_VALIDATE, OP_VALIDATE_TEXT, OP_UNSERIALIZABLE, OP_VERSION, OP_LAST_PANIC, OP_PANIC, OP_MESSAGE_KEYS, LIMITS,
  TAPE_TAG_BITS, TAPE_NULL, TAPE_FALSE, TAPE_TRUE, TAPE_NUMBER, TAPE_TEXT, TAPE_HOST, TAPE_ARRAY, TAPE_OBJECT,
} from "./generated/data.js";

// The glue's exports (wasm-bindgen's, of the entry's module): `call(op, a, b)`,
// `callBytes(op, bytes, b, size)`, `validateTape(...)` and `initSync`. The op codes are
// generated from crates/wasm/src/lib.rs (`Op`), so they name themselves: `run(OP_SMS, text)`.
let glue = null;
const lastPanic = () => glue.call(OP_LAST_PANIC, "", "");
/** Op `op` of the module's `call` export, through `call` (which recovers from a trap). */
export const run = (op, a = "", b = "") => call(() => glue.call(op, a, b));
/** Op `op` on `bytes`, the body of `size` bytes, through `callBytes` (see `run`). */
export const runBytes = (op, bytes, b, size) => call(() => glue.callBytes(op, bytes, b, size));

/** For the package's tests and benchmark only (not exported by index.js or node.js):
 * `panic()` makes the module panic, `lastPanic()` shows whether the current instance has
 * seen one, `walk(payload)` only writes the tape (the number of words, -1 when the payload
 * would go as text). */
export const testHooks = {
  panic: () => run(OP_PANIC),
  lastPanic,
  walk(payload) {
    if (polluted()) return -1;
    startTape(Infinity); // the bench page does not install the module this hook comes with
    try {
      walk(payload, 0);
      return nw;
    } catch {
      return -1;
    } finally {
      strs = [];
    }
  },
};

/** Misuse of the API (not a bad payload): has a stable `code`. */
export class RcsKitError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "RcsKitError";
    this.code = code;
  }
}

let compiled = null;

/** Called once by the entry module (index.js, node.js, validate.js, validate-node.js) with
 * the compiled module and its glue's `{initSync, call, callBytes, validateTape}`. */
export function install(module, bindings) {
  compiled = module;
  glue = bindings;
  glue.initSync({ module });
  learnKeys(run(OP_MESSAGE_KEYS));
}

/** Runs a wasm call; a trap (a bug, never a bad payload) becomes an RcsKitError and the
 * module is instantiated afresh for the next call. */
export function call(f) {
  if (!compiled) throw new RcsKitError("internal", "rcs-kit is not initialised: import it from \"rcs-kit\" or \"rcs-kit/validate\"");
  try {
    return f();
  } catch (e) {
    let detail = "";
    try {
      detail = lastPanic();
    } catch {
      // the old instance is unusable; the trap's own message is all there is
    }
    glue.initSync({ module: compiled });
    throw new RcsKitError("internal", `rcs-kit failed internally (please report): ${detail || (e && e.message ? e.message : e)}`);
  }
}

/** What `e` (anything a getter, a proxy trap or toJSON threw) says, without throwing:
 * its `message` or its text, which may themselves throw. */
export function reason(e) {
  try {
    return "" + (e?.message ?? e);
  } catch {
    return "an exception";
  }
}

/** The options as JSON text for the module (`kind` from a builder wins). Options that
 * cannot be read (a getter or proxy trap that throws, a BigInt) are misuse: RcsKitError
 * `options.invalid`, never the raw exception. */
export function optionsJson(options, kind) {
  let o = options ?? {};
  let why = typeof o != "object" ? `options must be an object, not ${typeof o}` : "";
  try {
    if (!why && Array.isArray(o)) why = "options must be an object, not an array";
    if (!why) {
      o = { ...o };
      // the wrapper's own option: the catalogue messages are rendered from (see validate)
      delete o.messages;
      if (kind) o.kind = kind;
      if (!("now" in o)) o.now = Date.now();
      else if (o.now instanceof Date && isNaN((o.now = o.now.getTime()))) why = "options.now is an invalid Date";
      if (!why) return JSON.stringify(o);
    }
  } catch (e) {
    throw unreadableOptions(e);
  }
  throw new RcsKitError("options.invalid", why);
}

export const unreadableOptions = (e) => new RcsKitError("options.invalid", `the options cannot be read (${reason(e)})`);

// ---- Objects as a tape (the format is documented in src/json/tape.rs; the tags are generated from it) ----
// One walk writes the structure as 32-bit words and short ASCII strings as bytes; every
// other string stays here, and the module asks for one only when a rule reads it (a length
// check is decided by the UTF-16 length, which bounds the character count). Whatever
// JSON.stringify would transform rather than copy (toJSON, non-plain objects, BigInt, NaN,
// lone surrogates, cycles, anything that might be over the API's size limit as text) sends
// the payload as JSON text instead: either way the report is the one of the payload's
// JSON text. Two exceptions, both contrived: a getter runs twice when the walk gives up
// after reaching it (the walk, then JSON.stringify; a third time, to find where, when
// JSON.stringify throws), and a boxed primitive whose prototype was replaced by
// Object.prototype is walked as a plain object.
const INLINE = 64; // longest string copied into the tape (ASCII only)
const GUARD = 1000; // recursion guard: deeper payloads go as text (the module allows far less)
const SHRINK = 1 << 16; // buffers grown past this are dropped after the call
const BAIL = Symbol("not plain JSON data");
const wellFormed = String.prototype.isWellFormed
  ? (s) => s.isWellFormed()
  : (s) => !/\p{Surrogate}/u.test(s);

// The strings left out of a tape, as the module sees them: text(i) when a rule reads
// string i, chars(i) for an exact length (counting here is cheaper than copying a long
// two-byte string in). Each string is checked once for lone surrogates, which JSON text
// cannot carry (the text path reports them): by the call that reads it, or at the end.
class Host {
  constructor(list) {
    this.list = list;
    this.seen = new Uint8Array(list.length);
    this.bad = false;
  }
  text(i) {
    const s = this.list[i];
    if (!this.seen[i]) {
      this.seen[i] = 1;
      if (!wellFormed(s)) this.bad = true;
    }
    return s;
  }
  chars(i) {
    const s = this.list[i];
    const len = s.length;
    let n = len;
    this.seen[i] = 1;
    for (let j = 0; j < len; j++) {
      const c = s.charCodeAt(j);
      if ((c & 0xf800) !== 0xd800) continue; // not a surrogate
      if (c < 0xdc00 && (s.charCodeAt(j + 1) & 0xfc00) === 0xdc00) {
        n--; // a pair: one character
        j++;
      } else {
        this.bad = true; // a lone surrogate
        return n;
      }
    }
    return n;
  }
  wellFormed() {
    if (this.bad) return false;
    for (let i = 0; i < this.list.length; i++) if (!this.seen[i] && !wellFormed(this.list[i])) return false;
    return true;
  }
}

let words = new Uint32Array(1024);
let bytes = new Uint8Array(4096);
let nw = 0;
let nb = 0;
let strs = [];
let walking = false;
const path = []; // the objects and arrays being walked, to catch a cycle
// A tape of n words or bytes stands for at least n bytes of JSON text: past the API's
// size limit (set from limits() for each walk), only the text can tell.
let cap = Infinity;

function word(w) {
  if (nw === words.length) {
    if (nw >= cap) throw BAIL;
    const grown = new Uint32Array(nw * 2);
    grown.set(words);
    words = grown;
  }
  words[nw++] = w;
}

function ascii(s, n) {
  if (nb + n > bytes.length) {
    if (nb + n > cap) throw BAIL;
    const grown = new Uint8Array(Math.max(bytes.length * 2, nb + n));
    grown.set(bytes.subarray(0, nb));
    bytes = grown;
  }
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return false;
    bytes[nb + i] = c;
  }
  nb += n;
  return true;
}

function string(s) {
  const n = s.length;
  if (n <= INLINE && ascii(s, n)) return word((n << TAPE_TAG_BITS) | TAPE_TEXT);
  if (strs.length > 0xfffffff) throw BAIL;
  word((strs.length << TAPE_TAG_BITS) | TAPE_HOST);
  word(n);
  strs.push(s);
}

function walk(v, depth) {
  switch (typeof v) {
    case "string":
      return string(v);
    case "number": {
      if (!Number.isFinite(v)) throw BAIL;
      const t = "" + v; // what JSON.stringify writes for a finite number
      ascii(t, t.length);
      return word((t.length << TAPE_TAG_BITS) | TAPE_NUMBER);
    }
    case "boolean":
      return word(v ? TAPE_TRUE : TAPE_FALSE);
    case "object": {
      if (v === null) return word(TAPE_NULL);
      if (depth > GUARD || v.toJSON !== undefined || path.includes(v)) throw BAIL;
      if (Array.isArray(v)) {
        const n = v.length; // a proxy may say anything
        if (!Number.isInteger(n) || n < 0 || n > 0xfffffff) throw BAIL;
        word((n << TAPE_TAG_BITS) | TAPE_ARRAY);
        path.push(v);
        for (let i = 0; i < n; i++) {
          const x = v[i];
          if (x === undefined || typeof x === "function" || typeof x === "symbol") word(TAPE_NULL); // as JSON.stringify: null
          else walk(x, depth + 1);
        }
        path.pop();
        return;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) throw BAIL;
      path.push(v);
      const at = nw;
      word(TAPE_OBJECT);
      let n = 0;
      // for-in lists the own enumerable keys in Object.keys order (and is faster): the
      // prototype is Object.prototype, checked to have no enumerable keys, or null.
      for (const k in v) {
        const x = v[k];
        if (x === undefined || typeof x === "function" || typeof x === "symbol") continue; // as JSON.stringify: left out
        string(k);
        walk(x, depth + 1);
        n++;
      }
      path.pop();
      words[at] = (n << TAPE_TAG_BITS) | TAPE_OBJECT; // n < cap < 2^28: the words written bound it
      return;
    }
    default:
      throw BAIL;
  }
}

/** Whether Object.prototype has an enumerable key (someone added one): for-in would list
 * it in every object, so the walk is off. */
function polluted() {
  for (const k in Object.prototype) return k !== undefined;
  return false;
}

/** The report of a plain-data object through a tape, or null when it must go as text. */
function viaTape(payload, opts) {
  if (polluted()) return null;
  startTape(limits().request.size.max);
  walking = true;
  try {
    walk(payload, 0);
  } catch {
    // BAIL, or a getter or proxy trap that threw: JSON.stringify meets it again
    strs = [];
    shrink();
    return null;
  } finally {
    walking = false;
  }
  const host = new Host(strs);
  strs = [];
  try {
    const out = call(() => glue.validateTape(words.subarray(0, nw), bytes.subarray(0, nb), host, host.list.length, opts));
    return out === "" || !host.wellFormed() ? null : JSON.parse(out);
  } finally {
    shrink();
  }
}

/** Empties the tape for a new walk that may write `limit` words or bytes at most. */
function startTape(limit) {
  cap = limit;
  nw = 0;
  nb = 0;
  strs = [];
  path.length = 0;
}

/** Drops buffers a large payload grew, so that they are not kept for good. */
function shrink() {
  if (words.length > SHRINK) words = new Uint32Array(1024);
  if (bytes.length > SHRINK) bytes = new Uint8Array(4096);
}

// ---- Bytes: the UTF-8 JSON text of a body, as a Node server or `fetch` has it ----
// Any BufferSource (what TextDecoder reads): an ArrayBuffer or SharedArrayBuffer, or a
// view of one (Buffer, Uint8Array or another typed array, DataView), from any realm. The
// brand checks are the built-in getters, which neither a subclass nor a shadowing
// property can fool. The glue copies the bytes straight into the module's memory.
const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key)?.get;
const typedArray = Object.getPrototypeOf(Uint8Array.prototype);
const viewGetters = [typedArray, DataView.prototype].map((p) => ["buffer", "byteOffset", "byteLength"].map((k) => getter(p, k)));
const bufferLengths = [ArrayBuffer, globalThis.SharedArrayBuffer].filter(Boolean).map((c) => getter(c.prototype, "byteLength"));
const NOT_BYTES = 0;
const DETACHED = "a detached ArrayBuffer";

/** Whether `o` is an array or an object whose prototype is Object.prototype or null: what
 * almost every call passes, and never a buffer, said without the brand checks of
 * bytesOf(), each of which throws for a non-buffer (three exceptions cost more than the
 * whole check of a small body: 40 µs against 12 µs a call in Node). A buffer whose
 * prototype was swapped for one of these is read as the plain object it then claims to
 * be, as JSON.stringify reads it. */
function plainData(o) {
  try {
    if (Array.isArray(o)) return true;
    const proto = Object.getPrototypeOf(o);
    return proto === Object.prototype || proto === null;
  } catch {
    return false; // a revoked proxy or a trap that throws: the brand checks and the walk meet it
  }
}

/** The bytes of `payload` as a Uint8Array over its memory (no copy); `NOT_BYTES` when it
 * is no BufferSource; a string (why) when it is one that cannot be read (detached). */
export function bytesOf(payload) {
  if (typeof payload !== "object" || payload === null) return NOT_BYTES;
  let buffer = payload;
  let offset = 0;
  let length;
  if (ArrayBuffer.isView(payload)) {
    // A typed array's getters throw for a DataView, and the other way round.
    let g = viewGetters[0];
    try {
      g[0].call(payload);
    } catch {
      g = viewGetters[1];
    }
    try {
      buffer = g[0].call(payload);
      offset = g[1].call(payload);
      length = g[2].call(payload); // a DataView over a detached buffer throws here
    } catch {
      return DETACHED;
    }
  } else {
    if (plainData(payload)) return NOT_BYTES;
    for (const l of bufferLengths) {
      try {
        length = l.call(payload);
        break;
      } catch {
        // not of this kind
      }
    }
    if (length === undefined) return NOT_BYTES;
  }
  try {
    // Throws for a detached buffer (whose typed arrays say they are empty).
    return new Uint8Array(buffer, offset, length);
  } catch {
    return DETACHED;
  }
}

/** The report of a body given as bytes, as `rcs_kit::validate_bytes` gives it; a body over
 * the API's size limit is not copied into the module (its length tells). */
function viaBytes(bytes, opts) {
  const size = bytes.length;
  const body = size > limits().request.size.max ? bytes.subarray(0, 0) : bytes;
  return JSON.parse(runBytes(OP_VALIDATE, body, opts, size));
}

/**
 * Validates a send request (`POST /rcs/2/messages`), an events request
 * (`POST /rcs/1/events`) or a capability check, given as a plain object, a JSON string
 * or the bytes of its UTF-8 JSON text (Buffer, Uint8Array, ArrayBuffer, DataView).
 * Returns `{valid, issues}`; a bad payload never throws.
 */
export function validate(payload, options, kind) {
  const opts = optionsJson(options, kind);
  const catalogue = messagesOption(options);
  const out = report(payload, opts);
  if (out.error) throw new RcsKitError(out.error.code, out.error.message);
  out.issues = out.issues.map((i) => issue(i, catalogue));
  return out;
}

/** The catalogue of `options.messages` (key → template; English for a key it lacks). */
export function messagesOption(options) {
  let m;
  try {
    m = options?.messages;
  } catch (e) {
    throw unreadableOptions(e);
  }
  if (m === undefined || m === null) return null;
  if (typeof m !== "object" || Array.isArray(m)) throw new RcsKitError("options.invalid", `options.messages must be an object (message key → template), not ${Array.isArray(m) ? "an array" : typeof m}`);
  return m;
}

/** An issue of the module's report as the package gives it: its message rendered from
 * `catalogue` (its key and parameters stay on it as `msg`, not enumerable, so that
 * reports compare and serialize as the native ones). */
export function issue(wire, catalogue) {
  const m = named(wire.msg);
  const out = { severity: wire.severity, code: wire.code, path: wire.path, message: renderMessage(m, catalogue) };
  // limit and actual, when the issue has them (in that order, as native reports)
  if (wire.limit !== undefined) out.limit = wire.limit;
  if (wire.actual !== undefined) out.actual = wire.actual;
  Object.defineProperty(out, "msg", { value: m });
  return out;
}

/** The module's report of `payload` (its issues' messages as keys and parameters). */
function report(payload, opts) {
  let out = null;
  const bytes = bytesOf(payload);
  if (typeof bytes === "string") out = JSON.parse(run(OP_UNSERIALIZABLE, bytes, ""));
  else if (bytes) out = viaBytes(bytes, opts);
  else if (typeof payload === "object" && payload !== null && !walking) out = viaTape(payload, opts);
  if (out === null) {
    let text = payload;
    if (typeof text !== "string") {
      try {
        // well-formed: JSON.stringify writes a lone surrogate as an escape
        text = JSON.stringify(payload) ?? "";
      } catch (e) {
        return JSON.parse(run(OP_UNSERIALIZABLE, ...unreadable(payload, e)));
      }
    } else {
      // The module says "" when the text holds U+FFFD, which a lone surrogate becomes in
      // UTF-8: only then is the text searched for one here.
      const unchecked = run(OP_VALIDATE_TEXT, text, opts);
      if (unchecked !== "") return JSON.parse(unchecked);
      if (!wellFormed(text)) {
        // UTF-8 cannot carry a lone surrogate: the first one is written as an escape the
        // reader reports as json.lone_surrogate, at the same line, column and pointer (two
        // high halves, so that no escape around it makes a pair). After an odd run of
        // backslashes it is an escape's letter: left for json.syntax.
        const i = text.search(/\p{Surrogate}/u);
        let j = i;
        while (text[j - 1] === "\\") j--;
        if ((i - j) % 2 === 0) text = text.slice(0, i) + "\\ud800\\ud800" + text.slice(i + 1);
      }
    }
    out = JSON.parse(run(OP_VALIDATE, text, opts));
  }
  return out;
}

/** Where JSON.stringify(`root`) threw `thrown`: `[pointer, reason]` of the value it could
 * not read or write (a getter, proxy trap or toJSON that throws, a BigInt, a cycle). It
 * reads as JSON.stringify does, once more, and only after JSON.stringify has failed; a
 * value that throws no longer gives the root. */
function unreadable(root, thrown) {
  const seen = [];
  let at = "";
  const go = (holder, key, ptr) => {
    at = ptr;
    let v = holder[key];
    if ((typeof v === "object" && v !== null) || typeof v === "bigint") {
      const f = v.toJSON;
      if (typeof f === "function") v = f.call(v, "" + key);
    }
    if (typeof v === "bigint") throw "a BigInt";
    if (typeof v !== "object" || v === null) return;
    if (seen.includes(v)) throw "a cycle";
    if (seen.push(v) > GUARD) throw "nesting too deep";
    if (Array.isArray(v)) for (let i = 0, n = v.length; i < n; i++) go(v, i, ptr + "/" + i);
    else for (const k of Object.keys(v)) go(v, k, ptr + "/" + k.replaceAll("~", "~0").replaceAll("/", "~1"));
    seen.pop();
  };
  try {
    go({ "": root }, "", "");
  } catch (e) {
    return [reason(e), at];
  }
  return [reason(thrown), ""];
}

let limitsCache;

/** Freezes `o` and everything in it (the generated tables are read-only data). */
export function freeze(o) {
  for (const v of Object.values(o)) if (v && typeof v === "object") freeze(v);
  return Object.freeze(o);
}

/** The limits table, e.g. `limits().suggestion.text.max === 25`. */
export function limits() {
  // generated from src/limits.rs into data.js (the composer reads it there too): the
  // module need not carry the table's JSON
  if (!limitsCache) limitsCache = freeze(LIMITS);
  return limitsCache;
}

/** The rcs-kit version. */
export function version() {
  return run(OP_VERSION);
}

// The browser benchmark's page: rcs-kit (the npm package, as a page imports it) and
// ajv 8 (bundled by esbuild into target/bench/ajv.js) on the same inputs, which the
// Node driver (run.mjs) hands over. Exposes `window.bench`; the driver calls it.
import { validate as rcsValidate, version as rcsVersion } from "../dist/index.js";
import { validate as ajvValidate } from "../../target/bench/ajv.js";
// The wrapper's source, for its tape walk alone (a reference row).
import { testHooks } from "../src/core.js";

/** The corpus README's "now", 2027-01-01T00:00:00Z, in milliseconds. */
const NOW_MS = 1798761600000;
const OPTIONS = { now: NOW_MS };

let strings = [];
let objects = [];
let carouselString = "";
let carouselObject = null;

// Each method returns 1 for an invalid payload, 0 for a valid one (so the work is used
// and the counts can be compared).
// `key` names the method in the driver's results (run.mjs).
const methods = {
  "rcs-kit validate(object)": { key: "rcs_object", input: "object", run: (x) => (rcsValidate(x, OPTIONS).valid ? 0 : 1) },
  "rcs-kit validate(string)": { key: "rcs_string", input: "string", run: (x) => (rcsValidate(x, OPTIONS).valid ? 0 : 1) },
  "ajv (object)": { key: "ajv_object", input: "object", run: (x) => (ajvValidate(x) ? 0 : 1) },
  "JSON.parse + ajv (string)": { key: "parse_ajv_string", input: "string", run: (x) => (ajvValidate(JSON.parse(x)) ? 0 : 1) },
  "JSON.parse alone (string)": { key: "parse_string", input: "string", run: (x) => (typeof JSON.parse(x) === "object" ? 0 : 1) },
  "JSON.stringify alone (object)": { key: "stringify_object", input: "object", run: (x) => (JSON.stringify(x).length > 0 ? 0 : 1) },
  // What reading an object costs rcs-kit before any validation: the wrapper's walk of it
  // into a tape (validate(object) = this + the module's work).
  "tape walk alone (object)": { key: "walk_object", input: "object", run: (x) => (testHooks.walk(x) > 0 ? 0 : 1) },
  // What handing a string to WebAssembly costs before any validation: UTF-8 encoding it
  // (wasm-bindgen copies strings into the module's memory with TextEncoder.encodeInto).
  "UTF-8 encode alone (string)": { key: "encode_string", input: "string", run: (x) => (encodeUtf8(x) > 0 ? 0 : 1) },
};

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 16);
function encodeUtf8(s) {
  if (scratch.length < s.length * 3) scratch = new Uint8Array(s.length * 3);
  return encoder.encodeInto(s, scratch).written;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function onCorpus(method) {
  const inputs = method.input === "object" ? objects : strings;
  const run = method.run;
  let invalid = 0;
  const t0 = performance.now();
  for (let i = 0; i < inputs.length; i++) invalid += run(inputs[i]);
  return { ms: performance.now() - t0, invalid };
}

window.bench = {
  info() {
    // The timer's step: the smallest non-zero difference between two readings.
    let step = Infinity;
    for (let i = 0; i < 200; i++) {
      const a = performance.now();
      let b = performance.now();
      while (b === a) b = performance.now();
      step = Math.min(step, b - a);
    }
    return {
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      timerStepNs: step * 1e6,
      userAgent: navigator.userAgent,
      rcsKit: rcsVersion(),
      methods: Object.keys(methods),
    };
  },

  /** Builds of the validate-only entry to time beside the others: `[{name, key, url}]`,
   * each an ES module exporting `validate` (the shipped `dist/validate.js`, and the same
   * entry with its module built at another opt-level, which `cargo xtask bench` writes to
   * target/bench/opt-LEVEL/). Each adds a method per input form. */
  async entries(list) {
    for (const { name, key, url } of list) {
      const { validate } = await import(url);
      methods[`${name} validate(object)`] = { key: `${key}_object`, input: "object", run: (x) => (validate(x, OPTIONS).valid ? 0 : 1) };
      methods[`${name} validate(string)`] = { key: `${key}_string`, input: "string", run: (x) => (validate(x, OPTIONS).valid ? 0 : 1) };
    }
    return Object.keys(methods);
  },

  /** The corpus as JSON strings and as the same bodies parsed, and the large carousel. */
  setup(corpusStrings, corpusObjects, carousel) {
    strings = corpusStrings;
    objects = corpusObjects;
    carouselString = carousel;
    carouselObject = JSON.parse(carousel);
    return { n: strings.length, objects: objects.length };
  },

  /** `warmup` untimed rounds, then `rounds` timed rounds over the whole corpus; the
   * methods take turns within each round. ns/payload of the median round. */
  corpus(warmup, rounds) {
    const names = Object.keys(methods);
    const times = Object.fromEntries(names.map((n) => [n, []]));
    const invalid = {};
    for (let r = 0; r < warmup + rounds; r++) {
      for (const name of names) {
        const { ms, invalid: bad } = onCorpus(methods[name]);
        invalid[name] = bad;
        if (r >= warmup) times[name].push(ms);
      }
    }
    const out = {};
    for (const name of names) {
      out[name] = {
        key: methods[name].key,
        nsPerPayload: (median(times[name]) * 1e6) / strings.length,
        roundsMs: times[name],
        invalid: invalid[name],
      };
    }
    return out;
  },

  /** The large carousel, one call at a time: `warmup` untimed calls per method, then
   * `rounds` rounds in which each method in turn makes `calls` timed calls (interleaved,
   * so that a slow spell of the machine hits every method alike). */
  carousel(warmup, rounds, calls) {
    const entries = Object.entries(methods);
    const times = Object.fromEntries(entries.map(([name]) => [name, new Float64Array(rounds * calls)]));
    const invalid = Object.fromEntries(entries.map(([name]) => [name, 0]));
    for (const [name, method] of entries) {
      const input = method.input === "object" ? carouselObject : carouselString;
      for (let i = 0; i < warmup; i++) invalid[name] += method.run(input);
    }
    for (let r = 0; r < rounds; r++) {
      for (const [name, method] of entries) {
        const input = method.input === "object" ? carouselObject : carouselString;
        const run = method.run;
        const t = times[name];
        for (let i = 0; i < calls; i++) {
          const t0 = performance.now();
          invalid[name] += run(input);
          t[r * calls + i] = performance.now() - t0;
        }
      }
    }
    const out = {};
    for (const [name] of entries) {
      const sorted = Array.from(times[name]).sort((a, b) => a - b);
      const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
      out[name] = {
        key: methods[name].key,
        p50Ns: quantile(sorted, 0.5) * 1e6,
        p99Ns: quantile(sorted, 0.99) * 1e6,
        meanNs: mean * 1e6,
        maxNs: sorted[sorted.length - 1] * 1e6,
        invalid: invalid[name],
      };
    }
    return out;
  },
};

document.title = "ready";

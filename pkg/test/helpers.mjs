// Shared by the package's tests: fixtures, the native CLI, a static server, Chromium.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";

export const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = join(pkgDir, "..");
export const NOW = "2027-01-01T00:00:00Z";

/** Only the entry rcs-kit/messages-api has the library's `messages-api` feature (issue
 * 19): the other entries' modules leave the Messages API out (their reports on its bodies
 * differ from the native CLI's), so their tests leave those fixtures out;
 * `withMessagesApi` keeps them, for that entry's tests. */
const FOLDERS = ["valid", "invalid", "warning", "advice", "cli"];
let keepMessagesApi = false;
const notInPackage = (f) => !keepMessagesApi && f.includes("messages-api");

/** Every fixture that is UTF-8 text: `{name, path, text}` (of `folders`). */
export function fixtures(folders = FOLDERS) {
  const out = [];
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  for (const folder of folders) {
    const dir = join(repoDir, "tests", "fixtures", folder);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".json") || notInPackage(f)) continue;
      const path = join(dir, f);
      let text;
      try {
        text = decoder.decode(readFileSync(path));
      } catch {
        continue; // not UTF-8: a JavaScript string cannot carry it
      }
      out.push({ name: `${folder}/${f}`, path, text });
    }
  }
  return out;
}

/** `f()` (`fixtures` or `byteFixtures`) with the Messages API's fixtures too, for the
 * entry rcs-kit/messages-api. */
export function withMessagesApi(f, folders = FOLDERS) {
  keepMessagesApi = true;
  try {
    return f(folders);
  } finally {
    keepMessagesApi = false;
  }
}

/** Every fixture as the bytes of its file, UTF-8 or not: `{name, path, bytes}` (a Buffer). */
export function byteFixtures(folders = FOLDERS) {
  const out = [];
  for (const folder of folders) {
    const dir = join(repoDir, "tests", "fixtures", folder);
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith(".json") && !notInPackage(f)) out.push({ name: `${folder}/${f}`, path: join(dir, f), bytes: readFileSync(join(dir, f)) });
    }
  }
  return out;
}

/** `bytes` (a Uint8Array) as each kind of BufferSource the package reads: a Buffer, a
 * Uint8Array view at an offset into a larger buffer, an ArrayBuffer of exactly the body,
 * and a DataView at an offset. `[label, value]` pairs. Self-contained, so that a page can
 * run it from its source. */
export function asBufferSources(bytes) {
  const n = bytes.length;
  const padded = new Uint8Array(n + 13);
  padded.fill(0xff); // invalid UTF-8 on either side: a view that reads past its window fails
  padded.set(bytes, 7);
  const exact = new ArrayBuffer(n);
  new Uint8Array(exact).set(bytes);
  const out = [
    ["Uint8Array at offset 7", new Uint8Array(padded.buffer, 7, n)],
    ["ArrayBuffer", exact],
    ["DataView at offset 7", new DataView(padded.buffer, 7, n)],
  ];
  if (typeof Buffer === "function") out.unshift(["Buffer", Buffer.from(bytes)]);
  return out;
}

/** The native CLI's reports for `paths`, keyed by path (`rcs-kit validate --format json`
 * with the options `flags`, e.g. `["--advice"]`). */
export function nativeReports(paths, flags = []) {
  const exe = process.env.RCS_KIT_CLI ?? join(repoDir, "target", "debug", "rcs-kit");
  if (!existsSync(exe)) throw new Error(`native CLI not found at ${exe}: build it (cargo build) or set RCS_KIT_CLI`);
  const r = spawnSync(exe, ["validate", "--format", "json", "--now", NOW, ...flags, ...paths], {
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`rcs-kit exited ${r.status}: ${r.stderr}`);
  const out = new Map();
  for (const line of r.stdout.split("\n").filter(Boolean)) {
    const { file, ...report } = JSON.parse(line);
    out.set(file ?? paths[0], report); // one FILE: the CLI leaves its name out
  }
  return out;
}

/** What `rcs-kit convert --to messages-api|rcs FILE` gives: `{output, notes}`, the notes
 * as the lines it writes (`path: message [code]`), `output` null when it refused the
 * converted body. */
export function nativeConversion(path, to) {
  const exe = process.env.RCS_KIT_CLI ?? join(repoDir, "target", "debug", "rcs-kit");
  const r = spawnSync(exe, ["convert", "--to", to, path], { encoding: "utf8" });
  const lines = r.stderr.split("\n").filter(Boolean);
  const end = lines.findIndex((l) => l.startsWith("rcs-kit:"));
  return { output: r.stdout ? JSON.parse(r.stdout) : null, notes: end < 0 ? lines : lines.slice(0, end) };
}

/** Serves the repository on 127.0.0.1 (a free port) for browser tests, with `headers`
 * added to every file. */
export async function serve(root = repoDir, headers = {}) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".css": "text/css" };
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const path = join(root, decodeURIComponent(url.pathname));
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const ext = path.slice(path.lastIndexOf("."));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": types[ext] ?? "application/octet-stream", ...headers }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Debian's Chromium, headless, driven by playwright-core (no browser download). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * The hostile payloads of the Node and the Chromium suite, each with the code its report
 * must contain, then a body with 100,000 issues (bounded at 1,000) and a call after all
 * of them. Self-contained, so that a page can run it from its source:
 * `page.evaluate(\`(${checkHostile})(window.rcs.validate)\`)`. Returns `[label, true |
 * what went wrong]` pairs.
 */
export function checkHostile(validate) {
  const cyclic = { messages: [] };
  cyclic.self = cyclic;
  const cases = [
    ["not json", "json.syntax"],
    ["", "json.syntax"],
    ["[".repeat(100000), "json.too_deep"],
    ['{"a":'.repeat(100000), "json.too_deep"],
    ['{"messages": [1e999]}', "json.number_out_of_range"],
    ['{"messages": ["\\ud800"]}', "json.lone_surrogate"],
    ['{"a":1,"a":2}', "json.duplicate_key"],
    ["x".repeat(11 * 1024 * 1024), "request.too_large"],
    [cyclic, "json.unserializable"],
    [{ n: 10n }, "json.unserializable"],
    [undefined, "json.syntax"],
    [null, "type.mismatch"],
    [42, "type.mismatch"],
    ["\u0000", "json.syntax"],
    ['{"messages": [] } trailing', "json.syntax"],
    ['{"messages": [', "json.syntax"],
  ];
  const out = cases.map(([payload, code]) => {
    try {
      const r = validate(payload, { now: "2027-01-01T00:00:00Z" });
      return [code, !r.valid && r.issues.some((i) => i.code === code) ? true : JSON.stringify(r.issues).slice(0, 300)];
    } catch (e) {
      return [code, `threw ${e}`];
    }
  });
  const many = { messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "x", suggestions: Array.from({ length: 100000 }, () => ({ type: "REPLY", text: "", postbackData: "" })) } }] };
  const big = validate(many, { now: "2027-01-01T00:00:00Z" });
  out.push(["truncated at 1,000 issues", big.issues.length === 1000 && big.truncated === true]);
  out.push(["a call after all of them", validate('{"messages":[]}').issues[0].code === "request.messages.too_few"]);
  return out;
}

/**
 * Payloads the package cannot read (throwing getters, even an exception whose `message`
 * and `toString` throw; revoked proxies; BigInts; a throwing toJSON; cycles), raw lone
 * surrogates in JSON text, options that cannot be read, and builders given arguments they
 * cannot read. Self-contained like `checkHostile` (a page runs it from its source) and
 * given the package's namespace: a payload must give an issue at the pointer of what
 * could not be read, never a throw; options must throw RcsKitError `options.invalid`;
 * and the module must never be instantiated again (counted at `WebAssembly.Instance`).
 * `panic`, when given, makes the module trap once at the end, to show that the count
 * sees a fresh instance. Returns `[label, true | what went wrong]` pairs.
 */
export function checkNeverThrows(rcs, panic) {
  const { validate, build, predictBilling, failoverText, RcsKitError } = rcs;
  const now = "2027-01-01T00:00:00Z";
  const out = [];
  const boom = () => {
    throw new Error("boom");
  };
  const hostile = () => {
    throw {
      get message() {
        throw new Error("message");
      },
      toString() {
        throw new Error("toString");
      },
    };
  };
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const getter = (o, k, get) => Object.defineProperty(o, k, { get, enumerable: true });
  const message = (content) => ({ messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content }] });
  const valid = () => message({ type: "TEXT", text: "x" });
  const check = (label, f) => {
    try {
      const r = f();
      out.push([label, r === true ? true : `${r}`]);
    } catch (e) {
      let what;
      try {
        what = `threw ${e}`;
      } catch {
        what = "threw something";
      }
      out.push([label, what]);
    }
  };
  const issueAt = (issues, code, path) =>
    issues?.some((i) => i.code === code && i.path === path) ? true : JSON.stringify(issues)?.slice(0, 300);

  const Instance = WebAssembly.Instance;
  let instances = 0;
  WebAssembly.Instance = new Proxy(Instance, {
    construct(target, args, newTarget) {
      instances++;
      return Reflect.construct(target, args, newTarget);
    },
  });
  try {
    const unreadable = [
      ["a throwing getter", () => message(getter({ type: "TEXT" }, "text", boom)), "/messages/0/content/text"],
      ["an exception whose message and toString throw", () => message(getter({ type: "TEXT" }, "text", hostile)), "/messages/0/content/text"],
      ["an exception that is a revoked proxy", () => message(getter({ type: "TEXT" }, "text", () => { throw revoked(); })), "/messages/0/content/text"],
      ["a throwing getter in an array", () => { const m = valid(); getter(m.messages[0].destinations, 1, hostile); return m; }, "/messages/0/destinations/1"],
      ["a revoked proxy as the payload", revoked, ""],
      ["a revoked proxy nested", () => message(revoked()), "/messages/0/content"],
      ["a revoked proxy in an array", () => ({ messages: [revoked()] }), "/messages/0"],
      ["a proxy whose get trap throws", () => message(new Proxy({ type: "TEXT" }, { get: boom })), "/messages/0/content"],
      ["a proxy whose ownKeys trap throws", () => message(new Proxy({ type: "TEXT" }, { ownKeys: hostile })), "/messages/0/content"],
      ["a BigInt as the payload", () => 10n, ""],
      ["a BigInt nested", () => message({ type: "TEXT", text: 1n }), "/messages/0/content/text"],
      ["a BigInt in an array", () => ({ messages: [{}, 2n] }), "/messages/1"],
      ["a toJSON that throws", () => message({ type: "TEXT", text: "x", toJSON: boom }), "/messages/0/content"],
      ["a cycle", () => { const m = valid(); m.messages[0].content.self = m.messages[0]; return m; }, "/messages/0/content/self"],
      ["a getter after a Date, under a key to escape", () => ({ x: new Date(0), messages: [getter({}, "a/b~c", boom)] }), "/messages/0/a~1b~0c"],
    ];
    for (const [label, make, path] of unreadable) {
      check(`validate: ${label}`, () => {
        const r = validate(make(), { now });
        return r.valid === false && r.issues.length === 1 ? issueAt(r.issues, "json.unserializable", path) : JSON.stringify(r);
      });
      check(`build: ${label}`, () => issueAt(build(make(), { now }).issues, "json.unserializable", path));
      check(`predictBilling and failoverText: ${label}`, () => Array.isArray(predictBilling(make())) && Array.isArray(failoverText(make())));
    }
    check("a throwing getter under a symbol key is left out, as JSON.stringify leaves it", () => {
      const m = valid();
      getter(m.messages[0], Symbol("s"), boom);
      return validate(m, { now }).valid;
    });

    // A raw lone surrogate in JSON text: the escaped form's code, pointer, line and column.
    for (const [raw, escaped] of [
      ['{"messages": ["\ud800"]}', '{"messages": ["\\ud800"]}'],
      ['{\n  "messages": [\n    {"content": {"text": "ab\udc00cd"}}]}', '{\n  "messages": [\n    {"content": {"text": "ab\\udc00cd"}}]}'],
      ['{"messages": [{"k\udbff": 1}]}', '{"messages": [{"k\\udbff": 1}]}'],
      ['{"messages": ["😀", "\ud800\ud800"]}', '{"messages": ["😀", "\\ud800\ud800"]}'],
      ['{"messages": ["\ud83d\\ude00"]}', '{"messages": ["\\ud800"]}'], // raw high, escaped low: no pair
      ['{"messages": ["\\ud83d\udc00"]}', '{"messages": ["\\ud800"]}'], // escaped high, raw low: no pair
    ]) {
      check(`a raw lone surrogate: ${JSON.stringify(raw)}`, () => {
        const [r, e] = [validate(raw, { now }).issues[0], validate(escaped, { now }).issues[0]];
        return r.code === "json.lone_surrogate" && JSON.stringify(r) === JSON.stringify(e) ? true : JSON.stringify([r, e]);
      });
    }
    // U+FFFD (what a lone surrogate becomes in UTF-8) sends the text back to the wrapper's
    // own check: a real one is a character like any other, a lone surrogate after one is
    // still found.
    check("a real U+FFFD is read as its escape is", () => {
      const [r, e] = [validate('{"messages": [{"to": "\ufffd"}]}', { now }), validate('{"messages": [{"to": "\\ufffd"}]}', { now })];
      return r.issues.length > 0 && JSON.stringify(r) === JSON.stringify(e) ? true : JSON.stringify([r, e]);
    });
    check("a lone surrogate after a real U+FFFD", () => {
      const [r, e] = [validate('{"messages": ["\ufffd", "\udc00"]}', { now }).issues[0], validate('{"messages": ["\ufffd", "\\udc00"]}', { now }).issues[0]];
      return r.code === "json.lone_surrogate" && JSON.stringify(r) === JSON.stringify(e) ? true : JSON.stringify([r, e]);
    });
    check("a raw lone surrogate as the escape letter stays a syntax error", () => validate('{"messages": ["\\\ud800"]}', { now }).issues[0].code === "json.syntax");
    check("a raw lone surrogate as text and as an object: one code, one pointer", () => {
      const [t, o] = [validate('{"messages": [{"content": {"text": "\ud800"}}]}').issues[0], validate({ messages: [{ content: { text: "\ud800" } }] }).issues[0]];
      return t.code === "json.lone_surrogate" && t.code === o.code && t.path === o.path && t.path === "/messages/0/content/text";
    });

    // Options that cannot be read: RcsKitError options.invalid, never a TypeError.
    const misuse = (f) => {
      try {
        f();
        return "did not throw";
      } catch (e) {
        return e instanceof RcsKitError && !(e instanceof TypeError) && e.code === "options.invalid" ? true : `threw ${e?.name} ${e?.code}`;
      }
    };
    const badOptions = [
      ["now: 10n", () => ({ now: 10n })],
      ["a throwing now getter", () => getter({}, "now", boom)],
      ["a getter throwing an exception whose message and toString throw", () => getter({}, "strict", hostile)],
      ["a revoked proxy", revoked],
      ["now: a revoked proxy", () => ({ now: revoked() })],
      ["now with a throwing toJSON", () => ({ now: { toJSON: boom } })],
      ["a BigInt as the options", () => 10n],
    ];
    for (const [label, make] of badOptions) {
      check(`validate options: ${label}`, () => misuse(() => validate(valid(), make())));
      check(`build options: ${label}`, () => misuse(() => build(valid(), make())));
      check(`builder options: ${label}`, () => misuse(() => new rcs.MessageBuilder("S").to("441134960001").content(rcs.textContent("x")).build(make())));
    }
    for (const [label, make] of [
      ["a revoked proxy", revoked],
      ["a throwing market getter", () => getter({}, "market", hostile)],
      ["market: 10n", () => ({ market: 10n })],
    ]) {
      check(`predictBilling options: ${label}`, () => misuse(() => predictBilling(valid(), make())));
    }

    // Builders: what they cannot read is reported by build() where it was put.
    const one = (content) => new rcs.MessageBuilder("S").to("441134960001").content(content);
    const builders = [
      ["cardContent(null)", () => one(rcs.cardContent(null)), "/messages/0/content"],
      ["openUrl with a revoked options bag", () => one(rcs.textContent("x", [rcs.openUrl("Go", "go", "https://example.com", revoked())])), "/messages/0/content/suggestions/0"],
      ["calendarEvent with an invalid Date", () => one(rcs.textContent("x", [rcs.calendarEvent("Save", "s", { startTime: new Date(NaN), endTime: new Date(0), title: "T" })])), "/messages/0/content/suggestions/0/startTime"],
      ["carouselContent with cards that are not an array", () => one(rcs.carouselContent("SMALL", 5)), "/messages/0/content"],
      ["carouselContent with a revoked card", () => one(rcs.carouselContent("SMALL", [{ title: "A" }, revoked()])), "/messages/0/content/contents/1"],
      ["card media behind a throwing getter", () => one(rcs.carouselContent("SMALL", [getter({ title: "A" }, "media", hostile), { title: "B" }])), "/messages/0/content/contents/0"],
      ["templateContent with revoked parameters", () => one(rcs.templateContent("t", revoked())), "/messages/0/content"],
      ["fileContent with a throwing getter", () => one(rcs.fileContent("https://example.com/f.pdf", getter({}, "thumbnail", boom))), "/messages/0/content"],
      ["smsFailover(revoked)", () => one(rcs.textContent("x")).smsFailover(revoked()), "/messages/0/options/smsFailover"],
      ["deliveryWebhook with a revoked bag", () => one(rcs.textContent("x")).deliveryWebhook("https://example.com/dlr", revoked()), "/messages/0/webhooks/delivery"],
      ["RequestBuilder.message(revoked)", () => new rcs.RequestBuilder().message(revoked()), "/messages/0"],
      ["sendAt(an invalid Date)", () => new rcs.RequestBuilder().message(one(rcs.textContent("x"))).sendAt(new Date(NaN)), "/options/schedule/sendAt"],
      ["tracking(revoked)", () => new rcs.RequestBuilder().message(one(rcs.textContent("x"))).tracking(revoked()), "/options/tracking"],
    ];
    for (const [label, make, path] of builders) {
      check(`builder: ${label}`, () => issueAt(make().build({ now }).issues, "json.unserializable", path));
    }
    check("builder: a function where a string goes (structuredClone cannot copy it)", () => one(rcs.textContent(() => "x")).build({ now }).issues[0].code === "field.required");

    check("the module was never instantiated again", () => instances === 0 || `${instances} new instances`);
    check("a call after all of them", () => validate(valid(), { now }).valid);
    if (panic) {
      try {
        panic();
      } catch {
        // an RcsKitError `internal`, and a fresh instance
      }
      check("the count sees a fresh instance after a trap", () => instances === 1 || `${instances} new instances`);
    }
  } finally {
    WebAssembly.Instance = Instance;
  }
  return out;
}

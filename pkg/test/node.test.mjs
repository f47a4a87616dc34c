// The package as a Node user imports it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import * as rcs from "../dist/node.js";
import { runInNewContext } from "node:vm";
import { fixtures, byteFixtures, withMessagesApi, asBufferSources, nativeReports, nativeConversion, pkgDir, NOW, checkHostile, checkNeverThrows } from "./helpers.mjs";

const { validate, limits, version, build, RcsKitError } = rcs;

test("every fixture gives the native CLI's report, byte for byte", () => {
  const all = fixtures();
  assert.ok(all.length > 250, `only ${all.length} fixtures`);
  const native = nativeReports(all.map((f) => f.path));
  for (const f of all) {
    const wasm = validate(f.text, { now: NOW });
    assert.deepEqual(wasm, native.get(f.path), f.name);
    // A parsed object gives the same report as its text (duplicate keys aside, which
    // an object cannot hold).
    if (!wasm.issues.some((i) => i.code.startsWith("json."))) {
      assert.deepEqual(validate(JSON.parse(f.text), { now: NOW }), wasm, `${f.name} as an object`);
    }
  }
});

test("every fixture as bytes (Buffer, Uint8Array at an offset, ArrayBuffer, DataView) gives the native CLI's report, byte for byte", () => {
  const all = byteFixtures();
  assert.ok(all.some((f) => f.name === "invalid/json-invalid-utf8.json"), "the invalid UTF-8 fixture is replayed");
  assert.ok(all.some((f) => f.bytes[0] === 0xef && f.bytes[1] === 0xbb && f.bytes[2] === 0xbf), "a fixture starts with a byte order mark");
  for (const flags of [[], ["--advice"]]) {
    const options = flags.length ? { now: NOW, advice: true } : { now: NOW };
    const native = nativeReports(all.map((f) => f.path), flags);
    for (const f of all) {
      for (const [kind, bytes] of asBufferSources(f.bytes)) {
        assert.deepEqual(validate(bytes, options), native.get(f.path), `${f.name} as ${kind} ${flags.join(" ")}`);
      }
    }
  }
});

test("invalid UTF-8 is located by line and column, as natively; bytes past the size limit are not copied and get its report", () => {
  const dir = mkdtempSync(join(tmpdir(), "rcs-kit-bytes-"));
  try {
    const utf8 = (s) => [...Buffer.from(s)];
    const cases = {
      "a byte that starts no character": [0x7b, 0x0a, 0x20, 0x20, 0x22, 0x61, 0xff, 0x22, 0x7d],
      "a truncated sequence at the end": [...utf8('{"messages": ["\u00e9'), 0xe2, 0x82],
      "a surrogate encoded as UTF-8": [...utf8('{"messages": ["'), 0xed, 0xa0, 0x80, ...utf8('"]}')],
      "an overlong encoding": [...utf8('{"a":"'), 0xc0, 0xaf, ...utf8('"}')],
      "after multi-byte characters on the third line": [...utf8('{\n"a": "x",\n"b": "\u00e9\u20ac\ud83d\ude00'), 0x80, ...utf8('"}')],
      "a byte order mark, then invalid UTF-8": [0xef, 0xbb, 0xbf, 0x7b, 0xfe, 0x7d],
      "half a byte order mark": [0xef, 0xbb, 0x7b, 0x7d],
      "a byte order mark, then a body": [0xef, 0xbb, 0xbf, ...utf8('{"messages": []}')],
      "nothing": [],
    };
    const paths = Object.keys(cases).map((name, i) => {
      const path = join(dir, `${i}.json`);
      writeFileSync(path, Buffer.from(cases[name]));
      return path;
    });
    const native = nativeReports(paths);
    Object.entries(cases).forEach(([name, bytes], i) => {
      for (const [kind, b] of asBufferSources(Uint8Array.from(bytes))) {
        assert.deepEqual(validate(b, { now: NOW }), native.get(paths[i]), `${name} as ${kind}`);
      }
    });
    assert.match(validate(Buffer.from(cases["after multi-byte characters on the third line"])).issues[0].message, /line 3, column 10\)/);
    // Over the API's size limit: the report of a body of that many bytes (the CLI judges a file by its size).
    const big = join(dir, "big.json");
    const size = limits().request.size.max + 1;
    writeFileSync(big, Buffer.alloc(size, 0x20));
    const expected = nativeReports([big]).get(big);
    assert.equal(expected.issues[0].actual, size);
    for (const [kind, b] of asBufferSources(new Uint8Array(size).fill(0x20))) assert.deepEqual(validate(b, { now: NOW }), expected, kind);
    // Exactly at the limit: read, not refused.
    assert.equal(validate(Buffer.alloc(size - 1, 0x20)).issues[0].code, "json.syntax");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bytes everywhere a payload goes: build, predictBilling, failoverText, requiredFeatures; any typed array; detached buffers are an issue, never a throw", () => {
  const body = { messages: [
    { sender: "S", destinations: [{ to: "12025550100" }], content: { type: "CARD", orientation: "VERTICAL", alignment: "LEFT", content: { title: "Sale \u00e9", suggestions: [{ type: "DIAL_PHONE", text: "Call", postbackData: "c", phoneNumber: "+12025550100" }] } } },
    { sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "\ud83d\ude00 ".repeat(50) } },
  ] };
  const text = JSON.stringify(body);
  const bytes = new TextEncoder().encode(text);
  for (const [kind, b] of asBufferSources(bytes)) {
    assert.deepEqual(validate(b, { now: NOW }), validate(text, { now: NOW }), kind);
    assert.deepEqual(rcs.predictBilling(b), rcs.predictBilling(text), kind);
    assert.deepEqual(rcs.predictBilling(b, { market: "global" }), rcs.predictBilling(text, { market: "global" }), kind);
    assert.deepEqual(rcs.failoverText(b), rcs.failoverText(text), kind);
    assert.deepEqual(rcs.requiredFeatures(b), rcs.requiredFeatures(text), kind);
    const built = build(b, { now: NOW });
    assert.equal(built.payload, b, `build returns the bytes it was given (${kind})`);
    assert.deepEqual(built.warnings, validate(text, { now: NOW }).issues);
  }
  assert.ok(rcs.requiredFeatures(bytes).length === 2 && rcs.failoverText(bytes)[0] === "Sale \u00e9");
  // Not UTF-8: no JSON to bill, to say as SMS or to need features; build() gives the issue.
  const invalid = Uint8Array.from([0x7b, 0xff, 0x7d]);
  assert.deepEqual([rcs.predictBilling(invalid), rcs.failoverText(invalid), rcs.requiredFeatures(invalid)], [[], [], []]);
  assert.deepEqual(build(invalid).issues.map((i) => i.code), ["json.invalid_utf8"]);
  // Other typed arrays are read as their bytes, as TextDecoder reads them.
  const even = new Uint8Array(bytes.length + (bytes.length % 2)).fill(0x20); // a space after the body if odd
  even.set(bytes);
  assert.deepEqual(validate(new Uint16Array(even.buffer), { now: NOW }), validate(text, { now: NOW }));
  assert.deepEqual(validate(new Uint8ClampedArray(bytes), { now: NOW }), validate(text, { now: NOW }));
  // A typed array of another realm (a vm context) is bytes too.
  assert.deepEqual(validate(runInNewContext("new Uint8Array([123, 125])"), { now: NOW }), validate("{}", { now: NOW }));
  assert.deepEqual(validate(runInNewContext("new Uint8Array([123, 125]).buffer"), { now: NOW }), validate("{}", { now: NOW }));
  // Shadowed `length`, `byteLength` or `buffer` do not fool the read.
  const shadowed = new Uint8Array(bytes);
  for (const k of ["length", "byteLength", "byteOffset"]) Object.defineProperty(shadowed, k, { value: 1 });
  Object.defineProperty(shadowed, "buffer", { value: new ArrayBuffer(1) });
  assert.deepEqual(validate(shadowed, { now: NOW }), validate(text, { now: NOW }));
  // A proxy of a Uint8Array is an object (JSON.stringify writes its indices), as before.
  assert.deepEqual(validate(new Proxy(Uint8Array.of(1), {}), { now: NOW }), validate('{"0":1}', { now: NOW }));
  // Detached: one issue at the root, no exception, and every function still answers.
  const detach = (ab) => structuredClone(ab, { transfer: [ab] });
  const ab = new ArrayBuffer(16);
  const view = new Uint8Array(ab, 4, 8);
  const dv = new DataView(ab);
  detach(ab);
  for (const [kind, b] of [["ArrayBuffer", ab], ["Uint8Array", view], ["DataView", dv]]) {
    const r = validate(b, { now: NOW });
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [["json.unserializable", ""]], kind);
    assert.match(r.issues[0].message, /a detached ArrayBuffer/);
    assert.deepEqual(build(b).issues.map((i) => i.code), ["json.unserializable"]);
    assert.deepEqual([rcs.predictBilling(b), rcs.failoverText(b), rcs.requiredFeatures(b)], [[], [], []]);
  }
  // A SharedArrayBuffer and an empty view.
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  assert.deepEqual(validate(shared, { now: NOW }), validate(text, { now: NOW }));
  assert.deepEqual(validate(new Uint8Array(0), { now: NOW }), validate("", { now: NOW }));
  assert.equal(validate({ messages: [] }).issues[0].code, "request.messages.too_few", "objects still walk");
});

test("with advice, and with the market India, every fixture gives the native CLI's report", () => {
  const all = fixtures(["advice", "warning", "valid"]);
  for (const [flags, options] of [
    [["--advice"], { advice: true }],
    [["--advice", "--market", "IN"], { advice: true, market: "in" }],
  ]) {
    const native = nativeReports(all.map((f) => f.path), flags);
    for (const f of all) {
      const wasm = validate(f.text, { now: NOW, ...options });
      assert.deepEqual(wasm, native.get(f.path), `${f.name} ${flags.join(" ")}`);
      // As an object, the same report (a byte order mark or duplicate keys aside, which
      // an object cannot hold).
      if (!wasm.issues.some((i) => i.code.startsWith("json."))) {
        assert.deepEqual(validate(JSON.parse(f.text), { now: NOW, ...options }), wasm, `${f.name} as an object`);
      }
    }
  }
  // The advice fixtures say something with advice, and nothing of it without.
  const advice = fixtures(["advice"]);
  assert.ok(advice.length >= 10, `only ${advice.length} advice fixtures`);
  for (const f of advice) {
    const codes = (o) => validate(f.text, { now: NOW, ...o }).issues.map((i) => i.code);
    assert.ok(codes({ advice: true }).length > codes({}).length, f.name);
  }
});

test("market: any case for validate and predictBilling; India is billed as global", () => {
  const body = { messages: [{ sender: "S", destinations: [{ to: "+919876543210" }], content: { type: "TEXT", text: "Hi" } }] };
  const codes = (o) => validate(body, { now: NOW, advice: true, ...o }).issues.map((i) => i.code);
  assert.deepEqual(codes({}), ["india.template.required"]);
  assert.deepEqual(codes({ market: "global" }), []);
  assert.deepEqual(codes({ market: "US" }), []);
  assert.deepEqual(codes({ market: "auto" }), ["india.template.required"]);
  assert.deepEqual(codes({ market: "IN" }), ["india.template.required"]);
  assert.deepEqual(validate(body, { now: NOW, market: "in" }).issues, [], "regional rules are advice");
  for (const market of ["fr", 1, null]) {
    assert.throws(() => validate(body, { market }), (e) => e instanceof RcsKitError && e.code === "options.invalid", String(market));
  }
  assert.deepEqual(rcs.predictBilling(body).map((p) => [p.trafficType, p.market]), [["BASIC", "in"]]);
  assert.deepEqual(rcs.predictBilling(body, { market: "US" }).map((p) => [p.trafficType, p.market]), [["RICH", "us"]]);
  assert.throws(() => rcs.predictBilling(body, { market: "uk" }), (e) => e.code === "options.invalid");
});

test("limits() is the Rust table, nested by id", () => {
  const l = limits();
  assert.equal(l.suggestion.text.max, 25);
  assert.equal(l.suggestion.text.unit, "chars");
  assert.equal(l.text.text.max, 3072);
  assert.equal(l.carousel.contents.min, 2);
  assert.equal(l.url.max, 2048);
  assert.ok(Object.isFrozen(l.suggestion.text));
});

test("version() is the crate's", () => {
  const cargo = readFileSync(join(pkgDir, "..", "Cargo.toml"), "utf8");
  assert.equal(version(), cargo.match(/^version = "(.+)"/m)[1]);
});

test("options: now as number, Date or string; misuse throws RcsKitError with a code", () => {
  const body = { messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "x", suggestions: [{ type: "CREATE_CALENDAR_EVENT", text: "Save", postbackData: "c", startTime: "2027-06-01T10:00:00Z", endTime: "2027-06-01T11:00:00Z", title: "T" }] } }] };
  assert.equal(validate(body, { now: Date.parse(NOW) }).valid, true);
  assert.equal(validate(body, { now: new Date(NOW) }).valid, true);
  assert.equal(validate(body, { now: "2028-01-01T00:00:00Z" }).valid, false);
  assert.equal(validate(body, { now: null }).valid, true);
  for (const [opts, code] of [
    [{ strikt: true }, "options.unknown"],
    [{ strict: "yes" }, "options.invalid"],
    [{ kind: "sms" }, "options.invalid"],
    [{ now: "soon" }, "options.invalid"],
    [{ now: new Date("x") }, "options.invalid"],
    [[1], "options.invalid"],
    ["strict", "options.invalid"],
  ]) {
    assert.throws(() => validate(body, opts), (e) => e instanceof RcsKitError && e instanceof Error && e.code === code, JSON.stringify(opts));
  }
});

test("bad payloads never throw, and the module keeps working", () => {
  for (const [label, ok] of checkHostile(validate)) assert.equal(ok, true, label);
});

test("a JavaScript object gets the report of its JSON text, through the tape or as text", () => {
  const msg = (content, extra = {}) => ({ messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content, ...extra }] });
  const text = (t, more = {}) => msg({ type: "TEXT", text: t, ...more });
  const getter = text("x");
  Object.defineProperty(getter.messages[0].content, "text", { get: () => "from a getter", enumerable: true });
  const throwing = text("x");
  Object.defineProperty(throwing.messages[0], "sender", { get: () => { throw new Error("no sender"); }, enumerable: true });
  const hidden = text("x");
  Object.defineProperty(hidden.messages[0], "secret", { value: 1, enumerable: false });
  const symbolKey = text("x");
  symbolKey.messages[0][Symbol("k")] = 1;
  const arrayProps = text("x");
  arrayProps.messages.extra = 1;
  let deep = { type: "TEXT", text: "x" };
  for (let i = 0; i < 70; i++) deep = { deep };
  const reentrant = text("x");
  Object.defineProperty(reentrant.messages[0].content, "text", { get: () => (validate({ messages: [] }).valid ? "a" : "b"), enumerable: true });
  class Content {
    constructor() {
      this.type = "TEXT";
      this.text = "from a class";
    }
  }
  const cases = {
    "undefined, function and symbol members are left out": text("x", { suggestions: undefined, f() {}, s: Symbol("s") }),
    "undefined and functions in arrays are null": msg({ type: "CAROUSEL", cardWidth: "SMALL", contents: [undefined, () => 1, Symbol("s")] }),
    "sparse arrays": msg({ type: "CAROUSEL", cardWidth: "SMALL", contents: [, ,] }), // eslint-disable-line no-sparse-arrays
    "toJSON (a Date) is called": text("x", { when: new Date(Date.UTC(2027, 1, 1)) }),
    "an own toJSON": { toJSON: () => text("replaced") },
    "class instances are plain data": msg(new Content()),
    "null-prototype objects": msg(Object.assign(Object.create(null), { type: "TEXT", text: "x" })),
    "boxed primitives": msg({ type: new String("TEXT"), text: new String("boxed") }, { validityPeriod: new Number(5) }),
    "numbers as JavaScript prints them": msg({ type: "TEXT", text: "x" }, { a: NaN, b: Infinity, c: -0, d: 1e21, e: 1.5e-7, f: 0.1 + 0.2, g: 2 ** 53 + 2, h: 5.0 }),
    "a lone surrogate": text("a\ud800b"),
    "a lone surrogate in a member name": text("x", { ["k\udc00"]: 1 }),
    "a lone surrogate in a string counted for its length": msg({ type: "CARD", orientation: "VERTICAL", alignment: "LEFT", content: { title: "T", description: "😀".repeat(1500) + "\ud83d" } }),
    "a lone surrogate in a string a rule reads": text("x", { suggestions: [{ type: "OPEN_URL", text: "Go", postbackData: "p", url: "https://example.com/\udc00".padEnd(80, "x") }] }),
    "strings at the inline edge": text("a".repeat(64), { k: "b".repeat(65), q: 'quote " backslash \\ newline \n tab \t nul \u0000' }),
    "emoji at the text limit and over it": msg({ type: "CARD", orientation: "VERTICAL", alignment: "LEFT", content: { title: "T", description: "😀".repeat(2000) } }, { x: "😀".repeat(2001) }),
    "UTF-16 units over a limit the characters are within, at it, and a flag chip": msg({ type: "CARD", orientation: "VERTICAL", alignment: "LEFT", content: { title: "😀".repeat(101), description: "😀".repeat(1000), suggestions: [{ type: "REPLY", text: "🇫🇷".repeat(12) + "🇫", postbackData: "p" }] } }),
    "integral and fractional numbers in integer fields": text("x", { options: { validityPeriod: { amount: 30.0 }, deliveryTimeWindow: { days: ["MONDAY"], from: { hour: 9.5, minute: 1e-7 }, to: { hour: 1.8e1, minute: -0 } } } }),
    "non-ASCII and long member names": text("x", { ["ñ"]: 1, ["k".repeat(100)]: 2 }),
    "integer-like keys come first": text("x", { b: 1, 2: 2, a: 3, 1: 4 }),
    "a getter": getter,
    "a throwing getter": throwing,
    "non-enumerable and symbol-keyed members": hidden,
    "symbol keys": symbolKey,
    "extra properties of an array": arrayProps,
    "nesting past the depth limit": msg(deep),
    "a proxy": new Proxy(text("proxied"), {}),
    "validate() called from a getter": reentrant,
    "a BigInt": text("x", { n: 1n }),
    "a proxy array with a fractional length": msg({ type: "CAROUSEL", cardWidth: "SMALL", contents: new Proxy([1, 2], { get: (t, k, r) => (k === "length" ? 1.5 : Reflect.get(t, k, r)) }) }),
    "a cycle deep inside": (() => {
      const c = text("x");
      c.messages[0].content.self = c.messages[0];
      return c;
    })(),
    "over 10 MB as text, under it as a tape of 2 million values": { messages: Array(2_000_000).fill(false) },
    "more values than the size limit has bytes": { messages: Array(10_600_000).fill(0) },
  };
  const stringify = JSON.stringify;
  for (const [name, payload] of Object.entries(cases)) {
    let json;
    try {
      json = stringify(payload);
    } catch {
      json = null;
    }
    const got = validate(payload, { now: NOW });
    if (json === null) assert.equal(got.issues[0].code, "json.unserializable", name);
    else assert.deepEqual(got, validate(json, { now: NOW }), name);
  }
  // Object.prototype with an enumerable member (polluted): objects still get their text's report.
  Object.prototype.polluted = "x"; // eslint-disable-line no-extend-native
  try {
    const body = text("x", { n: 1 });
    assert.deepEqual(validate(body, { now: NOW }), validate(stringify(body), { now: NOW }), "polluted Object.prototype");
  } finally {
    delete Object.prototype.polluted;
  }
  // A plain object goes through the tape, without JSON.stringify.
  let serialised = 0;
  const plain = text("x", { n: 1.5 });
  JSON.stringify = (v, ...rest) => {
    if (v === plain) serialised++;
    return stringify(v, ...rest);
  };
  try {
    assert.equal(validate(plain, { now: NOW }).issues.length, 1); // the unknown member `n`
  } finally {
    JSON.stringify = stringify;
  }
  assert.equal(serialised, 0);
});

test("a JSON string that starts with U+FEFF: the byte order mark warning, then the body's report", () => {
  const body = JSON.stringify({ messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "Hi" } }] });
  const r = validate("\uFEFF" + body, { now: NOW });
  assert.equal(r.valid, true);
  assert.deepEqual(r.issues.map((i) => [i.severity, i.code, i.path]), [["warning", "json.byte_order_mark", ""]]);
  assert.match(r.issues[0].message, /^the body starts with a UTF-8 byte order mark/);
  assert.deepEqual(validate("\uFEFF[1,]", { now: NOW }).issues.map((i) => i.code), ["json.syntax"]);
  assert.deepEqual(rcs.predictBilling("\uFEFF" + body), rcs.predictBilling(body));
  assert.deepEqual(rcs.failoverText("\uFEFF" + body), rcs.failoverText(body));
});

test("length.utf16: both counts and the limit, from an object or its text; an error with strict", () => {
  const body = { messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "😀".repeat(1536) + "a" } }] };
  const r = validate(body, { now: NOW });
  assert.equal(r.valid, true);
  assert.deepEqual(r.issues, [{ severity: "warning", code: "length.utf16", path: "/messages/0/content/text", message: "`text` has 1537 characters but 3073 UTF-16 code units: over the limit of 3072 if the API counts UTF-16 units, as Java does", limit: 3072, actual: 3073 }]);
  assert.deepEqual(validate(JSON.stringify(body), { now: NOW }), r);
  body.messages[0].content.text = "😀".repeat(1536);
  assert.deepEqual(validate(body, { now: NOW }).issues, []);
  body.messages[0].content.text += "a";
  const strict = validate(body, { now: NOW, strict: true });
  assert.equal(strict.valid, false);
  assert.equal(strict.issues[0].severity, "error");
});

test("after a panic the wrapper throws RcsKitError and answers from a fresh instance", async () => {
  // The wrapper's source with the built glue: the bundles do not export the test hooks.
  const core = await import("../src/core.js");
  core.install(new WebAssembly.Module(readFileSync(join(pkgDir, "dist", "rcs_kit_bg.wasm"))), await import("../dist/rcs_kit.js"));
  const body = { messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "x" } }] };
  for (let i = 0; i < 3; i++) {
    assert.throws(
      () => core.testHooks.panic(),
      (e) => e instanceof core.RcsKitError && e.code === "internal" && e.message.includes("a deliberate panic"),
    );
    assert.equal(core.testHooks.lastPanic(), "", "the trapped instance was replaced");
    assert.deepEqual(core.validate(body, { now: NOW }), { valid: true, issues: [] });
  }
});

test("builders assemble valid payloads; build() returns the payload or the issues", () => {
  const msg = new rcs.MessageBuilder("DemoSender")
    .to("441134960001", "my-id-1")
    .content(
      rcs.cardContent({
        orientation: "VERTICAL",
        alignment: "LEFT",
        title: "Spring sale",
        description: "Up to 50% off",
        media: { url: "https://example.com/sale.mp4", height: "MEDIUM", thumbnail: "https://example.com/t.jpg" },
        suggestions: [rcs.reply("Yes", "yes"), rcs.openUrl("Shop", "shop", "https://example.com", { application: "WEBVIEW", webviewViewMode: "FULL" })],
        chips: [rcs.dialPhone("Call", "call", "+441134960001"), rcs.showLocation("Store", "map", 45.8, 15.97, "Zagreb"), rcs.requestLocation("Near me", "near"), rcs.calendarEvent("Save", "cal", { startTime: "2030-03-03T15:00:00.000+01:00", endTime: new Date("2030-03-03T16:00:00Z"), title: "Sale" })],
      }),
    )
    .validityPeriod(2, "HOURS")
    .deliveryTimeWindow(["MONDAY", "TUESDAY"], { hour: 9, minute: 0 }, { hour: 17, minute: 0 })
    .smsFailover({ text: "Spring sale: https://example.com", sender: "InfoSMS" })
    .platform("entity", "app")
    .campaignReferenceId("spring")
    .deliveryWebhook("https://example.com/dlr", { notify: true })
    .seenWebhook("https://example.com/seen")
    .webhookContentType("application/json")
    .callbackData("cb");
  const ok = msg.build({ now: NOW });
  assert.deepEqual(ok.issues, undefined, JSON.stringify(ok.issues));
  assert.equal(ok.payload.messages[0].content.content.media.height, "MEDIUM");
  assert.equal(ok.payload.messages[0].destinations[0].messageId, "my-id-1");

  const carousel = new rcs.RequestBuilder()
    .message(new rcs.MessageBuilder("S").to("441134960001").content(rcs.carouselContent("SMALL", [{ title: "A" }, { title: "B", media: { url: "https://e.com/b.png", height: "SHORT" } }])))
    .message(new rcs.MessageBuilder("S").to("441134960001").content(rcs.templateContent("tpl", { name: "Ana" })))
    .message(new rcs.MessageBuilder("S").to("441134960001").content(rcs.fileContent("https://e.com/f.pdf")))
    .message(new rcs.MessageBuilder("S").to("441134960001").content(rcs.textContent("Hi", [rcs.reply("Hi", "hi")])))
    .bulkId("bulk-1")
    .sendAt("2027-02-01T10:00:00.000+0000")
    .sendingSpeedLimit(10, "MINUTE")
    .tracking({ trackClicks: true });
  assert.deepEqual(carousel.build({ now: NOW }).issues, undefined);

  const bad = new rcs.MessageBuilder("S").to("441134960001").content(rcs.textContent("Hi", [rcs.reply("x".repeat(26), "p")])).build({ now: NOW });
  assert.equal(bad.payload, undefined);
  assert.equal(bad.issues[0].code, "suggestion.text.too_long");
  assert.equal(bad.issues[0].path, "/messages/0/content/suggestions/0/text");

  const events = new rcs.EventsBuilder().seen("S", "441134960001", "mo-1").typing("S", "441134960001").build();
  assert.equal(events.issues, undefined);
  assert.equal(events.payload.events.length, 2);
});

test("billing prediction, SMS parts and failover text come from the Rust core", () => {
  const body = {
    messages: [
      { sender: "S", destinations: [{ to: "12025550100" }], content: { type: "TEXT", text: "a".repeat(321) } },
      { sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "é".repeat(81) } },
      { sender: "S", destinations: [{ to: "441134960001" }], content: { type: "PROVIDER_TEMPLATE", templateId: "t" } },
    ],
  };
  const [us, global, template] = rcs.predictBilling(body);
  assert.deepEqual([us.trafficType, us.segments, us.market], ["RICH", 3, "us"]);
  assert.equal(global.trafficType, "SINGLE");
  assert.equal(global.reason, "text is 162 bytes: over 160");
  assert.equal(template.trafficType, null);
  assert.equal(rcs.predictBilling(body, { market: "global" })[0].trafficType, "SINGLE");
  assert.throws(() => rcs.predictBilling(body, { market: "eu" }), (e) => e.code === "options.invalid");
  assert.deepEqual(rcs.smsParts("a".repeat(161)), { encoding: "GSM-7", units: 161, parts: 2, perPart: 153 });
  assert.deepEqual(rcs.smsParts("Привет"), { encoding: "UCS-2", units: 6, parts: 1, perPart: 70 });
  assert.deepEqual(rcs.failoverText(body), ["a".repeat(321), "é".repeat(81), null]);
});

test("capability checks and the device features a message needs", () => {
  const query = { sender: "DemoSender", phoneNumbers: ["441134960001", "+441134960001"] };
  let r = rcs.validate(query);
  assert.equal(r.valid, true);
  assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [["capability.phone_numbers.duplicate", "/phoneNumbers/1"]]);
  r = rcs.validate(JSON.stringify({ ...query, notifyUrl: "ftp://x.example/r" }));
  assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [
    ["capability_notify.notify_url.scheme", "/notifyUrl"],
    ["capability.phone_numbers.duplicate", "/phoneNumbers/1"],
  ]);
  // the kind can be forced, by the names the CLI uses
  r = rcs.validate({ sender: "S", phoneNumbers: Array.from({ length: 501 }, (_, i) => `4411349${String(i).padStart(5, "0")}`) }, { kind: "capability-query" });
  assert.deepEqual(r.issues.map((i) => i.code), ["capability_query.phone_numbers.too_many"]);
  assert.equal(rcs.validate(query, { kind: "capability-notify" }).valid, true);
  assert.throws(() => rcs.validate(query, { kind: "capability" }), (e) => e instanceof rcs.RcsKitError && e.code === "options.invalid");

  const body = {
    messages: [
      { sender: "S", destinations: [{ to: "441134960001" }], content: { type: "CARD", orientation: "VERTICAL", alignment: "LEFT", content: { title: "t", suggestions: [{ type: "REQUEST_LOCATION", text: "Where?", postbackData: "w" }] } } },
      { sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "Hi" } },
    ],
  };
  assert.deepEqual(rcs.requiredFeatures(body), [
    {
      message: 0,
      features: ["RICHCARD_STANDALONE", "ACTION_SHARE_LOCATION"],
      needs: [
        { feature: "RICHCARD_STANDALONE", path: "/messages/0/content" },
        { feature: "ACTION_SHARE_LOCATION", path: "/messages/0/content/content/suggestions/0" },
      ],
    },
    { message: 1, features: [], needs: [] },
  ]);
  assert.deepEqual(rcs.requiredFeatures(JSON.stringify(body)), rcs.requiredFeatures(body));
  assert.deepEqual(rcs.requiredFeatures("{"), []);
});

test("requiredFeatures() walks Rust's feature tables as `rcs-kit features` does, on every fixture", () => {
  const exe = process.env.RCS_KIT_CLI ?? join(pkgDir, "..", "target", "debug", "rcs-kit");
  let compared = 0;
  for (const f of fixtures()) {
    const r = spawnSync(exe, ["features", "--format", "json", f.path], { encoding: "utf8" });
    // text rcs-kit's reader refuses (a lone surrogate, ...) is read as JSON.parse reads it
    if (r.status !== 0 && r.stderr.includes("not a JSON request body")) continue;
    // the CLI says "has no messages" or "not a JSON request body" (exit 1) where the package gives []
    const native = r.status === 0 ? JSON.parse(r.stdout) : [];
    assert.deepEqual(rcs.requiredFeatures(f.text), native, f.name);
    if (!f.text.startsWith("\uFEFF")) {
      try {
        assert.deepEqual(rcs.requiredFeatures(JSON.parse(f.text)), native, `${f.name} as an object`);
      } catch (e) {
        if (!(e instanceof SyntaxError)) throw e;
      }
    }
    if (native.some((m) => m.needs.length > 0)) compared++;
  }
  assert.ok(compared >= 20, `only ${compared} fixtures need a feature`);
  // never throws on a payload it cannot read
  const hostile = { get messages() { throw new Error("no"); } };
  assert.deepEqual(rcs.requiredFeatures(hostile), []);
  assert.deepEqual(rcs.requiredFeatures(null), []);
});

test("rcs-kit/validate: validate, limits, version and RcsKitError alone, with the main entry's reports (text, objects, bytes) and the native CLI's", async () => {
  // Through the package's own name, so that the `exports` map is what resolves it.
  const only = await import("rcs-kit/validate");
  assert.deepEqual(Object.keys(only).sort(), ["RcsKitError", "limits", "renderMessage", "validate", "version"]);
  assert.equal(only.version(), version());
  assert.deepEqual(only.limits(), limits());
  assert.notEqual(only.validate, validate, "its own bundle and module");
  const all = byteFixtures();
  for (const flags of [[], ["--advice", "--market", "IN"]]) {
    const options = flags.length ? { now: NOW, advice: true, market: "in" } : { now: NOW };
    const native = nativeReports(all.map((f) => f.path), flags);
    for (const f of all) {
      const expected = native.get(f.path);
      assert.deepEqual(only.validate(f.bytes, options), expected, `${f.name} as bytes`);
      let text;
      try {
        text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(f.bytes);
      } catch {
        continue; // not UTF-8
      }
      assert.deepEqual(only.validate(text, options), expected, f.name);
      if (!expected.issues.some((i) => i.code.startsWith("json."))) {
        assert.deepEqual(only.validate(JSON.parse(text), options), expected, `${f.name} as an object`);
      }
    }
  }
  for (const [label, ok] of checkHostile(only.validate)) assert.equal(ok, true, `rcs-kit/validate: ${label}`);
  assert.throws(() => only.validate({}, { strikt: true }), (e) => e instanceof only.RcsKitError && e.code === "options.unknown");
});

test("rcs-kit/validate: its module has no billing, SMS parts or failover text; after a panic each module answers from a fresh instance", async () => {
  const core = await import("../src/core.js");
  const data = await import("../src/generated/data.js");
  const body = { messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "x" } }] };
  for (const name of ["rcs_kit", "rcs_kit_validate"]) {
    const glue = await import(`../dist/${name}.js`);
    core.install(new WebAssembly.Module(readFileSync(join(pkgDir, "dist", `${name}_bg.wasm`))), glue);
    const extras = [data.OP_BILLING, data.OP_SMS, data.OP_FAILOVER_TEXT].map((op) => core.run(op, JSON.stringify(body), "auto"));
    if (name === "rcs_kit") assert.ok(extras.every((out) => out.length > 2), `${name}: ${extras}`);
    else assert.deepEqual(extras, ["", "", ""], "the validate-only module leaves the extras out");
    const conversions = [data.OP_TO_MESSAGES_API, data.OP_FROM_MESSAGES_API].map((op) => core.run(op, JSON.stringify(body), ""));
    assert.deepEqual(conversions, ["", ""], `${name}: only the module of rcs-kit/messages-api converts`);
    assert.throws(() => core.testHooks.panic(), (e) => e instanceof core.RcsKitError && e.code === "internal" && e.message.includes("a deliberate panic"), name);
    assert.equal(core.testHooks.lastPanic(), "", `${name}: the trapped instance was replaced`);
    assert.deepEqual(core.validate(body, { now: NOW }), { valid: true, issues: [] }, name);
  }
});

test("rcs-kit/messages-api: every fixture, the Messages API's too, gives the native CLI's report (bytes, text, objects), with the main entry's limits and version", async () => {
  // Through the package's own name, so that the `exports` map is what resolves it.
  const mapi = await import("rcs-kit/messages-api");
  assert.deepEqual(Object.keys(mapi).sort(), ["RcsKitError", "fromMessagesApi", "limits", "renderMessage", "toMessagesApi", "validate", "version"]);
  assert.equal(mapi.version(), version());
  // The main entry's limits, and the Messages API profile's own under messages_api (each
  // carried over from an RCS API limit: the same bounds, inferred).
  const { messages_api: mapiLimits, ...shared } = mapi.limits();
  assert.deepEqual(shared, limits());
  assert.equal(limits().messages_api, undefined, "the main entry has no Messages API limits");
  assert.ok(Object.isFrozen(mapi.limits()) && Object.isFrozen(mapiLimits.body.text), "frozen");
  assert.equal(mapiLimits.body.text.max, limits().text.text.max);
  assert.equal(mapiLimits.body.text.confidence, "inferred");
  assert.equal(mapiLimits.buttons.max, limits().content.suggestions.max);
  for (const group of Object.values(mapiLimits)) {
    for (const l of "max" in group ? [group] : Object.values(group)) assert.equal(l.confidence, "inferred", JSON.stringify(l));
  }
  const all = withMessagesApi(byteFixtures);
  const own = all.filter((f) => f.name.includes("messages-api"));
  assert.ok(own.length >= 20, `only ${own.length} Messages API fixtures`);
  for (const flags of [[], ["--advice"]]) {
    const options = flags.length ? { now: NOW, advice: true } : { now: NOW };
    const native = nativeReports(all.map((f) => f.path), flags);
    for (const f of all) {
      const expected = native.get(f.path);
      assert.deepEqual(mapi.validate(f.bytes, options), expected, `${f.name} as bytes ${flags.join(" ")}`);
      let text;
      try {
        text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(f.bytes);
      } catch {
        continue; // not UTF-8
      }
      assert.deepEqual(mapi.validate(text, options), expected, f.name);
      if (!expected.issues.some((i) => i.code.startsWith("json."))) {
        assert.deepEqual(mapi.validate(JSON.parse(text), options), expected, `${f.name} as an object`);
      }
    }
  }
  // The Messages API's own codes come from this entry only.
  const seen = rcs.validate(readFileSync(own.find((f) => f.name === "invalid/messages-api-event-seen-without-message-id.json").path), { now: NOW });
  assert.ok(!seen.issues.some((i) => i.code.startsWith("messages_api.")), "the main entry has no Messages API profile");
  for (const [label, ok] of checkHostile(mapi.validate)) assert.equal(ok, true, `rcs-kit/messages-api: ${label}`);
  // Its messages travel by id too and are rendered from its own catalogue, in German as well.
  const { default: de } = await import("rcs-kit/messages/de");
  const seenPath = own.find((f) => f.name === "invalid/messages-api-event-seen-without-message-id.json").path;
  const [english] = mapi.validate(readFileSync(seenPath), { now: NOW }).issues.filter((i) => i.code === "messages_api.event.message_id.required");
  assert.deepEqual(english.msg, { key: "messages_api.event.message_id.required", params: {} });
  const [german] = mapi.validate(readFileSync(seenPath), { now: NOW, messages: de }).issues.filter((i) => i.code === english.code);
  assert.equal(german.message, de[english.msg.key]);
  assert.equal(mapi.renderMessage(english.msg), english.message);
});

test("rcs-kit/messages-api: toMessagesApi and fromMessagesApi give rcs-kit convert's output and notes for every valid fixture", async () => {
  const mapi = await import("rcs-kit/messages-api");
  const all = withMessagesApi(fixtures, ["valid", "invalid", "warning", "advice"]);
  let converted = 0;
  for (const f of all) {
    const fromMapi = f.name.includes("messages-api");
    const wasm = fromMapi ? mapi.fromMessagesApi(f.text) : mapi.toMessagesApi(f.text);
    const native = nativeConversion(f.path, fromMapi ? "rcs" : "messages-api");
    if (wasm.notes[0]?.code === "convert.not_json") {
      // rcs-kit convert says so in its own words, and converts nothing either
      assert.deepEqual([wasm.output, native.output, native.notes], [null, null, []], f.name);
      continue;
    }
    const lines = wasm.notes.map((n) => `${n.path || "(root)"}: ${n.message} [${n.code}]`);
    assert.deepEqual(lines, native.notes, `${f.name}: notes`);
    if (native.output !== null) {
      assert.deepEqual(wasm.output, native.output, `${f.name}: output`);
      converted++;
    }
  }
  // rcs-kit convert prints no body when the converted one is invalid (a lossy conversion
  // can leave out what the target requires): the notes are compared for every fixture.
  assert.ok(all.length >= 250 && converted >= 30, `${all.length} fixtures, only ${converted} converted`);
  // what is not a request body, and what cannot be written as JSON
  assert.deepEqual(mapi.toMessagesApi("{").notes.map((n) => n.code), ["convert.not_json"]);
  assert.deepEqual(mapi.fromMessagesApi([1]).output, null);
  const cyclic = {};
  cyclic.self = cyclic;
  assert.throws(() => mapi.toMessagesApi(cyclic), (e) => e instanceof mapi.RcsKitError && e.code === "request.unserializable");
  assert.equal(mapi.toMessagesApi(Buffer.from('{"messages":[]}')).output.messages.length, 0);
});

/** Gzip -9 bytes of `files` in dist/ (what a browser downloads for an entry), printed. */
function downloadSize(label, files, budget) {
  let gz = 0;
  let br = 0;
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(pkgDir, "dist", f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes).length;
  }
  console.log(`# size: ${label}: ${files.join(" + ")} ${raw} bytes, ${gz} gzip -9, ${br} brotli (budget ${budget} gzip)`);
  return gz;
}

test("size budget: the whole package (its module + dist/index.js, glue and wrapper) at most 64 KB gzipped", () => {
  const gz = downloadSize("rcs-kit", ["rcs_kit_bg.wasm", "index.js"], 65536);
  assert.ok(gz <= 64 * 1024, `the whole package is ${gz} bytes gzipped, over the 65536-byte budget`);
});

test("size: rcs-kit/validate downloads less than the whole package", () => {
  const whole = downloadSize("rcs-kit", ["rcs_kit_bg.wasm", "index.js"], 65536);
  const only = downloadSize("rcs-kit/validate", ["rcs_kit_validate_bg.wasm", "validate.js"], 40960);
  assert.ok(only < whole - 4096, `rcs-kit/validate is ${only} bytes gzipped, the whole package ${whole}: the split saves under 4 KB`);
});

// Until the 40 KB target is met, the validate entry may not grow back: 58,191 B when this
// was set (2026-12-03, node's gzip -9; main was 59,100 B), with about 500 B of room.
// Raised to 60,900 B with the message catalogue (issue 16, merged with main 978b7a8):
// 60,399 B measured here, since the catalogue's English moved out of the module into the
// entry's JavaScript (by gzip(1): validate.js 4,577 -> 8,927 B, the module 53,433 ->
// 51,144 B); about 500 B of room again.
// Raised to 61,000 B on 2026-12-04 for +291 B (60,673 -> 60,964 B) that made the JSON
// reader find the end of a string's ordinary bytes a word at a time and inline its two
// hottest helpers: validate(jsonString) on the shared corpus 6-7 % faster in Node
// (interleaved A/B, same inputs), the same reader in every entry.
// Raised to 61,200 B the same day for +153 B (60,964 -> 61,117 B) that let the module, not
// String.prototype.isWellFormed, decide whether JSON text needs the lone-surrogate check
// (op VALIDATE_TEXT): validate(jsonString) 6 % faster again, the maximal carousel's 6.5 %.
// Lowered to 61,000 B on 2026-12-04 (60,804 B measured here): URL scans test bytes against
// a set of ASCII bytes instead of calling memchr per byte, and `Doc::members` steps through
// an object in one call per member; both also made validate(jsonString) faster.
// Lower it when the entry shrinks; raise it only with the measurement that says why.
test("size ratchet: rcs-kit/validate (its module + dist/validate.js) at most 61,000 B gzipped", () => {
  const gz = downloadSize("rcs-kit/validate", ["rcs_kit_validate_bg.wasm", "validate.js"], 61000);
  assert.ok(gz <= 61000, `rcs-kit/validate is ${gz} bytes gzipped, over its 61,000-byte ratchet`);
});

// The Messages API entry's own line: the validate-only module with the Messages API's
// tables and the converter (serde_json's Value, its reader and writer); 102,401 B by this
// test's gzip -9 when it was added (102,063 B by build-pkg's `gzip -9`; the validate
// entry: 59,101 B here). Raised from 104 KB (106,489 B then, 7 B of room) to 105 KB on
// 2026-12-03 for +309 B that made a maximal carousel's validate() some 30 % faster in
// every entry (the report written and rendered by runs and compiled templates, astral
// characters counted a word at a time).
test("size budget: rcs-kit/messages-api (its module + dist/messages-api.js) at most 105 KB gzipped", () => {
  const gz = downloadSize("rcs-kit/messages-api", ["rcs_kit_messages_api_bg.wasm", "messages-api.js"], 105 * 1024);
  assert.ok(gz <= 105 * 1024, `rcs-kit/messages-api is ${gz} bytes gzipped, over the ${105 * 1024}-byte budget`);
});

// Issue 16's target, not met yet: reported as a TODO by node --test (it runs, prints the
// size and says "not ok ... # TODO" while over) so that the run stays usable for the
// other checks. Nearly all of the validate module is the validator itself (code about 39 KB
// gzip, tables and English prose 13 KB); see pkg/README.md. Make it a plain test once it passes.
test("size budget: rcs-kit/validate (its module + dist/validate.js) at most 40 KB gzipped", { todo: "issue 16: the validate entry is over 40 KB" }, () => {
  const gz = downloadSize("rcs-kit/validate", ["rcs_kit_validate_bg.wasm", "validate.js"], 40960);
  assert.ok(gz <= 40 * 1024, `rcs-kit/validate is ${gz} bytes gzipped, over the 40960-byte budget`);
});

test("the typed usage example passes tsc --noEmit", () => {
  const tsc = join(pkgDir, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "--noEmit", "-p", join(pkgDir, "test", "tsconfig.json")], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test("a payload never throws: an issue at the pointer that could not be read, on the same instance; options that cannot be read throw options.invalid", async () => {
  // The wrapper's source with the built glue, for its panic hook (the count must see a trap).
  const core = await import("../src/core.js");
  core.install(new WebAssembly.Module(readFileSync(join(pkgDir, "dist", "rcs_kit_bg.wasm"))), await import("../dist/rcs_kit.js"));
  const results = checkNeverThrows(rcs, () => core.testHooks.panic());
  assert.ok(results.length > 90, `only ${results.length} checks`);
  for (const [label, ok] of results) assert.equal(ok, true, label);
});

test("messages: the module names by their rule codes exactly the ids the generated catalogue leaves blank", async () => {
  const core = await import("../src/core.js");
  const { MESSAGES, TEMPLATE_MESSAGES } = await import("../src/generated/messages.js");
  const data = await import("../src/generated/data.js");
  const generated = MESSAGES.split("\n").slice(0, -1).map((l) => l.split("\t")[0]);
  assert.ok(generated.length > 100 && generated.some((k) => k === "") && generated.some((k) => k !== ""));
  assert.ok(TEMPLATE_MESSAGES.split("\n").slice(0, -1).every((l) => !l.startsWith("\t")), "every template message's key is written");
  for (const name of ["rcs_kit", "rcs_kit_validate", "rcs_kit_template", "rcs_kit_messages_api"]) {
    core.install(new WebAssembly.Module(readFileSync(join(pkgDir, "dist", `${name}_bg.wasm`))), await import(`../dist/${name}.js`));
    const fromModule = core.run(data.OP_MESSAGE_KEYS).split("\n").slice(0, -1);
    assert.equal(fromModule.length, generated.length, name);
    generated.forEach((k, id) => assert.ok((k === "") !== (fromModule[id] === ""), `${name}: id ${id} is named by ${JSON.stringify(k)} and by the module ${JSON.stringify(fromModule[id])}`));
  }
});

test("messages: the German catalogue has every key of the English one, with the same parameters", async () => {
  // the English catalogue of the template entry (every message), its keys learnt from its module
  const core = await import("../src/core.js");
  await import("../src/template-ops.js");
  core.install(new WebAssembly.Module(readFileSync(join(pkgDir, "dist", "rcs_kit_template_bg.wasm"))), await import("../dist/rcs_kit_template.js"));
  const { EN: templateEn } = await import("../src/messages.js");
  assert.ok(Object.keys(templateEn).length > 150 && Object.keys(templateEn).every((k) => k !== "" && k !== "undefined"));
  // and the Messages API profile's, which only rcs-kit/messages-api ships
  const { MESSAGES_API_MESSAGES } = await import("../src/generated/messages.js");
  const mapiEn = Object.fromEntries(MESSAGES_API_MESSAGES.split("\n").slice(0, -1).map((l) => l.split("\t")));
  assert.ok(Object.keys(mapiEn).length > 10 && Object.keys(mapiEn).every((k) => k.startsWith("messages_api.") && !Object.hasOwn(templateEn, k)));
  const EN = { ...templateEn, ...mapiEn };
  const { default: de } = await import("rcs-kit/messages/de");
  const names = (t) => [...t.matchAll(/\{\{|\}\}|\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).filter(Boolean).sort();
  const missing = Object.keys(EN).filter((k) => !Object.hasOwn(de, k));
  assert.deepEqual(missing, [], "keys without German");
  assert.deepEqual(Object.keys(de).filter((k) => !Object.hasOwn(EN, k)), [], "German keys the catalogue does not have");
  for (const [k, en] of Object.entries(EN)) {
    assert.deepEqual([...new Set(names(de[k]))], [...new Set(names(en))], `${k}: the German template names other parameters`);
  }
});

test("messages: validate renders from options.messages, English per missing key; renderMessage renders an issue's msg again", async () => {
  const { default: de } = await import("rcs-kit/messages/de");
  const body = { messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "x", suggestions: [{ type: "REPLY", text: "a reply text far too long for a chip", postbackData: "p", colour: 1 }] } }] };
  const en = validate(body, { now: NOW });
  const german = validate(body, { now: NOW, messages: de });
  assert.deepEqual(german.issues.map((i) => i.code), en.issues.map((i) => i.code));
  assert.equal(german.issues[0].message, "`text` hat 36 Zeichen; erlaubt sind höchstens 25: kürzen Sie um 11");
  assert.match(german.issues[1].message, /^`colour` ist kein Feld in diesem REPLY-Objekt \(suggestion\); die API ignoriert oder verwirft es; bekannte Felder: /);
  // a catalogue without a key falls back to English for that key (here the nested subject)
  const partial = { "length.too_long": de["length.too_long"], "subject.field": undefined };
  assert.equal(validate(body, { now: NOW, messages: partial }).issues[0].message, "`text` hat 36 Zeichen; erlaubt sind höchstens 25: kürzen Sie um 11");
  assert.deepEqual(validate(body, { now: NOW, messages: {} }), en);
  for (const i of en.issues) {
    assert.equal(rcs.renderMessage(i.msg), i.message);
    assert.ok(!Object.keys(i).includes("msg"), "msg is not enumerable");
  }
  assert.equal(rcs.renderMessage(en.issues[0].msg, de), german.issues[0].message);
  // the template syntax: {name}, {{ and }} (a brace), a parameter missing (nothing), one
  // placeholder after another, a nested message, a key no catalogue has (the key itself);
  // each template twice, as it is cut once and kept
  const own = { a: "{{{n}}} {x}{n}{{n}}!", b: "{inner} and {n}", c: "", d: "{n}" };
  for (let round = 0; round < 2; round++) {
    assert.equal(rcs.renderMessage({ key: "a", params: { n: 5 } }, own), "{5} 5{n}!");
    assert.equal(rcs.renderMessage({ key: "b", params: { n: "x", inner: { key: "d", params: { n: "in" } } } }, own), "in and x");
    assert.equal(rcs.renderMessage({ key: "c", params: {} }, own), "");
    assert.equal(rcs.renderMessage({ key: "no.such.key", params: { n: 1 } }, own), "no.such.key");
  }
  const only = await import("rcs-kit/validate");
  assert.deepEqual(only.validate(body, { now: NOW, messages: de }), german);
  assert.throws(() => validate(body, { messages: "de" }), (e) => e instanceof RcsKitError && e.code === "options.invalid");
  assert.throws(() => validate(body, { get messages() { throw new Error("no"); } }), (e) => e instanceof RcsKitError && e.code === "options.invalid");
});

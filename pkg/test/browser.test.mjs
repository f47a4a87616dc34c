// The package in Debian's headless Chromium, imported by a plain page from a static
// server: the same reports as in Node (which match the native CLI).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as rcs from "../dist/node.js";
import { fixtures, byteFixtures, withMessagesApi, asBufferSources, serve, launchChromium, nativeReports, NOW, checkHostile, checkNeverThrows } from "./helpers.mjs";

let server;
let browser;
let page;

before(async () => {
  const s = await serve();
  server = s.server;
  browser = await launchChromium();
  page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(`${s.base}/pkg/test/browser.html`);
  await page.waitForFunction(() => document.title === "ready" || window.rcs !== undefined, null, { timeout: 15000 });
  assert.deepEqual(errors, []);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("every fixture gives the same report in Chromium as in Node", async () => {
  const all = fixtures();
  const texts = all.map((f) => f.text);
  const inBrowser = await page.evaluate(([texts, now]) => texts.map((t) => window.rcs.validate(t, { now })), [texts, NOW]);
  all.forEach((f, i) => assert.deepEqual(inBrowser[i], rcs.validate(f.text, { now: NOW }), f.name));
});

test("every fixture as bytes (Uint8Array at an offset, ArrayBuffer, DataView) gives the same report in Chromium as in Node", async () => {
  const all = byteFixtures();
  const lists = all.map((f) => Array.from(f.bytes));
  const inBrowser = await page.evaluate(
    ([lists, now, sources]) => {
      const asBufferSources = eval(`(${sources})`);
      return lists.map((l) => asBufferSources(Uint8Array.from(l)).map(([kind, b]) => [kind, window.rcs.validate(b, { now })]));
    },
    [lists, NOW, asBufferSources.toString()],
  );
  all.forEach((f, i) => {
    const expected = rcs.validate(f.bytes, { now: NOW });
    assert.deepEqual(inBrowser[i].map(([kind]) => kind), ["Uint8Array at offset 7", "ArrayBuffer", "DataView at offset 7"]);
    for (const [kind, report] of inBrowser[i]) assert.deepEqual(report, expected, `${f.name} as ${kind}`);
  });
  assert.ok(all.some((f) => rcs.validate(f.bytes).issues.some((i) => i.code === "json.invalid_utf8")), "an invalid UTF-8 fixture");
});

test("bytes in Chromium: invalid UTF-8 located, a detached buffer and a body over the size limit are issues, billing and features read bytes", async () => {
  const r = await page.evaluate(() => {
    const { validate, predictBilling, requiredFeatures, failoverText, build, limits } = window.rcs;
    const text = JSON.stringify({ messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "CARD", orientation: "VERTICAL", alignment: "LEFT", content: { title: "T\u00e9" } } }] });
    const bytes = new TextEncoder().encode(text);
    const ab = new ArrayBuffer(8);
    const view = new Uint8Array(ab);
    structuredClone(ab, { transfer: [ab] });
    const codes = (f) => {
      try {
        return f().issues.map((i) => i.code);
      } catch (e) {
        return `threw ${e}`;
      }
    };
    return {
      invalid: validate(Uint8Array.of(0x7b, 0x0a, 0x20, 0xff, 0x7d)).issues[0].message,
      detached: [codes(() => validate(ab)), codes(() => validate(view)), codes(() => build(view)), predictBilling(ab)],
      big: validate(new Uint8Array(limits().request.size.max + 1)).issues.map((i) => [i.code, i.actual]),
      same: [
        JSON.stringify(predictBilling(bytes.buffer)) === JSON.stringify(predictBilling(text)),
        JSON.stringify(requiredFeatures(new DataView(bytes.buffer))) === JSON.stringify(requiredFeatures(text)),
        JSON.stringify(failoverText(bytes)) === JSON.stringify(failoverText(text)),
        build(bytes).payload === bytes,
      ],
    };
  });
  assert.match(r.invalid, /byte 3 at line 2, column 2/);
  assert.deepEqual(r.detached, [["json.unserializable"], ["json.unserializable"], ["json.unserializable"], []]);
  assert.deepEqual(r.big, [["request.too_large", rcs.limits().request.size.max + 1]]);
  assert.deepEqual(r.same, [true, true, true, true]);
});

test("with advice and the market India, every advice fixture gives the same report in Chromium as in Node", async () => {
  const all = fixtures(["advice", "warning"]);
  const texts = all.map((f) => f.text);
  for (const options of [{ advice: true }, { advice: true, market: "IN" }]) {
    const inBrowser = await page.evaluate(([texts, now, options]) => texts.map((t) => window.rcs.validate(t, { now, ...options })), [texts, NOW, options]);
    all.forEach((f, i) => assert.deepEqual(inBrowser[i], rcs.validate(f.text, { now: NOW, ...options }), `${f.name} ${JSON.stringify(options)}`));
  }
});

test("objects, limits, builders and errors in the browser", async () => {
  const r = await page.evaluate(() => {
    const { validate, limits, version, MessageBuilder, textContent, reply, RcsKitError } = window.rcs;
    const built = new MessageBuilder("S").to("441134960001").content(textContent("Hi", [reply("x".repeat(26), "p")])).build();
    let thrown;
    try {
      validate({}, { strikt: true });
    } catch (e) {
      thrown = { isError: e instanceof Error, isRcs: e instanceof RcsKitError, code: e.code };
    }
    const cyclic = {};
    cyclic.self = cyclic;
    return {
      object: validate({ messages: [] }),
      max: limits().suggestion.text.max,
      version: version(),
      built: built.issues.map((i) => [i.code, i.path]),
      thrown,
      cyclic: validate(cyclic).issues[0].code,
      deep: validate("[".repeat(100000)).issues[0].code,
      after: validate('{"messages":[]}').issues[0].code,
    };
  });
  assert.equal(r.object.issues[0].code, "request.messages.too_few");
  assert.equal(r.max, 25);
  assert.equal(r.version, rcs.version());
  assert.deepEqual(r.built, [["suggestion.text.too_long", "/messages/0/content/suggestions/0/text"]]);
  assert.deepEqual(r.thrown, { isError: true, isRcs: true, code: "options.unknown" });
  assert.equal(r.cyclic, "json.unserializable");
  assert.equal(r.deep, "json.too_deep");
  assert.equal(r.after, "request.messages.too_few");
});

test("the hostile set of the Node suite: reports, never a throw, and the module keeps working", async () => {
  const results = await page.evaluate(`(${checkHostile})(window.rcs.validate)`);
  for (const [label, ok] of results) assert.equal(ok, true, label);
});

test("payloads the package cannot read, raw lone surrogates, unreadable options and builder arguments: as in Node, on the same instance", async () => {
  const results = await page.evaluate(`(${checkNeverThrows})(window.rcs)`);
  assert.ok(results.length > 90, `only ${results.length} checks`);
  for (const [label, ok] of results) assert.equal(ok, true, label);
});

test("rcs-kit/validate in Chromium: only its own module is fetched; fixtures as text and bytes, and the hostile set, as in Node", async () => {
  const { server: s2, base } = await serve();
  const p = await browser.newPage();
  try {
    const fetched = [];
    const errors = [];
    p.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    p.on("pageerror", (e) => errors.push(e));
    await p.goto(`${base}/pkg/test/browser-validate.html`);
    await p.waitForFunction(() => window.rcs !== undefined, null, { timeout: 15000 });
    assert.deepEqual(errors, []);
    assert.deepEqual(fetched.filter((u) => u.endsWith(".wasm")), ["/pkg/dist/rcs_kit_validate_bg.wasm"]);
    assert.deepEqual(fetched.filter((u) => u.endsWith(".js")), ["/pkg/dist/validate.js"]);
    assert.deepEqual(await p.evaluate(() => Object.keys(window.rcs).sort()), ["RcsKitError", "limits", "renderMessage", "validate", "version"]);
    const all = byteFixtures();
    const got = await p.evaluate(
      ([lists, now]) =>
        lists.map((l) => {
          const bytes = Uint8Array.from(l);
          let text = null;
          try {
            text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
          } catch {
            // not UTF-8
          }
          return [window.rcs.validate(bytes.buffer, { now }), text === null ? null : window.rcs.validate(text, { now, advice: true })];
        }),
      [all.map((f) => Array.from(f.bytes)), NOW],
    );
    all.forEach((f, i) => {
      assert.deepEqual(got[i][0], rcs.validate(f.bytes, { now: NOW }), `${f.name} as bytes`);
      if (got[i][1] !== null) assert.deepEqual(got[i][1], rcs.validate(f.bytes, { now: NOW, advice: true }), `${f.name} with advice`);
    });
    const results = await p.evaluate(`(${checkHostile})(window.rcs.validate)`);
    for (const [label, ok] of results) assert.equal(ok, true, label);
  } finally {
    await p.close();
    s2.close();
  }
});

test("rcs-kit/messages-api in Chromium: only its own module is fetched; every fixture, the Messages API's too, gives the native CLI's report (text, bytes, objects); conversions as in Node", async () => {
  const mapi = await import("rcs-kit/messages-api");
  const { server: s2, base } = await serve();
  const p = await browser.newPage();
  try {
    const fetched = [];
    const errors = [];
    p.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    p.on("pageerror", (e) => errors.push(e));
    await p.goto(`${base}/pkg/test/browser-messages-api.html`);
    await p.waitForFunction(() => window.rcs !== undefined, null, { timeout: 15000 });
    assert.deepEqual(errors, []);
    assert.deepEqual(fetched.filter((u) => u.endsWith(".wasm")), ["/pkg/dist/rcs_kit_messages_api_bg.wasm"]);
    assert.deepEqual(fetched.filter((u) => u.endsWith(".js")), ["/pkg/dist/messages-api.js"]);
    assert.deepEqual(await p.evaluate(() => Object.keys(window.rcs).sort()), ["RcsKitError", "fromMessagesApi", "limits", "renderMessage", "toMessagesApi", "validate", "version"]);
    const all = withMessagesApi(byteFixtures);
    assert.ok(all.filter((f) => f.name.includes("messages-api")).length >= 20);
    const native = nativeReports(all.map((f) => f.path));
    const got = await p.evaluate(
      ([lists, names, now]) =>
        lists.map((l, i) => {
          const bytes = Uint8Array.from(l);
          let text = null;
          try {
            text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
          } catch {
            // not UTF-8
          }
          let object = null;
          let converted = null;
          try {
            if (text === null) throw "not UTF-8";
            object = window.rcs.validate(JSON.parse(text), { now });
            const c = names[i].includes("messages-api") ? window.rcs.fromMessagesApi : window.rcs.toMessagesApi;
            converted = c(JSON.parse(text));
          } catch {
            // not JSON
          }
          return [window.rcs.validate(bytes.buffer, { now }), text === null ? null : window.rcs.validate(text, { now }), object, converted];
        }),
      [all.map((f) => Array.from(f.bytes)), all.map((f) => f.name), NOW],
    );
    let objects = 0;
    all.forEach((f, i) => {
      const expected = native.get(f.path);
      assert.deepEqual(got[i][0], expected, `${f.name} as bytes`);
      if (got[i][1] !== null) assert.deepEqual(got[i][1], expected, f.name);
      if (got[i][2] !== null && !expected.issues.some((x) => x.code.startsWith("json."))) {
        assert.deepEqual(got[i][2], expected, `${f.name} as an object`);
        objects++;
      }
      if (got[i][3] !== null) {
        const c = f.name.includes("messages-api") ? mapi.fromMessagesApi : mapi.toMessagesApi;
        assert.deepEqual(got[i][3], c(JSON.parse(new TextDecoder().decode(f.bytes))), `${f.name} converted`);
      }
    });
    assert.ok(objects >= 250, `only ${objects} fixtures as objects`);
  } finally {
    await p.close();
    s2.close();
  }
});

// rcs-kit/template's validateTemplate and renderTemplate: the native CLI's answers
// (`rcs-kit template --format json`, `rcs-kit render`) for every template fixture, in
// Node and in Chromium; the main and the validate-only entries have neither.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import * as rcs from "../dist/template-node.js";
import * as main from "../dist/node.js";
import * as validateOnly from "../dist/validate-node.js";
import { repoDir, pkgDir, serve, launchChromium, NOW } from "./helpers.mjs";

const { validateTemplate, renderTemplate, RcsKitError } = rcs;
const exe = process.env.RCS_KIT_CLI ?? join(repoDir, "target", "debug", "rcs-kit");
const cli = (args) => {
  if (!existsSync(exe)) throw new Error(`native CLI not found at ${exe}: build it (cargo build) or set RCS_KIT_CLI`);
  const r = spawnSync(exe, args, { encoding: "utf8", maxBuffer: 256 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`rcs-kit ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r;
};

const dir = join(repoDir, "tests", "fixtures", "templates");
const templates = readdirSync(dir)
  .filter((n) => n.endsWith(".json"))
  .sort()
  .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), "utf8") }));

/** An audience for template `t` (parsed): samples, every variable at its maxLength, one
 * over it, no number, quotes, commas, line breaks and emoji, a row with a field too many. */
function audience(t) {
  const vars = Array.isArray(t.variables) ? t.variables.filter((v) => typeof v?.name === "string") : [];
  const dest = typeof t.destination === "string" ? t.destination : "to";
  const names = [...new Set([dest, ...vars.map((v) => v.name)])];
  const max = (v) => (Number.isInteger(v?.maxLength) ? Math.max(0, Math.min(v.maxLength, 5000)) : 10);
  const byName = Object.fromEntries(vars.map((v) => [v.name, v]));
  const value = (name, i, kind) => {
    if (name === dest) return kind === "no number" ? "" : `4411349600${String(i).padStart(2, "0")}`;
    const v = byName[name];
    const sample = typeof v?.sample === "string" ? v.sample : "x";
    switch (kind) {
      case "worst":
        return "é".repeat(max(v));
      case "over":
        return "W".repeat(max(v) + 30);
      case "quotes":
        return [...`Zoë, "Q"\nnext`].slice(0, Math.max(1, max(v))).join("");
      case "emoji":
        return [..."👩🏽‍💻🇬🇧"].slice(0, Math.max(1, max(v))).join("");
      default:
        return sample;
    }
  };
  const kinds = ["sample", "worst", "over", "no number", "quotes", "emoji", "sample"];
  const rows = kinds.map((k, i) => Object.fromEntries(names.map((n) => [n, value(n, i + 1, k)])));
  const q = (s) => `"${s.replaceAll('"', '""')}"`;
  const csv = [names.map(q).join(","), ...rows.map((r) => names.map((n) => q(r[n])).join(","))];
  csv.splice(4, 0, `${csv[1]},"one too many"`); // row 4 cannot be read
  return { rows, csv: csv.join("\r\n") + "\r\n", jsonl: rows.map((r) => JSON.stringify(r)).join("\n") + "\n" };
}

/** What `rcs-kit render` says: the request bodies (stdout) and each failing row's lines. */
function nativeRender(path, audiencePath, maxMessages) {
  const r = cli(["render", "--now", NOW, "--max-messages", String(maxMessages), path, audiencePath]);
  const failing = r.stderr.split("\n").filter((l) => /^row \d+: /.test(l));
  return { status: r.status, bodies: r.stdout.split("\n").filter(Boolean), failing, stderr: r.stderr };
}

/** The same lines from renderTemplate's answer. */
function lines(out) {
  return {
    bodies: out.requests.map((q) => q.body),
    failing: out.rows.filter((r) => !r.valid).flatMap((r) => (r.unreadable ? [`row ${r.row}: ${r.unreadable}`] : r.issues.filter((i) => i.severity === "error").map((i) => `row ${r.row}: ${i.path || "(root)"}: error: ${i.message} [${i.code}]`))),
  };
}

test("every template fixture: validateTemplate gives `rcs-kit template --format json`'s report, byte for byte", () => {
  assert.ok(templates.length >= 10, `only ${templates.length} template fixtures`);
  for (const f of templates) {
    const native = JSON.parse(cli(["template", "--format", "json", f.path]).stdout);
    const wasm = validateTemplate(f.text);
    assert.deepEqual(wasm, native, f.name);
    assert.deepEqual(validateTemplate(Buffer.from(f.text)), native, `${f.name} as bytes`);
    if (!wasm.issues.some((i) => i.code.startsWith("json."))) assert.deepEqual(validateTemplate(JSON.parse(f.text)), native, `${f.name} as an object`);
    assert.deepEqual(validateTemplate(f.text, { strict: true }), JSON.parse(cli(["template", "--format", "json", "--strict", f.path]).stdout), `${f.name} --strict`);
  }
  const worst = validateTemplate(templates.find((f) => f.name === "shipping-worst-case.json").text);
  assert.equal(worst.valid, false);
  assert.equal(worst.issues[0].code, "template.worst_case.too_long");
  const over = worst.fields.find((f) => f.path === "/message/content/content/suggestions/1/text");
  assert.deepEqual([over.limit, over.worst, over.left, over.variables], [25, 60, -35, ["firstName"]]);
});

test("every template fixture: renderTemplate renders a CSV and objects as `rcs-kit render` renders the CSV and JSON Lines", () => {
  const tmp = mkdtempSync(join(tmpdir(), "rcs-kit-render-"));
  let rendered = 0;
  try {
    for (const f of templates) {
      let t;
      try {
        t = JSON.parse(f.text);
      } catch {
        continue;
      }
      const a = audience(t);
      const csvPath = join(tmp, `${f.name}.csv`);
      const jsonlPath = join(tmp, `${f.name}.jsonl`);
      writeFileSync(csvPath, a.csv);
      writeFileSync(jsonlPath, a.jsonl);
      for (const [label, rows, path] of [["CSV", a.csv, csvPath], ["objects", a.rows, jsonlPath]]) {
        const native = nativeRender(f.path, path, 3);
        const out = renderTemplate(f.text, rows, { now: NOW, maxMessages: 3 });
        assert.equal(out.valid, native.status === 0, `${f.name} ${label}: ${native.stderr}`);
        assert.deepEqual(lines(out), { bodies: native.bodies, failing: native.failing }, `${f.name} ${label}`);
        assert.equal(out.template.valid, validateTemplate(f.text, { now: NOW }).valid);
        if (!out.template.valid) {
          assert.deepEqual([out.requests, out.rows, out.messages], [[], [], 0], f.name);
          continue;
        }
        rendered++;
        // every row accounted for: in exactly one request, or failed
        const sent = out.requests.flatMap((q) => q.rows);
        const all = out.rows.map((r) => r.row);
        assert.deepEqual([...sent, ...out.failed].sort((x, y) => x - y), all, `${f.name} ${label}`);
        assert.deepEqual(out.failed, out.rows.filter((r) => !r.valid).map((r) => r.row));
        assert.equal(out.messages, out.requests.reduce((n, q) => n + q.messages, 0));
        for (const q of out.requests) {
          assert.ok(q.messages <= 3);
          assert.equal(JSON.parse(q.body).messages.length, q.messages);
          assert.deepEqual(rcs.validate(q.body, { now: NOW }).valid, true, `${f.name}: a rendered request validates`);
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  assert.ok(rendered >= 6, `only ${rendered} renderings compared`);
});

test("renderTemplate: row reports point into each row's message, failing rows are left out", () => {
  const t = {
    variables: [
      { name: "to", sample: "441134960001", maxLength: 15 },
      { name: "name", sample: "Ada", maxLength: 19 },
    ],
    message: { sender: "DemoSender", content: { type: "TEXT", text: "Hi {{name}}", suggestions: [{ type: "REPLY", text: "Hi {{name}}", postbackData: "hi" }] } },
  };
  const out = renderTemplate(t, "to,name\n441134960001,Ada\n441134960003,ABCDEFGHIJKLMNOPQRSTUVWXYZ\n,Bo\n441134960005,Grace\n", { now: NOW });
  assert.deepEqual(out.failed, [2, 3]);
  assert.equal(out.messages, 2);
  assert.deepEqual(out.requests.map((q) => q.rows), [[1, 4]]);
  assert.deepEqual(out.rows[1].issues.map((i) => [i.path, i.code]), [["/messages/0/content/suggestions/0/text", "suggestion.text.too_long"]]);
  assert.equal(out.rows[2].issues[0].path, "/messages/0/destinations/0/to");
  assert.equal(JSON.parse(out.requests[0].body).messages[1].content.text, "Hi Grace");
  // an invalid template renders nothing and says why
  const bad = renderTemplate({ ...t, variables: [t.variables[0], { ...t.variables[1], maxLength: 40 }] }, [{ to: "441134960001", name: "Ada" }]);
  assert.equal(bad.valid, false);
  assert.equal(bad.template.issues[0].code, "template.worst_case.too_long");
  assert.deepEqual([bad.requests, bad.rows], [[], []]);
});

test("renderTemplate splits exactly at the 10 MB boundary, as the CLI does", () => {
  const t = {
    variables: [
      { name: "to", sample: "441134960001", maxLength: 15 },
      { name: "note", sample: "Thanks", maxLength: 3000 },
    ],
    message: { sender: "DemoSender", content: { type: "TEXT", text: "{{note}}" } },
  };
  const rows = Array.from({ length: 2000 }, (_, i) => ({ to: `4411349${String(i).padStart(5, "0")}`, note: "é".repeat(2900 + (i % 90)) }));
  const out = renderTemplate(t, rows, { now: NOW, maxMessages: 100000 });
  const max = rcs.limits().request.size.max;
  assert.equal(out.messages, 2000);
  assert.ok(out.requests.length >= 2);
  out.requests.forEach((q, k) => {
    const bytes = Buffer.byteLength(q.body);
    assert.ok(bytes <= max, `request ${k}: ${bytes} bytes`);
    const next = out.requests[k + 1];
    if (next) assert.ok(bytes + 1 + JSON.stringify(JSON.parse(next.body).messages[0]).length + 1 > max, `request ${k} had room for one more`);
  });
});

test("template misuse throws RcsKitError; bad templates and rows never throw", () => {
  const t = templates.find((f) => f.name === "shipping.json").text;
  for (const [f, code] of [
    [() => renderTemplate(t, 5), "options.invalid"],
    [() => renderTemplate(t, [], { maxMessages: 0 }), "options.invalid"],
    [() => renderTemplate(t, [], { maxMessages: 1.5 }), "options.invalid"],
    [() => renderTemplate(t, [], { strikt: true }), "options.unknown"],
    [() => renderTemplate(t, [], "x"), "options.invalid"],
    [() => validateTemplate(t, { now: "soon" }), "options.invalid"],
    [() => renderTemplate(t, [{ to: 1n }]), "options.invalid"],
  ]) {
    assert.throws(f, (e) => e instanceof RcsKitError && e.code === code, f.toString());
  }
  for (const bad of ["", "{", "[]", "null", { variables: 5 }, { message: {} }]) {
    assert.equal(validateTemplate(bad).valid, false, JSON.stringify(bad));
    assert.equal(renderTemplate(bad, []).valid, false);
  }
  // a template JSON.stringify cannot write is an issue, as for validate
  const cyclic = JSON.parse(t);
  cyclic.message.self = cyclic;
  for (const bad of [cyclic, { variables: [], get message() { throw new Error("boom"); } }]) {
    const r = validateTemplate(bad);
    assert.deepEqual([r.valid, r.issues.map((i) => i.code), r.fields], [false, ["json.unserializable"], []]);
    const out = renderTemplate(bad, "to\n1\n");
    assert.deepEqual([out.valid, out.template, out.requests, out.rows], [false, r, [], []]);
  }
  const rows = renderTemplate(t, [5, null, { to: [1] }, { to: "441134960001", firstName: "Ada", orderId: "A1" }], { now: NOW });
  assert.deepEqual(rows.rows.map((r) => r.valid), [false, false, false, true]);
  assert.match(rows.rows[2].unreadable, /`to` is an array/);
});

test("rcs-kit and rcs-kit/validate have no template ops: their bundles and modules leave them out", async () => {
  for (const entry of [main, validateOnly]) {
    assert.equal(entry.validateTemplate, undefined);
    assert.equal(entry.renderTemplate, undefined);
  }
  // everything else of the main entry is in rcs-kit/template
  for (const name of Object.keys(main)) assert.ok(name in rcs, `rcs-kit/template lacks ${name}`);
  for (const f of ["index.js", "node.js", "validate.js", "validate-node.js"]) {
    const js = readFileSync(join(pkgDir, "dist", f), "utf8");
    assert.ok(!/renderTemplate|validateTemplate/.test(js), `${f} bundles the template ops`);
  }
  // the other modules answer the template ops with "" (their JavaScript never asks)
  const core = await import("../src/core.js");
  const data = await import("../src/generated/data.js");
  const t = templates.find((f) => f.name === "shipping.json").text;
  for (const name of ["rcs_kit", "rcs_kit_validate", "rcs_kit_template"]) {
    const glue = await import(`../dist/${name}.js`);
    core.install(new WebAssembly.Module(readFileSync(join(pkgDir, "dist", `${name}_bg.wasm`))), glue);
    const out = [core.run(data.OP_TEMPLATE, t, "{}"), core.run(data.OP_RENDER, t, '{}\n{"rows":[]}')];
    if (name === "rcs_kit_template") assert.ok(out.every((o) => o.startsWith("{")), `${name}: ${out}`);
    else assert.deepEqual(out, ["", ""], name);
  }
});

test("size: rcs-kit/template (its module + dist/template.js)", () => {
  const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(pkgDir, "dist", f)), { level: 9 }).length, 0);
  const template = gz(["rcs_kit_template_bg.wasm", "template.js"]);
  const whole = gz(["rcs_kit_bg.wasm", "index.js"]);
  console.log(`# size: rcs-kit/template: ${template} bytes gzip -9 (the main entry: ${whole}; the template ops: ${template - whole})`);
  assert.ok(template > whole, "the template entry has everything of the main one, and more");
});

// ---- Chromium: the same answers as Node ----
let server;
let browser;
let page;
before(async () => {
  const s = await serve();
  server = s.server;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${s.base}/pkg/test/browser-template.html`);
  await page.waitForFunction(() => window.rcs !== undefined, null, { timeout: 15000 });
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("every template fixture gives the same validateTemplate and renderTemplate answers in Chromium as in Node", async () => {
  const cases = templates.map((f) => {
    let t = null;
    try {
      t = JSON.parse(f.text);
    } catch {
      // not JSON: validated only
    }
    return { name: f.name, text: f.text, csv: t ? audience(t).csv : "to\n" };
  });
  const inBrowser = await page.evaluate(
    ([cases, now]) => cases.map((c) => [window.rcs.validateTemplate(c.text), window.rcs.renderTemplate(c.text, c.csv, { now, maxMessages: 2 })]),
    [cases, NOW],
  );
  cases.forEach((c, i) => {
    assert.deepEqual(inBrowser[i][0], validateTemplate(c.text), `${c.name}: validateTemplate`);
    assert.deepEqual(inBrowser[i][1], renderTemplate(c.text, c.csv, { now: NOW, maxMessages: 2 }), `${c.name}: renderTemplate`);
  });
});

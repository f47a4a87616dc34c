// The package through Vite, as an app would use it: `import { validate } from "rcs-kit"`,
// a production build, the built page in Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, rmSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pkgDir, serve, launchChromium } from "./helpers.mjs";

test("a Vite production build imports rcs-kit and validates in Chromium", async () => {
  const { build } = await import("vite");
  const app = mkdtempSync(join(tmpdir(), "rcs-kit-vite-"));
  try {
    mkdirSync(join(app, "node_modules"));
    symlinkSync(pkgDir, join(app, "node_modules", "rcs-kit"), "dir");
    writeFileSync(join(app, "index.html"), '<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="./main.js"></script>\n');
    writeFileSync(
      join(app, "main.js"),
      'import { validate, limits, MessageBuilder, textContent } from "rcs-kit";\n' +
        "const report = validate({ messages: [] });\n" +
        'const built = new MessageBuilder("S").to("441134960001").content(textContent("Hi")).build();\n' +
        'document.title = ["vite", report.issues[0].code, limits().suggestion.text.max, built.payload ? "built" : "issues"].join(":");\n',
    );
    await build({ root: app, logLevel: "error", build: { outDir: join(app, "dist") } });
    const { server, base } = await serve(join(app, "dist"));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => document.title.startsWith("vite:"), null, { timeout: 15000 });
      assert.equal(await page.title(), "vite:request.messages.too_few:25:built");
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});

test("a Vite build importing only rcs-kit/validate emits its module alone and validates bytes in Chromium", async () => {
  const { build } = await import("vite");
  const app = mkdtempSync(join(tmpdir(), "rcs-kit-vite-validate-"));
  try {
    mkdirSync(join(app, "node_modules"));
    symlinkSync(pkgDir, join(app, "node_modules", "rcs-kit"), "dir");
    writeFileSync(join(app, "index.html"), '<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="./main.js"></script>\n');
    writeFileSync(
      join(app, "main.js"),
      'import { validate, limits, version } from "rcs-kit/validate";\n' +
        "const report = validate({ messages: [] });\n" +
        "const bytes = validate(new Uint8Array([0x7b, 0x0a, 0xff, 0x7d]));\n" +
        'document.title = ["vite", report.issues[0].code, bytes.issues[0].code, limits().suggestion.text.max, version()].join(":");\n',
    );
    const out = join(app, "dist");
    await build({ root: app, logLevel: "error", build: { outDir: out } });
    const assets = readdirSync(join(out, "assets"));
    const wasm = assets.filter((f) => f.endsWith(".wasm"));
    assert.equal(wasm.length, 1, `one module: ${assets}`);
    assert.match(wasm[0], /^rcs_kit_validate_bg/, "the validate-only module");
    assert.deepEqual(readFileSync(join(out, "assets", wasm[0])), readFileSync(join(pkgDir, "dist", "rcs_kit_validate_bg.wasm")));
    const js = assets.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(out, "assets", f), "utf8")).join("\n");
    // Nothing of the main entry: its module, the extras' messages, the builders' values.
    for (const absent of ["rcs_kit_bg", "smsParts takes a string", "CREATE_CALENDAR_EVENT", "TYPING_INDICATOR"]) {
      assert.ok(!js.includes(absent), `the bundle holds ${absent}`);
    }
    const { server, base } = await serve(out);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => document.title.startsWith("vite:"), null, { timeout: 15000 });
      const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
      assert.equal(await page.title(), `vite:request.messages.too_few:json.invalid_utf8:25:${version}`);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});

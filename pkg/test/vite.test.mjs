// The package through Vite, as an app would use it: `import { validate } from "rcs-kit"`,
// a production build, the built page in Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, rmSync } from "node:fs";
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

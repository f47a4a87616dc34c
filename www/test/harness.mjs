// Shared by the composer's end-to-end tests: the repository, the API stand-in (started as
// a child process), headless Chromium on the page, and a few page helpers.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { launchChromium } from "../../pkg/test/helpers.mjs";

export const repoDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const artifactsDir = join(repoDir, "test-artifacts");

/** Starts `rcs-kit-stand-in --port 0 --root <repo>` (or $RCS_KIT_STAND_IN) and reads its
 * URL and API key from stdout. */
export async function startStandIn() {
  const exe = process.env.RCS_KIT_STAND_IN ?? join(repoDir, "target", "debug", "rcs-kit-stand-in");
  if (!existsSync(exe)) throw new Error(`stand-in not found at ${exe}: cargo build -p rcs-kit-stand-in (or set RCS_KIT_STAND_IN)`);
  const env = { ...process.env };
  delete env.RCS_KIT_API_KEY; // a fresh key per run
  const proc = spawn(exe, ["--port", "0", "--root", repoDir], { stdio: ["ignore", "pipe", "pipe"], env });
  let out = "";
  let err = "";
  proc.stderr.on("data", (d) => (err += d));
  const started = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stand-in did not start in 20 s; stdout: ${out}; stderr: ${err}`)), 20000);
    proc.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`stand-in exited with ${code}: ${err}`));
    });
    proc.stdout.on("data", (d) => {
      out += d;
      const url = /listening on (http:\/\/\S+?)\/?\s*$/m.exec(out);
      const key = /^API key: (\S+)\s*$/m.exec(out);
      if (url && key) {
        clearTimeout(timer);
        resolve({ url: url[1].replace(/\/$/, ""), key: key[1] });
      }
    });
  });
  proc.removeAllListeners("exit");
  return {
    ...started,
    proc,
    async received() {
      const r = await fetch(`${started.url}/__stand-in/messages`);
      return (await r.json()).requests;
    },
    async clear() {
      await fetch(`${started.url}/__stand-in/messages`, { method: "DELETE" });
    },
    stop() {
      if (proc.exitCode === null) proc.kill("SIGTERM");
    },
  };
}

export { launchChromium };

/** An SVG "product photo" for the sample image URLs (example.com does not serve them). */
export function productImage(hue) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="720" viewBox="0 0 960 720">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},85%,72%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,48%)"/></linearGradient></defs>
<rect width="960" height="720" fill="url(#g)"/>
<ellipse cx="480" cy="560" rx="330" ry="46" fill="#000" opacity=".16"/>
<path d="M210 470c40-90 150-120 250-130 40-60 90-110 150-110 30 0 50 30 60 80 40 40 90 60 110 120 10 30-10 60-50 60H250c-40 0-60-10-40-20z" fill="#fff" opacity=".93"/>
<path d="M330 430h340M360 400h300" stroke="hsl(${hue},60%,45%)" stroke-width="14" stroke-linecap="round"/>
</svg>`;
}

/**
 * Opens the composer in a new page (1280×800). Records dialogs (dismissed), page errors
 * and console errors. Requests to https://example.com/img/… get a product image, so the
 * preview shows pictures offline.
 */
export async function openComposer(browser, standIn, { images = true, viewport = { width: 1280, height: 800 }, colorScheme = "light", hasTouch = false } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, hasTouch, isMobile: hasTouch });
  const page = await context.newPage();
  const events = { dialogs: [], errors: [], console: [] };
  page.on("dialog", (d) => {
    events.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on("pageerror", (e) => events.errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") events.console.push(m.text());
  });
  let n = 0;
  await context.route(/^https?:\/\/example\.com\//, (route) => {
    const url = route.request().url();
    if (images && /\/img\//.test(url)) return route.fulfill({ status: 200, contentType: "image/svg+xml", body: productImage((n++ * 67 + 10) % 360) });
    return route.fulfill({ status: 404, body: "" });
  });
  await page.goto(`${standIn.url}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 20000 });
  return { page, context, events };
}

/** Waits for the work the composer leaves until after a key's frame is painted (the
 * Variables panel, www/js/app-refresh.js): what a test reads of it after typing is current. */
export async function settled(page) {
  await page.waitForFunction(() => document.documentElement.dataset.settled !== "false");
}

/** The input (or select, textarea) bound to a JSON pointer. */
export function field(page, pointer) {
  return page.locator(`#form [data-pointer="${pointer}"]`).first();
}

/** The issues shown next to the field at `pointer`. */
export async function fieldIssues(page, pointer) {
  return page.evaluate((p) => {
    const el = document.querySelector(`#form [data-pointer="${CSS.escape(p)}"]`);
    const slot = el && document.getElementById(el.getAttribute("aria-describedby"));
    return slot ? [...slot.querySelectorAll("li")].map((li) => li.textContent) : null;
  }, pointer);
}

/** The JSON view, parsed. */
export async function jsonView(page) {
  return JSON.parse(await page.locator("#json-view").textContent());
}

/** Chooses the content format `label` and waits until the form shows it chosen. On a
 * loaded machine a click can land while the page is still settling and be lost; the radio
 * is checked again and the click repeated (a second click on a chosen format does nothing). */
export async function chooseFormat(page, label) {
  const seg = page.locator("#form .segmented label.seg", { hasText: label }).first();
  for (let attempt = 1; ; attempt++) {
    await seg.click();
    try {
      await seg.locator("input:checked").waitFor({ timeout: 2000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/** Clicks the add button `kind` (a suggestion type, or the list's own label) of the list at `pointer`. */
export async function addTo(page, pointer, kind) {
  const before = await listLength(page, pointer);
  const button = page.locator(`#form button[data-action="add"][data-list="${pointer}"][data-add-kind="${kind}"]`);
  for (let attempt = 1; ; attempt++) {
    await button.click();
    // The list grew by one in the body (the JSON view): done. A click lost while the page
    // settled on a loaded machine is repeated, never one that added its item.
    if (before === null) return;
    let grew = false;
    for (let waited = 0; !grew && waited < 2000; waited += 50) {
      grew = (await page.evaluate((p) => window.listLengthIn(p), pointer)) > before;
      if (!grew) await page.waitForTimeout(50);
    }
    if (grew || attempt === 3) return;
  }
}

/** The length of the list at `pointer` in the JSON view's body (0 when absent), or null when
 * the JSON view shows something else (the Messages API's body). */
async function listLength(page, pointer) {
  await page.evaluate(() => {
    window.listLengthIn = (p) => {
      let v;
      try {
        v = JSON.parse(document.getElementById("json-view").textContent);
      } catch {
        return null;
      }
      for (const part of p.split("/").slice(1)) v = v?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
      return Array.isArray(v) ? v.length : 0;
    };
  });
  const endpoint = await page.evaluate(() => document.getElementById("json-endpoint")?.textContent ?? "");
  if (endpoint.includes("messages-api")) return null;
  return page.evaluate((p) => window.listLengthIn(p), pointer);
}

export async function itemButton(page, itemPointer, action) {
  await page.locator(`#form button[data-key="${itemPointer}#${action}"]`).click();
}

/** Runs axe-core (pkg/node_modules/axe-core, from the committed pkg/package-lock.json) on
 * the page: evaluated through the DevTools protocol, which the page's CSP does not govern.
 * Returns the violations of impact serious or critical. */
export async function axeViolations(page) {
  const source = readFileSync(join(repoDir, "pkg", "node_modules", "axe-core", "axe.min.js"), "utf8");
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`) }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Answers the page's confirmation dialog (Start over, Import) with its OK button. */
export async function confirmDialog(page) {
  await page.locator("#confirm[open] #confirm-ok").click();
}

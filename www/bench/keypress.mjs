// Key press to paint in the composer on a 10-card carousel with long texts (about 27 KB of
// JSON): headless Chromium types into a card's description, and for each key measures the
// time from the keydown event (its timeStamp) to the end of the first frame in which the
// phone preview shows the new text (a task posted from requestAnimationFrame runs after that
// frame). Frames are not held to 60 Hz (--disable-frame-rate-limit, --disable-gpu-vsync), so
// that the time is the page's work and not the wait for the next vsync.
//
//   node www/bench/keypress.mjs [--keys N] [--tsv FILE]
//
// Needs pkg/dist (cargo xtask build-pkg) and the stand-in (RCS_KIT_STAND_IN or
// target/debug/rcs-kit-stand-in). Prints `key<TAB>value` lines (and writes them to FILE):
// the payload size, then median, p95 and max in ms with the Phone tab shown and with the
// JSON tab shown. `cargo xtask bench` runs it and puts the numbers in bench/RESULTS.md.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { startStandIn, openComposer, confirmDialog, repoDir } from "../test/harness.mjs";

// playwright-core is the package's (pkg/package-lock.json), as for the end-to-end tests
const playwright = await import(pathToFileURL(createRequire(join(repoDir, "pkg", "package.json")).resolve("playwright-core")).href);
const chromium = playwright.chromium ?? playwright.default.chromium;

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const KEYS = Number(opt("--keys", "120"));
const TSV = opt("--tsv", null);

/** The 10-card carousel: long titles and descriptions, media, four buttons a card. */
export function bigCarousel() {
  const words = "Lightweight waterproof trail shoe with a grippy outsole, recycled mesh upper and a cushioned midsole for long days on rocky paths".split(" ");
  const text = (n, seed) => {
    let s = "";
    for (let i = 0; s.length < n; i++) s += `${words[(i * 7 + seed) % words.length]} `;
    return s.slice(0, n).trim();
  };
  const cards = Array.from({ length: 10 }, (_, i) => ({
    title: text(180, i),
    description: text(1990, i + 3),
    media: { file: { url: `https://example.com/img/product-${i + 1}.jpg` }, height: "MEDIUM" },
    suggestions: [0, 1, 2, 3].map((k) => ({ type: "OPEN_URL", text: `Option ${k + 1}`, postbackData: `card_${i + 1}_${k + 1}`, url: `https://example.com/shop/${i + 1}/${k + 1}` })),
  }));
  return {
    messages: [{
      sender: "DemoSender",
      destinations: [{ to: "441134960001" }],
      content: { type: "CAROUSEL", cardWidth: "MEDIUM", contents: cards, suggestions: [{ type: "REPLY", text: "More", postbackData: "more" }] },
    }],
  };
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

async function measure(page, pointer, keys) {
  await page.evaluate((p) => {
    const el = document.querySelector(`#form [data-pointer="${p}"]`);
    el.scrollIntoView({ block: "center" });
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    window.__times = [];
    // the time of each key: keydown → the first frame whose preview shows the new text
    document.addEventListener("keydown", (e) => {
      const t0 = e.timeStamp;
      const shown = () => document.querySelector(`#preview [data-pointer="${p}"]`)?.textContent === el.value;
      const frame = () => requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => (shown() ? window.__times.push(performance.now() - t0) : frame());
        ch.port2.postMessage(0);
      });
      setTimeout(frame, 0);
    }, { capture: true });
  }, pointer);
  const letters = "abcdefghij klmnopqrstuvwxyz";
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(letters[i % letters.length]);
    await page.waitForFunction((n) => window.__times.length >= n, i + 1);
  }
  return page.evaluate(() => window.__times);
}

const standIn = await startStandIn();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-frame-rate-limit", "--disable-gpu-vsync"],
});
const out = [];
try {
  const body = bigCarousel();
  const size = JSON.stringify(body).length;
  out.push(["composer.payload_bytes", size]);
  for (const tab of ["phone", "json"]) {
    const { page, context } = await openComposer(browser, standIn, { viewport: { width: 1440, height: 900 } });
    await page.locator("#tab-json").click();
    await page.locator("#import summary").click();
    await page.locator("#import-text").fill(JSON.stringify(body));
    await page.locator("#import-btn").click();
    await confirmDialog(page);
    if (tab === "phone") await page.locator("#tab-phone").click();
    await page.waitForFunction(() => [...document.querySelectorAll("#preview img")].every((i) => i.complete));
    const times = await measure(page, "/messages/0/content/contents/4/description", KEYS);
    const warm = times.slice(Math.min(10, Math.floor(times.length / 4))); // after the first keys (JIT, caches)
    const s = stats(warm);
    out.push([`composer.keypress_${tab}.median_ms`, s.median.toFixed(1)], [`composer.keypress_${tab}.p95_ms`, s.p95.toFixed(1)], [`composer.keypress_${tab}.max_ms`, s.max.toFixed(1)], [`composer.keypress_${tab}.keys`, warm.length]);
    await context.close();
  }
} finally {
  await browser.close();
  standIn.stop();
}
const text = out.map(([k, v]) => `${k}\t${v}`).join("\n") + "\n";
process.stdout.write(text);
if (TSV) writeFileSync(TSV, text);

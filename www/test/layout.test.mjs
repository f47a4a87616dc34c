// The page at phone, tablet and desktop sizes, light and dark: nothing wider than the
// screen, the top bar's parts side by side, every control at least 24 × 24 px, the
// preview one tap away on narrow screens, distinct names for repeated controls, and an
// axe-core audit without serious or critical violations. Saves the screenshots
// test-artifacts/composer-<w>x<h>-<scheme>.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { startStandIn, launchChromium, openComposer, artifactsDir, axeViolations, chooseFormat } from "./harness.mjs";

let standIn;
let browser;

before(async () => {
  standIn = await startStandIn();
  browser = await launchChromium();
  mkdirSync(artifactsDir, { recursive: true });
});

after(async () => {
  await browser?.close();
  standIn?.stop();
});

const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
];

/** Visible controls smaller than 24 × 24 px (a checkbox, a radio or a visually hidden
 * input counts with its label;
 * links inside a sentence are exempt, as WCAG 2.5.8 allows). */
async function smallTargets(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll("button, a[href], input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])")) {
      if (!el.getClientRects().length || el.closest("[hidden]") || getComputedStyle(el).visibility === "hidden") continue;
      if (el.matches(".inline-link, .dead-link")) continue;
      let r = el.getBoundingClientRect();
      // A checkbox, a radio or a visually hidden input (a file picker opened by its
      // label) is hit through its label.
      if (el.matches("input[type=checkbox], input[type=radio], input.sr-only")) {
        const l = el.closest("label") ?? el.labels?.[0];
        if (l) r = l.getBoundingClientRect();
      }
      if (r.width < 24 || r.height < 24) out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).replace(/\s+/g, ".")} "${(el.getAttribute("aria-label") ?? el.textContent).trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}

/** The top bar's brand, status and Send: inside the screen, not overlapping, one line each. */
async function topbarProblems(page) {
  return page.evaluate(() => {
    const parts = ["h1.brand-title", "#status", "#send"].map((s) => [s, document.querySelector(s).getBoundingClientRect()]);
    const out = [];
    for (const [s, r] of parts) {
      if (r.left < 0 || r.right > innerWidth) out.push(`${s} is outside the screen`);
      if (r.height > 48) out.push(`${s} wraps (${Math.round(r.height)} px tall)`);
    }
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const [a, ra] = parts[i];
        const [b, rb] = parts[j];
        if (ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom) out.push(`${a} overlaps ${b}`);
      }
    }
    const badge = document.getElementById("standin-badge").getBoundingClientRect();
    if (badge.height > 30) out.push(`"Local stand-in" wraps (${Math.round(badge.height)} px)`);
    return out;
  });
}

const inView = (page, selector) =>
  page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0;
  }, selector);

for (const size of SIZES) {
  for (const colorScheme of ["light", "dark"]) {
    test(`${size.width}×${size.height} ${colorScheme}: fits, targets ≥ 24 px, preview reachable, axe clean`, async () => {
      const { page, context, events } = await openComposer(browser, standIn, { viewport: size, colorScheme });
      assert.equal(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), colorScheme === "dark");
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      if (colorScheme === "dark") assert.ok(r + g + b < 120, `dark background: ${bg}`);
      else assert.ok(r + g + b > 600, `light background: ${bg}`);

      assert.deepEqual(await topbarProblems(page), []);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no sideways scrolling");
      assert.deepEqual(await smallTargets(page), []);

      const narrow = size.width <= 1020;
      const toggle = page.locator("#preview-toggle");
      assert.equal(await toggle.isVisible(), narrow);
      if (narrow) {
        // the preview is one tap away, and the way back too
        assert.equal(await inView(page, "#preview .phone"), false);
        await toggle.click();
        assert.equal(await toggle.getAttribute("aria-expanded"), "true");
        assert.ok(await inView(page, "#preview .phone"), "the phone is on screen after one tap");
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
        assert.deepEqual(await smallTargets(page), []);
        await page.screenshot({ path: join(artifactsDir, `composer-${size.width}x${size.height}-${colorScheme}-preview.png`) });
        assert.deepEqual(await axeViolations(page), []);
        await page.keyboard.press("Escape");
        assert.equal(await toggle.getAttribute("aria-expanded"), "false");
        assert.equal(await inView(page, "#preview .phone"), false);
      } else {
        assert.ok(await inView(page, "#preview .phone"), "the phone is beside the form");
      }

      await page.waitForFunction(() => [...document.querySelectorAll("#preview img")].every((i) => i.complete));
      await page.evaluate(() => document.activeElement?.blur?.());
      const path = join(artifactsDir, `composer-${size.width}x${size.height}-${colorScheme}.png`);
      await page.screenshot({ path });
      assert.ok(statSync(path).size > 10000);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(events.errors, []);
      await context.close();
    });
  }
}

test("a carousel with every section open: headings, landmarks, distinct names, axe clean", async () => {
  const { page, context } = await openComposer(browser, standIn, { viewport: { width: 1440, height: 900 } });
  await chooseFormat(page, "Carousel");
  for (const key of ["delivery", "webhooks", "request"]) await page.locator(`#form details[data-section="${key}"] > summary`).click();
  // every form section is a landmark named by its heading
  const sections = await page.evaluate(() =>
    [...document.querySelectorAll("#form details[data-section]")].map((d) => {
      const s = d.closest("section[aria-labelledby]");
      const heading = s && document.getElementById(s.getAttribute("aria-labelledby"));
      return heading ? `${heading.tagName} ${heading.textContent}` : `no landmark for ${d.dataset.section}`;
    }));
  assert.equal(sections.length, 5);
  for (const s of sections) assert.match(s, /^H2 /);

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await smallTargets(page), []);
  // the accessible names (as axe computes them) of the form's controls are all different
  const names = await page.evaluate(() => {
    const out = [];
    // eslint-disable-next-line no-undef
    axe.setup(document);
    for (const el of document.querySelectorAll("#form input, #form select, #form textarea, #form button")) {
      if (!el.getClientRects().length || el.type === "radio") continue;
      // eslint-disable-next-line no-undef
      out.push(axe.commons.text.accessibleText(el).trim());
    }
    // eslint-disable-next-line no-undef
    axe.teardown();
    return out;
  });
  const seen = new Map();
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  const dupes = [...seen].filter(([, c]) => c > 1);
  assert.deepEqual(dupes, []);
  assert.ok(names.includes("Card 2: Title optional"), names.filter((n) => n.startsWith("Card 2")).join(" | "));
  assert.ok(names.some((n) => /^Card 2, Open URL 1: Chip text/.test(n)), names.filter((n) => n.startsWith("Card 2")).join(" | "));
  await context.close();
});

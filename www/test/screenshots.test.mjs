// Screenshots of the composer (a card, a carousel, an error at its field) into
// test-artifacts/, to look at and to pick one for the README.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { startStandIn, launchChromium, openComposer, artifactsDir, field, chooseFormat } from "./harness.mjs";

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

const C = "/messages/0/content";

/** Scrolls the page so that the Content section (or the field at `pointer`) is in view,
 * waits for the preview's images, saves `name`. */
async function shoot(page, name, pointer) {
  await page.evaluate((p) => {
    const target = p ? document.querySelector(`#form [data-pointer="${CSS.escape(p)}"]`).closest(".item") : document.querySelector('#form [data-section="content"]');
    const top = target.getBoundingClientRect().top + window.scrollY - (p ? 260 : 72);
    window.scrollTo(0, Math.max(0, top));
    document.activeElement?.blur?.();
  }, pointer);
  await page.waitForFunction(() => [...document.querySelectorAll("#preview img")].every((i) => i.complete));
  await page.waitForTimeout(150);
  const path = join(artifactsDir, name);
  await page.screenshot({ path });
  assert.ok(statSync(path).size > 10000, `${name} looks empty`);
  return path;
}

test("the composer with a card, with a carousel, with an error", async () => {
  const { page, events } = await openComposer(browser, standIn);

  // a vertical card with media, two buttons and chips
  await chooseFormat(page, "Rich card");
  await field(page, `${C}/content/title`).fill("Trail runner GTX — 30% off");
  await field(page, `${C}/content/description`).fill("Waterproof, 280 g, free returns for 30 days. Offer ends Sunday.");
  await page.locator(`#form button[data-list="${C}/content/suggestions"][data-add-kind="SHOW_LOCATION"]`).click();
  await field(page, `${C}/content/suggestions/1/text`).fill("Find a store");
  await page.locator(`#form button[data-list="${C}/suggestions"][data-add-kind="REQUEST_LOCATION"]`).click();
  await page.locator(`#form button[data-key="${C}/suggestions/3#remove"]`).click();
  await page.locator(`#form button[data-key="${C}/suggestions/1#remove"]`).click();
  await shoot(page, "composer-card.png");

  // a carousel of three cards
  await chooseFormat(page, "Carousel");
  await page.locator(`#form button[data-list="${C}/contents"][data-add-kind="Add card"]`).click();
  await shoot(page, "composer-carousel.png");

  // an error at its field
  await chooseFormat(page, "Text");
  await page.locator(`#form button[data-list="${C}/suggestions"][data-add-kind="REPLY"]`).click();
  await field(page, `${C}/suggestions/2/text`).fill("Yes please, deliver it tomorrow");
  await shoot(page, "composer-error.png", `${C}/suggestions/2/text`);

  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("10,000-character words and bidi overrides do not break the layout", async () => {
  const { page, events } = await openComposer(browser, standIn);
  const long = "W".repeat(10000);
  const rlo = "\u202Eevil.exe\u202C txt \u2067abc\u2069";
  const phoneBox = async () => {
    const { width, height } = await page.locator("#preview .phone").boundingBox();
    return { width, height };
  };
  const before = await phoneBox();
  await field(page, "/messages/0/sender").fill(long);
  await field(page, `${C}/text`).fill(`${long} ${rlo}`);
  await field(page, `${C}/suggestions/0/text`).fill(rlo + long);
  await field(page, `${C}/suggestions/1/postbackData`).fill(long);
  await chooseFormat(page, "Carousel");
  await field(page, `${C}/contents/0/title`).fill(long);
  await field(page, `${C}/contents/1/description`).fill(rlo + long);
  await field(page, `${C}/contents/1/suggestions/0/url`).fill(`https://example.com/${long}`);
  const widths = await page.evaluate(() => ({
    page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    form: [document.querySelector(".col-form").scrollWidth, document.querySelector(".col-form").clientWidth],
    summary: [...document.querySelectorAll("#summary .summary-msg")].map((e) => e.getBoundingClientRect().width),
  }));
  assert.equal(widths.page[0], widths.page[1], "the page scrolls sideways");
  assert.ok(widths.form[0] <= widths.form[1] + 1, `the form is ${widths.form[0]} wide in ${widths.form[1]}`);
  assert.deepEqual(await phoneBox(), before);
  await page.locator("#tab-json").click();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 1280);
  await page.screenshot({ path: join(artifactsDir, "composer-long-words.png") });
  assert.deepEqual(events.errors, []);
});

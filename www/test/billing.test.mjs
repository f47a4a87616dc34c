// The billing badge (predictBilling), the SMS parts of the failover text (smsParts), the
// derived failover text (failoverText) and the advice warnings (validate {advice: true}).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { startStandIn, launchChromium, openComposer, artifactsDir, field, fieldIssues, jsonView, chooseFormat, addTo, itemButton, settled } from "./harness.mjs";

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
const SMS = "/messages/0/options/smsFailover/text";

/** The badge: its traffic type, market, text and title (drawn after the key's frame while
 * typing: waited for). */
async function badge(page) {
  await settled(page);
  return page.locator("#form [data-billing]").evaluate((b) => ({ type: b.dataset.trafficType, market: b.dataset.market, text: b.textContent, title: b.title }));
}

/** What the package itself predicts for the JSON view's body. */
async function predicted(page, market = "auto") {
  return page.evaluate(async ([body, m]) => (await import("/pkg/dist/index.js")).predictBilling(body, { market: m })[0], [await jsonView(page), market]);
}

async function openDelivery(page) {
  const d = page.locator('#form details[data-section="delivery"]');
  if (!(await d.evaluate((e) => e.open))) await d.locator("summary").click();
}

async function smsFailover(page) {
  await openDelivery(page);
  await page.locator('#form select[data-key="failover"]').selectOption("SMS");
}

const partsLabel = (page) => page.locator(`#form [data-sms-parts="${SMS}"]`);

test("the billing badge follows the content, the destinations and the market", async () => {
  const { page, events } = await openComposer(browser, standIn);

  // the sample: a text with three chips
  let b = await badge(page);
  assert.equal(b.type, "SINGLE");
  assert.equal(b.text, "SINGLE — text with 3 suggestions");
  assert.equal(b.title, "text with 3 suggestions");

  // a short text without chips: BASIC
  for (let i = 0; i < 3; i++) await itemButton(page, `${C}/suggestions/0`, "remove");
  await field(page, `${C}/text`).fill("Your parcel arrives today.");
  b = await badge(page);
  assert.equal(b.type, "BASIC", b.text);
  assert.match(b.text, /^BASIC — /);
  assert.equal(b.title, (await predicted(page)).reason);
  assert.equal(b.market, "global");

  // a reply chip: SINGLE, as you type (no redraw needed)
  await addTo(page, `${C}/suggestions`, "REPLY");
  b = await badge(page);
  assert.equal(b.type, "SINGLE");
  assert.equal(b.text, "SINGLE — text with 1 suggestion");
  await itemButton(page, `${C}/suggestions/0`, "remove");
  await field(page, `${C}/text`).fill("x".repeat(161));
  b = await badge(page);
  assert.equal(b.type, "SINGLE");
  assert.match(b.title, /161 bytes/);

  // a US number: RICH with segments, market US (auto)
  await field(page, "/messages/0/destinations/0/to").fill("12125550100");
  b = await badge(page);
  assert.equal(b.type, "RICH");
  assert.equal(b.market, "us");
  assert.match(b.text, /^RICH · 2 segments \(US\) — /);
  assert.equal(await page.locator("#form .billing-market option[value=auto]").textContent(), "Auto (US)");

  // a card to a US number: RICH_MEDIA
  await chooseFormat(page, "Rich card");
  b = await badge(page);
  assert.equal(b.type, "RICH_MEDIA");
  assert.match(b.text, /^RICH_MEDIA \(US\) — /);
  assert.equal(b.title, (await predicted(page)).reason);

  // forced to Global, the same card is SINGLE; the choice survives a redraw
  await page.locator("#form .billing-market").selectOption("global");
  b = await badge(page);
  assert.equal(b.type, (await predicted(page, "global")).trafficType);
  assert.equal(b.type, "SINGLE");
  assert.equal(b.market, "global");
  await addTo(page, `${C}/suggestions`, "REPLY");
  assert.equal(await page.locator("#form .billing-market").inputValue(), "global");
  assert.equal((await badge(page)).type, "SINGLE");
  // forced to US with a UK number
  await field(page, "/messages/0/destinations/0/to").fill("441134960001");
  await page.locator("#form .billing-market").selectOption("us");
  assert.equal((await badge(page)).type, "RICH_MEDIA");
  await page.locator("#form .billing-market").selectOption("auto");
  b = await badge(page);
  assert.equal(b.market, "global");
  assert.equal(await page.locator("#form .billing-market option[value=auto]").textContent(), "Auto (Global)");

  // a provider template has no prediction, and says why
  await chooseFormat(page, "Provider template");
  b = await badge(page);
  assert.equal(b.type, "");
  assert.match(b.text, /^Not predicted — \S/);

  // every message has its own badge
  await chooseFormat(page, "Text");
  await page.locator("#form .add-tab").click();
  assert.equal((await badge(page)).type, "BASIC");
  await page.locator('#form button[data-key="tab-0"]').click();
  assert.equal((await badge(page)).type, "SINGLE");

  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("SMS failover: parts as you type, and the text derived from the message", async () => {
  const { page, events } = await openComposer(browser, standIn);
  await smsFailover(page);
  const sms = field(page, SMS);

  await sms.fill("Your order has shipped.");
  assert.equal(await partsLabel(page).textContent(), "1 SMS part (GSM-7)");

  // 70 Cyrillic letters fit in one UCS-2 SMS, 71 take two
  const cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  const letters = Array.from({ length: 71 }, (_, i) => cyrillic[i % cyrillic.length]).join("");
  await sms.fill("");
  await sms.pressSequentially(letters.slice(0, 70));
  assert.equal(await partsLabel(page).textContent(), "1 SMS part (UCS-2)");
  await sms.pressSequentially(letters.slice(70));
  assert.equal(await partsLabel(page).textContent(), "2 SMS parts (UCS-2)");
  assert.equal(await partsLabel(page).getAttribute("title"), "71 UCS-2 units, up to 67 per part");
  // the GSM-7 extension table: € takes two septets
  await sms.fill("€".repeat(81));
  assert.equal(await partsLabel(page).textContent(), "2 SMS parts (GSM-7)");

  // the derived text fills the field, the JSON and the label
  const derive = page.locator(`#form button[data-derive-failover="${SMS}"]`);
  assert.equal(await derive.textContent(), "Use text derived from the message");
  const expected = await page.evaluate(async (body) => (await import("/pkg/dist/index.js")).failoverText(body)[0], await jsonView(page));
  assert.equal(typeof expected, "string");
  assert.ok(expected.includes("https://example.com/t/1042"), expected);
  assert.equal(await derive.getAttribute("title"), `Derived: ${expected}`);
  await derive.click();
  assert.equal(await field(page, SMS).inputValue(), expected);
  assert.equal((await jsonView(page)).messages[0].options.smsFailover.text, expected);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.pointer), SMS);
  const parts = await page.evaluate(async (t) => (await import("/pkg/dist/index.js")).smsParts(t), expected);
  assert.equal(await partsLabel(page).textContent(), `${parts.parts} SMS part${parts.parts === 1 ? "" : "s"} (${parts.encoding})`);
  assert.ok(await derive.isDisabled(), "the field already holds the derived text");

  // a card derives from its title and description
  await chooseFormat(page, "Rich card");
  assert.ok(await derive.isEnabled());
  await derive.click();
  assert.match(await field(page, SMS).inputValue(), /^Trail runner GTX\nWaterproof/);
  // a template has nothing to derive
  await chooseFormat(page, "Provider template");
  assert.ok(await derive.isDisabled());

  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("advice: iPhone and SMS failover warnings at their fields when the box is ticked", async () => {
  const { page, events } = await openComposer(browser, standIn);
  const height = `${C}/content/media/height`;
  await chooseFormat(page, "Rich card");
  await field(page, height).selectOption("TALL");
  await smsFailover(page);
  await field(page, SMS).fill("Ж".repeat(300));

  assert.equal(await page.locator("#advice").isChecked(), false);
  assert.deepEqual(await fieldIssues(page, height), []);
  assert.deepEqual(await fieldIssues(page, SMS), []);
  assert.equal(await page.locator("#status").textContent(), "Valid");

  await page.locator("#advice").check();
  const atHeight = await fieldIssues(page, height);
  assert.equal(atHeight.length, 1, JSON.stringify(atHeight));
  assert.match(atHeight[0], /iPhones show every card at one height/);
  assert.match(await page.locator(`#form .field:has([data-pointer="${height}"])`).getAttribute("class"), /has-warning/);
  assert.equal(await page.locator(`#summary button[data-code="media.height.ios"]`).count(), 1);
  assert.match((await fieldIssues(page, SMS)).join(" "), /takes 5 parts/);
  assert.equal(await page.locator(`#summary button[data-code="sms_failover.text.parts"]`).count(), 1);
  // warnings, not errors: the request can still be sent
  assert.match(await page.locator("#status").textContent(), /^Valid · \d+ warnings?$/);
  assert.ok(await page.locator("#send").isEnabled());
  // the advice follows edits
  await field(page, height).selectOption("MEDIUM");
  assert.deepEqual(await fieldIssues(page, height), []);
  await field(page, height).selectOption("TALL");
  assert.equal((await fieldIssues(page, height)).length, 1);

  // the choice survives a reload (this tab)
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.equal(await page.locator("#advice").isChecked(), true);
  assert.equal((await fieldIssues(page, height)).length, 1);

  await page.locator("#advice").uncheck();
  assert.deepEqual(await fieldIssues(page, height), []);
  assert.equal(await page.locator(`#summary button[data-code="media.height.ios"]`).count(), 0);

  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("screenshot: billing badge, SMS parts and advice", async () => {
  const { page, events } = await openComposer(browser, standIn);
  await page.setViewportSize({ width: 1280, height: 1560 });
  await field(page, "/messages/0/destinations/0/to").fill("12125550100");
  await itemButton(page, `${C}/suggestions/2`, "remove");
  await itemButton(page, `${C}/suggestions/1`, "remove");
  await field(page, `${C}/text`).fill("Hi Alex! Your order #1042 has shipped and arrives tomorrow between 9:00 and 12:00. Track it here: https://example.com/t/1042 — reply STOP to stop delivery updates.");
  await smsFailover(page);
  await field(page, SMS).fill("Hi Alex! Your order #1042 has shipped and arrives tomorrow between 9:00 and 12:00. Reply STOP to stop delivery updates by SMS.");
  await page.locator("#advice").check();
  const b = await badge(page);
  assert.match(b.text, /^RICH · 2 segments \(US\) — /);
  assert.equal(await partsLabel(page).textContent(), "1 SMS part (GSM-7)");
  assert.match((await fieldIssues(page, SMS)).join(" "), /leaves out https:\/\/example\.com\/t\/1042/);
  // from the Problems card down to the SMS failover field (recipients folded away)
  await page.locator('#form details[data-section="message"] > summary').click();
  await page.evaluate(() => {
    const top = document.getElementById("problems").getBoundingClientRect().top + window.scrollY - 72;
    window.scrollTo(0, Math.max(0, top));
    document.activeElement?.blur?.();
  });
  await page.waitForTimeout(150);
  const path = join(artifactsDir, "composer-billing.png");
  await page.screenshot({ path });
  assert.ok(statSync(path).size > 10000, "composer-billing.png looks empty");
  assert.deepEqual(events.errors, []);
});

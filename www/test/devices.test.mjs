// The phone preview on Android and on an iPhone (what each renders differently), and the
// platform advice (validate {advice: true, market}) at the fields it names.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { startStandIn, launchChromium, openComposer, artifactsDir, field, chooseFormat, addTo, itemButton } from "./harness.mjs";

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

const device = (page, which) => page.locator(`label[for="device-${which}"]`).click();
const tags = (page) => page.locator("#preview .device-tag").allTextContents();
/** The issues placed at fields, by code. */
const placed = (page, code) => page.locator(`#form .field-issues li[data-code="${code}"]`).allTextContents();

test("Android shows the notification's one suggestion; an iPhone one card height, still GIFs, truncated horizontal cards", async () => {
  const { page, events } = await openComposer(browser, standIn);

  // The sample TEXT with three chips: the Android notification shows only the first.
  assert.equal(await page.locator("#device-android").isChecked(), true);
  assert.equal(await page.locator("#preview .phone").getAttribute("data-device"), "android");
  assert.equal(await page.locator("#preview .notification .notif-actions .chip-text").textContent(), "Track parcel");
  assert.match(await page.locator("#preview .notification .notif-note").textContent(), /2 more in the chat/);
  // A share-location request first: never in a notification, the next one shows.
  await addTo(page, `${C}/suggestions`, "REQUEST_LOCATION");
  for (let i = 3; i > 0; i--) await itemButton(page, `${C}/suggestions/${i}`, "up");
  assert.equal((await page.locator("#preview .chips .chip-text").allTextContents())[0], "Share location");
  assert.equal(await page.locator("#preview .notification .notif-actions .chip-text").textContent(), "Track parcel");
  assert.match(await page.locator("#preview .notification .notif-note").textContent(), /^Never a share-location request; 3 more/);

  // iPhone: no notification; only the last element of a text is a live link.
  await field(page, `${C}/text`).fill("Track https://example.com/t/1 or https://example.com/t/2");
  assert.equal(await page.locator("#preview .bubble a.inline-link").count(), 2);
  await device(page, "iphone");
  assert.equal(await page.locator("#preview .phone").getAttribute("data-device"), "iphone");
  assert.equal(await page.locator("#preview .notification").count(), 0);
  assert.equal(await page.locator("#preview .bubble a.inline-link").count(), 0);
  assert.equal(await page.locator("#preview .bubble .dead-link").count(), 2);
  await field(page, `${C}/text`).fill("Track your parcel: https://example.com/t/1.");
  assert.equal(await page.locator("#preview .bubble a.inline-link").count(), 1);

  // A vertical card with a TALL GIF: TALL on Android, MEDIUM and still on an iPhone.
  await chooseFormat(page, "Rich card");
  await field(page, `${C}/content/media/file/url`).fill("https://example.com/img/shoe.gif");
  await field(page, `${C}/content/media/height`).selectOption("TALL");
  await field(page, `${C}/content/description`).fill("Trail shoes, 30% off until Sunday: https://example.com/sale");
  assert.equal(await page.locator("#preview .rich-card .media.h-medium").count(), 1);
  await page.waitForSelector("#preview .rich-card .media canvas.still");
  assert.deepEqual(await tags(page), ["Still GIF", "TALL shown MEDIUM"]);
  // A link written in a card's description is plain text on both phones.
  assert.equal(await page.locator("#preview .card-desc a").count(), 0);
  assert.equal(await page.locator("#preview .card-desc .dead-link").textContent(), "https://example.com/sale");
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
  const iphone = join(artifactsDir, "composer-iphone.png");
  await page.screenshot({ path: iphone });
  assert.ok(statSync(iphone).size > 10000, "composer-iphone.png looks empty");

  await device(page, "android");
  assert.equal(await page.locator("#preview .rich-card .media.h-tall img").count(), 1);
  assert.equal(await page.locator("#preview canvas").count(), 0);
  assert.deepEqual(await tags(page), []);
  assert.equal(await page.locator("#preview .card-desc .dead-link").count(), 1);
  assert.match(await page.locator("#preview .notification .notif-text").textContent(), /./);
  await page.waitForFunction(() => [...document.querySelectorAll("#preview img")].every((i) => i.complete));
  await page.waitForTimeout(150);
  const android = join(artifactsDir, "composer-android.png");
  await page.screenshot({ path: android });
  assert.ok(statSync(android).size > 10000, "composer-android.png looks empty");

  // Horizontal: the iPhone truncates the image, and stands a video upright.
  await field(page, `${C}/orientation`).selectOption("HORIZONTAL");
  await device(page, "iphone");
  assert.equal(await page.locator("#preview .rich-card.horizontal .media.truncated").count(), 1);
  assert.ok((await tags(page)).includes("Truncated"));
  await field(page, `${C}/content/media/file/url`).fill("https://example.com/img/clip.mp4");
  assert.equal(await page.locator("#preview .rich-card.turned.vertical .media.video").count(), 1);
  assert.deepEqual(await tags(page), ["Shown vertically"]);
  await device(page, "android");
  assert.equal(await page.locator("#preview .rich-card.horizontal .media.video").count(), 1);

  // The choice is kept for the tab.
  await device(page, "iphone");
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.equal(await page.locator("#device-iphone").isChecked(), true);
  assert.equal(await page.locator("#preview .phone.ios").count(), 1);

  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("the platform advice appears at its fields, India's by destination or by the market select", async () => {
  const { page, events } = await openComposer(browser, standIn);
  await page.locator("#advice").check();

  // TEXT: the notification's one suggestion, at the chips.
  assert.equal((await placed(page, "content.suggestions.android_notification")).length, 1);
  assert.match((await placed(page, "content.suggestions.android_notification"))[0], /only "Track parcel"/);
  await field(page, `${C}/text`).fill("See https://example.com/a for details");
  assert.equal((await placed(page, "text.links.ios")).length, 1);

  // A card: links and codes in its text, horizontal, too many calls to action.
  await chooseFormat(page, "Rich card");
  await field(page, `${C}/content/description`).fill("Your code is 482913. More at https://example.com/help");
  await field(page, `${C}/orientation`).selectOption("HORIZONTAL");
  await addTo(page, `${C}/content/suggestions`, "DIAL_PHONE");
  for (const code of ["card.description.url_not_clickable", "card.text.otp_not_copyable", "card.orientation.horizontal_ios", "card.suggestions.ios_actions"]) {
    assert.equal((await placed(page, code)).length, 1, code);
  }
  assert.match(await page.locator(`#form .field:has([data-pointer="${C}/orientation"])`).getAttribute("class"), /has-warning/);

  // A SMALL carousel.
  await chooseFormat(page, "Carousel");
  await field(page, `${C}/cardWidth`).selectOption("SMALL");
  assert.equal((await placed(page, "carousel.card_width.ios_crop")).length, 1);

  // India: an Indian destination, or the market select.
  assert.equal((await placed(page, "india.template.required")).length, 0);
  await field(page, "/messages/0/destinations/0/to").fill("+919876543210");
  assert.equal((await placed(page, "india.template.required")).length, 1);
  const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
  await page.locator('#form details[data-section="request"] > summary').click();
  await field(page, "/options/schedule/sendAt").fill(`${tomorrow}T00:00:00Z`);
  assert.match((await placed(page, "india.promotional_hours")).join(" "), /00:00 UTC is 05:30 IST/);
  await field(page, "/messages/0/destinations/0/to").fill("441134960001");
  assert.equal((await placed(page, "india.template.required")).length, 0);
  await page.locator("#form select.billing-market").selectOption("in");
  assert.equal((await placed(page, "india.template.required")).length, 1);
  assert.match(await page.locator("#form [data-billing]").textContent(), /\(India\)/);
  await page.locator("#form select.billing-market").selectOption("auto");
  assert.equal((await placed(page, "india.template.required")).length, 0);

  // Advice never blocks Send; without the box, none of it.
  assert.ok(await page.locator("#send").isEnabled());
  await page.locator("#advice").uncheck();
  assert.equal(await page.locator("#form .field-issues li").count(), 0);

  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

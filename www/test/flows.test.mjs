// Flows that used to break: error answers without details (no "null"), an events body
// imported into the Events section, disabled buttons that say why, and the focus after
// Send and after removals.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIn, launchChromium, openComposer, field, jsonView, chooseFormat, addTo, confirmDialog } from "./harness.mjs";

let standIn;
let browser;

before(async () => {
  standIn = await startStandIn();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  standIn?.stop();
});

const C = "/messages/0/content";

test("error answers without details render without null, and the answer takes the focus", async () => {
  const { page, context, events } = await openComposer(browser, standIn);
  const answers = [
    [401, "null"],
    [401, ""],
    [401, JSON.stringify({ errorCode: null, description: null, action: null, violations: null })],
    [400, JSON.stringify({ errorCode: "E400", description: null, violations: [null, { property: null, violation: null }, { property: "messages[0].sender", violation: null }] })],
    [401, JSON.stringify({ requestError: { serviceException: { messageId: null, text: null, validationErrors: null } } })],
    [403, JSON.stringify({ requestError: null })],
    [500, JSON.stringify({ requestError: { serviceException: null } })],
    [429, JSON.stringify([null, null])],
  ];
  let current = 0;
  await page.route(`${standIn.url}/rcs/2/messages`, (route) => {
    const [status, body] = answers[current];
    return route.fulfill({ status, contentType: "application/json", body });
  });
  for (current = 0; current < answers.length; current++) {
    await page.locator("#send").click();
    await page.locator("#response .answer-head.bad").waitFor();
    const text = await page.locator("#response").textContent();
    assert.doesNotMatch(text, /null|undefined|\[object/i, `${answers[current][1]} → ${text}`);
    assert.match(text, new RegExp(`HTTP ${answers[current][0]}`));
    // the answer says something beyond the status
    const said = await page.locator("#response .answer-text, #response .violations li").allTextContents();
    assert.ok(said.some((t) => t.trim().length > 10), `${answers[current][1]} → ${text}`);
    assert.ok(await page.evaluate(() => document.getElementById("response").contains(document.activeElement)), "the answer has the focus");
    // the field issues from the answer have no null either
    assert.doesNotMatch(await page.locator("#form").textContent(), /\bnull\b/);
    await field(page, "/messages/0/sender").fill(`DemoSender${current}`); // an edit clears the API's remarks
  }
  const statusText = await page.locator("#response").textContent();
  assert.match(statusText, /Too many requests/);
  assert.deepEqual(events.errors, []);
  await context.close();
});

test("an events body imports into the Events section and is sent from there", async () => {
  await standIn.clear();
  const { page, context } = await openComposer(browser, standIn);
  const body = { events: [{ sender: "EventSender", destinations: [{ to: "441134960005" }], content: { type: "SEEN", messageId: "user-msg-1" } }] };
  await page.locator("#tab-json").click();
  await page.locator("#import summary").click();
  await page.locator("#import-text").fill(JSON.stringify(body));
  await page.locator("#import-btn").click();
  await confirmDialog(page);
  assert.equal(await page.locator("#import-error").textContent(), "");
  assert.ok(await page.locator("#ev-seen").isChecked());
  assert.equal(await page.locator("#ev-message-id").inputValue(), "user-msg-1");
  assert.equal(await field(page, "/messages/0/sender").inputValue(), "EventSender");
  assert.equal(await field(page, "/messages/0/destinations/0/to").inputValue(), "441134960005");
  assert.match(await page.locator("#notice").textContent(), /Events section/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "ev-message-id");
  await page.locator("#send-event").click();
  await page.locator("#event-result .answer-head").filter({ hasText: "Accepted" }).waitFor();
  const got = (await standIn.received()).filter((r) => r.path === "/rcs/1/events");
  assert.equal(got.length, 1);
  assert.deepEqual(got[0].body, body);
  // Undo takes the message's sender back
  await page.locator("#undo").click();
  assert.equal(await field(page, "/messages/0/sender").inputValue(), "DemoSender");
  // a typing indicator imports without asking when the sender and recipients are the same
  await page.locator("#import-text").fill(JSON.stringify({ events: [{ sender: "DemoSender", destinations: (await jsonView(page)).messages[0].destinations, content: { type: "TYPING_INDICATOR" } }] }));
  await page.locator("#import-btn").click();
  assert.ok(await page.locator("#ev-typing").isChecked());
  assert.equal(await page.locator("#confirm").evaluate((d) => d.open), false);
  await context.close();
});

test("a full carousel says why Add card is disabled; removals leave the focus in place", async () => {
  const { page, context } = await openComposer(browser, standIn);
  const max = await page.evaluate(async () => (await import("/pkg/src/generated/data.js")).LIMITS.carousel.contents.max);
  assert.equal(max, 10);
  await chooseFormat(page, "Carousel");
  const add = page.locator(`#form button[data-action="add"][data-list="${C}/contents"]`);
  while ((await jsonView(page)).messages[0].content.contents.length < max) await add.click();
  assert.ok(await add.isDisabled());
  const note = page.locator(`#form [data-full-for="${C}/contents"]`);
  assert.match(await note.textContent(), new RegExp(`at most ${max}\\b`));
  assert.ok(await note.isVisible());
  assert.equal(await add.getAttribute("aria-describedby"), await note.getAttribute("id"));
  assert.match(await add.getAttribute("title"), new RegExp(`at most ${max}`));
  // one card fewer: enabled again, the note gone
  await page.locator(`#form button[data-key="${C}/contents/9#remove"]`).click();
  assert.ok(await add.isEnabled());
  assert.equal(await note.count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.key), `${C}/contents/8#remove`);

  // down to the minimum of cards: the focus stays on the card now in that place
  const min = await page.evaluate(async () => (await import("/pkg/src/generated/data.js")).LIMITS.carousel.contents.min);
  for (let n = max - 1; n > min; n--) await page.locator(`#form button[data-key="${C}/contents/0#remove"]`).click();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.key), `${C}/contents/0#title`);
  assert.match(await page.locator(`#form button[data-key="${C}/contents/0#remove"]`).getAttribute("title"), new RegExp(`at least ${min}`));

  // the last chip removed: the focus is on the chip list, not lost to the page
  await chooseFormat(page, "Text");
  let n = (await jsonView(page)).messages[0].content.suggestions.length;
  while (n-- > 0) await page.locator(`#form button[data-key="${C}/suggestions/0#remove"]`).click();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.key), `${C}/suggestions#head`);
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), "BODY");
  await context.close();
});

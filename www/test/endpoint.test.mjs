// The endpoint switch (issue 19): RCS API or Messages API. The Messages API entry of the
// package is fetched only once the switch is used; the JSON view then shows the converted
// body, the conversion notes sit beside the fields they concern, Send posts to
// /messages-api/1/messages of the stand-in, and switching back restores everything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startStandIn, launchChromium, openComposer, field, fieldIssues, jsonView, confirmDialog, axeViolations, repoDir } from "./harness.mjs";

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

// its pictures from example.com/img/, which openComposer serves offline
const carousel = JSON.parse(readFileSync(join(repoDir, "tests", "fixtures", "valid", "hand-carousel-small.json"), "utf8").replaceAll("https://www.example.com/items/", "https://example.com/img/items/"));

test("the endpoint switch: the Messages API's body in the JSON view, its notes at their fields, Send to /messages-api/1/messages", async () => {
  const { page, context, events } = await openComposer(browser, standIn);
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await standIn.clear();

  // the carousel, imported: its card width has no Messages API equivalent
  await page.locator("#tab-json").click();
  await page.locator("#import summary").click();
  await page.locator("#import-text").fill(JSON.stringify(carousel));
  await page.locator("#import-btn").click();
  await confirmDialog(page);
  assert.deepEqual(await jsonView(page), carousel);
  assert.equal(await page.locator("#json-endpoint").textContent(), "POST /rcs/2/messages");
  assert.ok(!fetched.some((p) => p.includes("messages-api")), "the Messages API entry is not loaded before the switch is used");
  assert.deepEqual(await fieldIssues(page, "/messages/0/content/cardWidth"), []);

  // Messages API: the entry is fetched, the view shows the converted body
  await page.locator('label[for="endpoint-messages-api"]').click();
  await page.waitForFunction(() => document.getElementById("json-endpoint").textContent === "POST /messages-api/1/messages");
  await page.waitForFunction(() => document.getElementById("json-view").textContent.includes('"channel": "RCS"'));
  assert.ok(fetched.includes("/pkg/dist/messages-api.js") && fetched.includes("/pkg/dist/rcs_kit_messages_api_bg.wasm"), fetched.join(" "));
  const converted = await jsonView(page);
  assert.equal(converted.messages[0].channel, "RCS");
  assert.equal(converted.messages[0].content.body.type, "CAROUSEL");
  assert.equal(converted.messages[0].content.body.cards.length, 2);
  assert.equal(converted.messages[0].content.buttons[0].text, "See all");
  assert.equal("cardWidth" in converted.messages[0].content.body, false);

  // the note beside the field it concerns, and in the list under the switch
  const notes = await fieldIssues(page, "/messages/0/content/cardWidth");
  assert.equal(notes.length, 1, notes.join(" | "));
  assert.match(notes[0], /^Messages API: .*card width/i);
  assert.equal(await page.locator("#endpoint-notes li[data-code='convert.card_width.dropped']").count(), 1);
  // a note is not an error: the message can still be sent
  assert.equal(await page.locator("#status").textContent(), "Valid");

  // an edit in the form is converted again
  await field(page, "/messages/0/content/contents/0/title").fill("First item");
  await page.waitForFunction(() => document.getElementById("json-view").textContent.includes('"title": "First item"'));

  // Send posts the converted body to the Messages API endpoint of the stand-in
  assert.match(await page.locator("#send").getAttribute("title"), /\/messages-api\/1\/messages$/);
  await page.locator("#send").click();
  await page.locator("#response .answer-head.good").waitFor();
  const received = await standIn.received();
  assert.equal(received.length, 1);
  assert.equal(received[0].path, "/messages-api/1/messages");
  assert.equal(received[0].body.messages[0].channel, "RCS");
  assert.equal(received[0].body.messages[0].content.body.cards[0].body.title, "First item");

  // the page stays accessible with the notes shown
  assert.deepEqual(await axeViolations(page), []);

  // back to the RCS API: the form's body, no notes
  await page.locator('label[for="endpoint-rcs"]').click();
  await page.waitForFunction(() => document.getElementById("json-endpoint").textContent === "POST /rcs/2/messages");
  const back = await jsonView(page);
  assert.equal(back.messages[0].content.cardWidth, "SMALL");
  assert.equal(back.messages[0].content.contents[0].title, "First item");
  assert.deepEqual(await fieldIssues(page, "/messages/0/content/cardWidth"), []);
  assert.equal(await page.locator("#endpoint-notes").isHidden(), true);
  assert.match(await page.locator("#send").getAttribute("title"), /\/rcs\/2\/messages$/);

  // the choice is kept for the tab
  await page.locator('label[for="endpoint-messages-api"]').click();
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await page.waitForFunction(() => document.getElementById("json-view").textContent.includes('"channel": "RCS"'));
  assert.equal(await page.locator("#endpoint-messages-api").isChecked(), true);

  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
  await context.close();
});

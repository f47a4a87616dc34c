// Import: a pasted body fills the form, and the JSON view gives back exactly that body,
// unknown fields included; edits through the form keep them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIn, launchChromium, openComposer, field, fieldIssues, jsonView, chooseFormat, confirmDialog } from "./harness.mjs";

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

const body = {
  messages: [
    {
      sender: "ShopAgent",
      destinations: [{ to: "441134960001", messageId: "m-1", xDestinationTag: "vip" }, { to: "+441134960002" }],
      content: {
        type: "CARD",
        orientation: "VERTICAL",
        alignment: "LEFT",
        content: {
          title: "Your table is booked",
          description: "Friday 19:30, 4 people.\nSee you soon!",
          media: { file: { url: "https://example.com/img/table.jpg" }, height: "TALL", futureMediaHint: { focus: "center" } },
          suggestions: [
            { type: "CREATE_CALENDAR_EVENT", text: "Add to calendar", postbackData: "cal", startTime: "2030-03-01T19:30:00.000+0100", endTime: "2030-03-01T22:00:00.000+0100", title: "Dinner", description: "Table for 4" },
            { type: "SHOW_LOCATION", text: "Directions", postbackData: "map", latitude: 45.815, longitude: 15.9819, label: "Bistro", customIcon: "pin-red" },
          ],
        },
        suggestions: [{ type: "REPLY", text: "Change booking", postbackData: "change" }],
        experimentalLayout: true,
      },
      options: {
        validityPeriod: { amount: 2, timeUnit: "HOURS" },
        smsFailover: { sender: "InfoSMS", text: "Your table is booked for Friday 19:30.", regional: { indiaDlt: { principalEntityId: "123" } } },
        campaignReferenceId: "spring-2030",
      },
      webhooks: { delivery: { url: "https://example.com/dlr", notify: true }, callbackData: "booking=77", contentType: "application/json" },
      unknownMessageField: [1, 2, { three: 3 }],
    },
  ],
  options: { tracking: { shortenUrl: true, trackClicks: true }, schedule: { bulkId: "bulk-77" } },
  topLevelExtra: { any: ["thing", null, 1.5] },
};

test("a pasted body comes back unchanged, unknown fields and all; form edits keep them", async () => {
  const { page, events } = await openComposer(browser, standIn);
  await page.locator("#tab-json").click();
  await page.locator("#import summary").click();
  await page.locator("#import-text").fill(JSON.stringify(body, null, 2));
  await page.locator("#import-btn").click();
  await confirmDialog(page);

  // same payload out, even byte for byte in the view's formatting
  assert.deepEqual(await jsonView(page), body);
  assert.equal(await page.locator("#json-view").textContent(), JSON.stringify(body, null, 2));

  // the form is filled from it
  assert.equal(await field(page, "/messages/0/sender").inputValue(), "ShopAgent");
  assert.equal(await field(page, "/messages/0/destinations/1/to").inputValue(), "+441134960002");
  assert.equal(await field(page, "/messages/0/content/content/media/height").inputValue(), "TALL");
  assert.equal(await field(page, "/messages/0/content/content/suggestions/1/latitude").inputValue(), "45.815");
  assert.equal(await field(page, "/messages/0/content/content/description").inputValue(), "Friday 19:30, 4 people.\nSee you soon!");
  assert.equal(await field(page, "/messages/0/options/smsFailover/text").inputValue(), "Your table is booked for Friday 19:30.");
  assert.equal(await field(page, "/messages/0/options/validityPeriod/timeUnit").inputValue(), "HOURS");
  assert.equal(await field(page, "/options/tracking/trackClicks").inputValue(), "true");
  assert.equal(await page.locator("#preview .rich-card .media.h-tall").count(), 1);

  // the unknown fields are warnings, shown near where they are
  const summary = await page.locator("#summary").textContent();
  assert.match(summary, /`experimentalLayout` is not a field/);
  assert.match(summary, /`topLevelExtra` is not a field/);

  // an edit through the form changes that one value and keeps everything else
  await field(page, "/messages/0/content/content/title").fill("Your table is confirmed");
  await field(page, "/messages/0/content/content/suggestions/1/label").fill("");
  const expected = structuredClone(body);
  expected.messages[0].content.content.title = "Your table is confirmed";
  delete expected.messages[0].content.content.suggestions[1].label;
  assert.deepEqual(await jsonView(page), expected);
  // a structural edit (reordering) too
  await page.locator('#form button[data-key="/messages/0/content/content/suggestions/1#up"]').click();
  expected.messages[0].content.content.suggestions.reverse();
  assert.deepEqual(await jsonView(page), expected);

  // switching the format away and back restores the card, unknown fields included
  await page.locator("#form .segmented label.seg", { hasText: "Text" }).first().click();
  assert.equal((await jsonView(page)).messages[0].content.type, "TEXT");
  await page.locator("#form .segmented label.seg", { hasText: "Rich card" }).first().click();
  assert.deepEqual(await jsonView(page), expected);

  // not JSON: a located error, the form is untouched
  await page.locator("#import-text").fill('{"messages": [}');
  await page.locator("#import-btn").click();
  assert.match(await page.locator("#import-error").textContent(), /line 1, column 15/);
  assert.deepEqual(await jsonView(page), expected);

  // the same body survives a reload (kept for the tab)
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.deepEqual(await jsonView(page), expected);

  assert.deepEqual(events.dialogs, []);
  assert.deepEqual(events.errors, []);
});

test("the preview reads a file's type from the validator's table: a .mov is unsupported, not a video", async () => {
  const { page, events } = await openComposer(browser, standIn);
  await chooseFormat(page, "File");
  const url = "/messages/0/content/file/url";
  await field(page, url).fill("https://example.com/files/clip.mov");
  await page.locator("#preview .media.doc", { hasText: "Not a supported file type: clip.mov" }).waitFor();
  assert.equal(await page.locator("#preview .media.video").count(), 0);
  await page.waitForFunction((p) => {
    const el = document.querySelector(`#form [data-pointer="${CSS.escape(p)}"]`);
    const slot = el && document.getElementById(el.getAttribute("aria-describedby"));
    return slot && /not among the types RCS accepts/.test(slot.textContent);
  }, url);
  assert.equal((await fieldIssues(page, url)).length, 1);
  await field(page, url).fill("https://example.com/files/clip.MP4");
  await page.locator("#preview .media.video").waitFor();
  assert.deepEqual(await fieldIssues(page, url), []);
  assert.deepEqual(events.errors, []);
});

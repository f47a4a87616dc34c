// Build a card and a carousel through the form, break a limit and see the error at the
// field, fix it, send to the stand-in: it receives exactly the JSON view's payload and the
// page shows the returned message ids.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIn, launchChromium, openComposer, field, fieldIssues, jsonView, chooseFormat, addTo, itemButton } from "./harness.mjs";

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

test("a card, then a carousel: limit error at the field, fix, send, same payload received", async () => {
  await standIn.clear();
  const { page, events } = await openComposer(browser, standIn);

  // the page found the stand-in's key by itself
  assert.equal(await page.locator("#api-key").inputValue(), standIn.key);
  assert.equal(await page.locator("#base-url").inputValue(), standIn.url);

  // recipients: two, each with our own message id
  await field(page, "/messages/0/destinations/0/messageId").fill("card-to-first");
  await addTo(page, "/messages/0/destinations", "Add recipient");
  await field(page, "/messages/0/destinations/1/to").fill("441134960002");
  await field(page, "/messages/0/destinations/1/messageId").fill("card-to-second");

  // ---- the card ----
  await chooseFormat(page, "Rich card");
  await field(page, `${C}/orientation`).selectOption("HORIZONTAL");
  await field(page, `${C}/alignment`).selectOption("RIGHT");
  await field(page, `${C}/content/title`).fill("Autumn sale: 30% off");
  await field(page, `${C}/content/description`).fill("All boots until Sunday.");
  await field(page, `${C}/content/media/file/url`).fill("https://example.com/img/boots.jpg");
  await field(page, `${C}/content/media/height`).selectOption("SHORT");
  await addTo(page, `${C}/content/suggestions`, "DIAL_PHONE");
  const chip = `${C}/content/suggestions/1/text`;
  assert.equal(await field(page, `${C}/content/suggestions/1/type`).inputValue(), "DIAL_PHONE");

  // one character over the limit: the error is at that field, Send is disabled
  const limit = await page.evaluate(async () => (await import("/pkg/dist/index.js")).limits().suggestion.text.max);
  assert.equal(limit, 25);
  await field(page, chip).fill("x".repeat(limit + 1));
  const issues = await fieldIssues(page, chip);
  assert.equal(issues.length, 1, JSON.stringify(issues));
  assert.match(issues[0], /at most 25/);
  assert.equal(await field(page, chip).getAttribute("aria-invalid"), "true");
  const counter = page.locator(`#form .field:has([data-pointer="${chip}"]) .counter`);
  assert.equal(await counter.textContent(), "26/25");
  assert.ok(await page.locator("#send").isDisabled());
  assert.match(await page.locator("#summary").textContent(), /at most 25/);

  // the summary item takes you to the field
  await page.locator("#form").evaluate(() => window.scrollTo(0, 0));
  await page.locator(`#summary button[data-path="${chip}"]`).click();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.pointer), chip);

  // fix it: the field's issue and its marks go (only the fields with an issue are visited)
  await field(page, chip).fill("Call the shop");
  assert.deepEqual(await fieldIssues(page, chip), []);
  assert.equal(await field(page, chip).getAttribute("aria-invalid"), null);
  assert.equal(await page.locator("#form .has-error").count(), 0);
  assert.equal(await counter.textContent(), "13/25");
  assert.ok(await page.locator("#send").isEnabled());

  // the preview shows a horizontal card with short media on the right, a dial button
  const card = page.locator("#preview .rich-card");
  assert.match(await card.getAttribute("class"), /horizontal/);
  assert.match(await card.getAttribute("class"), /media-right/);
  assert.equal(await page.locator("#preview .rich-card .media.h-short").count(), 1);
  assert.equal(await page.locator("#preview .card-action.t-dial_phone").textContent(), "Call the shop");

  const shown = await jsonView(page);
  assert.equal(shown.messages[0].content.type, "CARD");
  await page.locator("#send").click();
  await page.locator("#response .message-id").first().waitFor();
  let received = await standIn.received();
  assert.equal(received.length, 1);
  assert.equal(received[0].path, "/rcs/2/messages");
  assert.deepEqual(received[0].body, shown);
  assert.deepEqual(await page.locator("#response .message-id").allTextContents(), ["card-to-first", "card-to-second"]);
  assert.match(await page.locator("#response").textContent(), /MESSAGE_ACCEPTED/);
  assert.match(await page.locator("#response .bulk-id").textContent(), /\S/);

  // ---- the carousel (the card becomes its first card) ----
  await field(page, "/messages/0/destinations/0/messageId").fill("carousel-1");
  await field(page, "/messages/0/destinations/1/messageId").fill("carousel-2");
  await chooseFormat(page, "Carousel");
  assert.equal(await field(page, `${C}/contents/0/title`).inputValue(), "Autumn sale: 30% off");
  await field(page, `${C}/cardWidth`).selectOption("SMALL");
  await addTo(page, `${C}/contents`, "Add card");
  await field(page, `${C}/contents/2/title`).fill("Third card");
  await field(page, `${C}/contents/2/media/height`).selectOption("SHORT");
  // move the third card to the front, then remove the (now) second card
  await itemButton(page, `${C}/contents/2`, "up");
  await itemButton(page, `${C}/contents/1`, "up");
  assert.equal(await field(page, `${C}/contents/0/title`).inputValue(), "Third card");
  await itemButton(page, `${C}/contents/1`, "remove");
  let view = await jsonView(page);
  assert.deepEqual(view.messages[0].content.contents.map((c) => c.title), ["Third card", "City sneaker"]);
  // two cards is the minimum: remove is disabled
  assert.ok(await page.locator(`#form button[data-key="${C}/contents/0#remove"]`).isDisabled());
  // a bad media URL: the error is at that field
  const media = `${C}/contents/1/media/file/url`;
  await field(page, media).fill("ftp://example.com/a.jpg");
  assert.match((await fieldIssues(page, media)).join(" "), /only http and https/);
  assert.equal(await page.locator("#preview .carousel .media.blocked").count(), 1);
  await field(page, media).fill("https://example.com/img/sneaker.jpg");
  // a chip on the carousel, of every type
  for (const t of ["REPLY", "OPEN_URL", "SHOW_LOCATION", "REQUEST_LOCATION", "CREATE_CALENDAR_EVENT"]) await addTo(page, `${C}/suggestions`, t);
  await field(page, `${C}/suggestions/4/application`).selectOption("WEBVIEW");
  // in the form's words: the fields' labels, not the API's names
  assert.match((await fieldIssues(page, `${C}/suggestions/4/webviewViewMode`)).join(" "), /Webview size \(FULL, HALF or TALL\) is required when Open in is WEBVIEW/);
  await field(page, `${C}/suggestions/4/webviewViewMode`).selectOption("HALF");
  // reorder chips
  await itemButton(page, `${C}/suggestions/0`, "down");
  assert.deepEqual((await jsonView(page)).messages[0].content.suggestions.slice(0, 2).map((x) => x.type), ["DIAL_PHONE", "OPEN_URL"]);

  assert.equal(await page.locator("#preview .carousel.w-small .rich-card").count(), 2);
  assert.equal(await page.locator("#preview .chips .chip").count(), 8);
  for (const t of ["reply", "open_url", "dial_phone", "show_location", "request_location", "create_calendar_event"]) {
    assert.equal(await page.locator(`#preview .chips .chip.t-${t} svg`).count() >= 1, true, t);
  }
  assert.ok(await page.locator("#send").isEnabled(), await page.locator("#summary").textContent());
  view = await jsonView(page);
  await page.locator("#send").click();
  await page.locator("#response .message-id", { hasText: "carousel-1" }).waitFor();
  received = await standIn.received();
  assert.equal(received.length, 2);
  assert.deepEqual(received[1].body, view);
  assert.deepEqual(await page.locator("#response .message-id").allTextContents(), ["carousel-1", "carousel-2"]);

  assert.deepEqual(events.dialogs, []);
  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("API errors: a wrong key (401), violations mapped onto fields (E400 and the legacy shape), events", async () => {
  await standIn.clear();
  const { page, events } = await openComposer(browser, standIn);

  // wrong key → the stand-in's 401
  await page.locator("#connection summary").click();
  await page.locator("#api-key").fill("not-the-key");
  await page.locator("#send").click();
  await page.locator("#response .answer-head.bad").waitFor();
  assert.match(await page.locator("#response").textContent(), /HTTP 401 · E401/);
  assert.deepEqual(await standIn.received(), []);
  await page.locator("#api-key").fill(standIn.key);

  // a 400 in the current shape (as a real API might answer): the violation lands on the field
  const text = `${C}/text`;
  await page.route(`${standIn.url}/rcs/2/messages`, (route) =>
    route.fulfill({
      status: 400,
      contentType: "application/json",
      body: JSON.stringify({ errorCode: "E400", description: "Provided request can not be processed.", action: "Check the violations.", violations: [{ property: "messages[0].content.text", violation: "Must not contain <b>markup</b>." }], resources: [] }),
    }));
  await page.locator("#send").click();
  await page.locator("#response .answer-head.bad").waitFor();
  assert.match(await page.locator("#response").textContent(), /HTTP 400 · E400/);
  assert.match((await fieldIssues(page, text)).join(" "), /API: Must not contain <b>markup<\/b>\./);
  assert.equal(await page.locator("#form b").count(), 0);
  // editing clears the API's verdict
  await field(page, text).fill("Hello again");
  assert.deepEqual(await fieldIssues(page, text), []);

  // the legacy shape
  await page.unroute(`${standIn.url}/rcs/2/messages`);
  await page.route(`${standIn.url}/rcs/2/messages`, (route) =>
    route.fulfill({
      status: 400,
      contentType: "application/json",
      body: JSON.stringify({ requestError: { serviceException: { messageId: "BAD_REQUEST", text: "Bad request", validationErrors: { "messages[0].destinations[0].to": ["is not a valid number"] } } } }),
    }));
  await page.locator("#send").click();
  await page.locator("#response .answer-head.bad").waitFor();
  assert.match(await page.locator("#response").textContent(), /HTTP 400 · BAD_REQUEST/);
  assert.match(await page.locator("#response").textContent(), /legacy error shape/);
  assert.match((await fieldIssues(page, "/messages/0/destinations/0/to")).join(" "), /API: is not a valid number/);
  await page.unroute(`${standIn.url}/rcs/2/messages`);

  // events: typing indicator, then a read receipt (needs the id)
  await page.locator("#send-event").click();
  await page.locator("#event-result .answer-head.good").waitFor();
  await page.locator("label[for=ev-seen]").click();
  assert.ok(await page.locator("#send-event").isDisabled());
  await page.locator("#ev-message-id").fill("mo-message-1");
  await page.locator("#send-event").click();
  await page.locator("#event-result .answer-head.good").waitFor();
  const received = await standIn.received();
  assert.deepEqual(received.map((r) => [r.path, r.body.events[0].content]), [
    ["/rcs/1/events", { type: "TYPING_INDICATOR" }],
    ["/rcs/1/events", { type: "SEEN", messageId: "mo-message-1" }],
  ]);
  assert.equal(received[0].body.events[0].sender, "DemoSender");

  assert.deepEqual(events.dialogs, []);
  assert.deepEqual(events.errors, []);
});

test("the API key: per base URL, session-only unless remembered, sent only to that URL", async () => {
  const { page, events } = await openComposer(browser, standIn);
  const withAuth = [];
  page.on("request", (r) => {
    if (r.headers().authorization) withAuth.push(new URL(r.url()).origin);
  });
  const storage = () => page.evaluate(() => ({
    session: Object.keys(sessionStorage).filter((k) => k.startsWith("rcs-kit.apiKey")),
    local: Object.keys(localStorage).filter((k) => k.startsWith("rcs-kit.apiKey")),
  }));
  await page.locator("#connection summary").click();
  // the stand-in's own key is filled in but not stored
  assert.deepEqual(await storage(), { session: [], local: [] });

  // another base URL: the key does not follow it
  const other = "https://rcs.example.com";
  await page.locator("#base-url").fill(other);
  await page.locator("#base-url").press("Tab");
  assert.equal(await page.locator("#api-key").inputValue(), "");
  assert.ok(await page.locator("#send").isDisabled());
  await page.locator("#api-key").fill("my-real-key");
  assert.deepEqual(await storage(), { session: [`rcs-kit.apiKey ${other}`], local: [] });
  await page.locator("#remember").check();
  assert.deepEqual(await storage(), { session: [], local: [`rcs-kit.apiKey ${other}`] });
  await page.locator("#remember").uncheck();
  assert.deepEqual(await storage(), { session: [`rcs-kit.apiKey ${other}`], local: [] });

  // plain http to another host is refused (the key would travel in clear text)
  await page.locator("#base-url").fill("http://rcs.example.com");
  assert.match(await page.locator("#base-issues").textContent(), /Use https/);
  assert.ok(await page.locator("#send").isDisabled());

  // back to the stand-in: its key again, and sending works
  await page.locator("#base-url").fill(standIn.url);
  await page.locator("#base-url").press("Tab");
  assert.equal(await page.locator("#api-key").inputValue(), standIn.key);
  await page.locator("#send").click();
  await page.locator("#response .answer-head.good").waitFor();
  assert.deepEqual([...new Set(withAuth)], [standIn.url]);
  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

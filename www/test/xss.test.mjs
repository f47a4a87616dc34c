// Markup and javascript: URLs in every text and URL field: nothing runs, nothing becomes
// an element, no link or image points anywhere but http(s).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIn, launchChromium, openComposer, chooseFormat, addTo, jsonView, confirmDialog } from "./harness.mjs";

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

const HTML = "<img src=x onerror=alert(1)>";
const JS = "javascript:alert(1)";
const C = "/messages/0/content";

/** Nothing fired, and the DOM holds no element made from the text. */
async function assertInert(page, events, label) {
  await page.waitForTimeout(200); // an onerror would have fired by now
  assert.deepEqual(events.dialogs, [], label);
  assert.deepEqual(events.errors, [], label);
  const bad = await page.evaluate(() => {
    const out = [];
    for (const a of document.querySelectorAll("a")) {
      if (a.hasAttribute("href") && !/^https?:$/.test(new URL(a.href).protocol)) out.push(`<a href=${a.getAttribute("href")}>`);
    }
    for (const img of document.querySelectorAll("img")) {
      if (!/^https?:\/\//.test(img.src) || img.getAttribute("src") === "x" || img.src === new URL("x", location.href).href) out.push(`<img src=${img.getAttribute("src")}>`);
    }
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) out.push(`${el.tagName} ${attr.name}`);
      for (const attr of el.attributes) if (/javascript:/i.test(attr.value) && !["value", "placeholder", "title", "aria-label", "data-path"].includes(attr.name) && !attr.name.startsWith("data-")) out.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
    for (const el of document.querySelectorAll("iframe, object, embed, frame, script:not([src]), base")) out.push(el.tagName);
    // the JSON view holds the page's own blocks (span.json-block), each one text node
    for (const el of document.getElementById("json-view").children) {
      if (el.tagName !== "SPAN" || el.className !== "json-block" || el.attributes.length !== 1 || [...el.childNodes].some((n) => n.nodeType !== Node.TEXT_NODE)) out.push(`element inside the JSON view: ${el.outerHTML.slice(0, 80)}`);
    }
    return out;
  });
  assert.deepEqual(bad, [], label);
}

/** Every text input, URL input and textarea of the form and the page. */
async function fillAll(page, value) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
  });
  const inputs = page.locator('#form input[type=text], #form input[type=url], #form input[type=tel], #form textarea');
  const n = await inputs.count();
  assert.ok(n > 5, `only ${n} inputs`);
  for (let i = 0; i < n; i++) await inputs.nth(i).fill(value);
  // the events field too
  await page.locator("label[for=ev-seen]").click();
  await page.locator("#ev-message-id").fill(value);
  return n;
}

/** Turns on every optional group of the form (validity, failover, delivery window, ...). */
async function enableEverything(page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
  });
  for (;;) {
    const box = page.locator('#form .group-head input[type=checkbox]:not(:checked)').first();
    if (!(await box.count())) break;
    await box.click();
  }
  await page.locator("#form [data-key=failover]").selectOption("SMS");
}

for (const [format, label] of [["TEXT", "Text"], ["FILE", "File"], ["CARD", "Rich card"], ["CAROUSEL", "Carousel"], ["PROVIDER_TEMPLATE", "Provider template"]]) {
  test(`${format}: markup and javascript: URLs in every field stay text`, async () => {
    const { page, events } = await openComposer(browser, standIn);
    await chooseFormat(page, label);
    if (format !== "PROVIDER_TEMPLATE") {
      for (const t of ["OPEN_URL", "DIAL_PHONE", "SHOW_LOCATION", "REQUEST_LOCATION", "CREATE_CALENDAR_EVENT"]) await addTo(page, `${C}/suggestions`, t);
    }
    if (format === "CARD") for (const t of ["DIAL_PHONE", "SHOW_LOCATION", "CREATE_CALENDAR_EVENT"]) await addTo(page, `${C}/content/suggestions`, t);
    if (format === "CAROUSEL") await addTo(page, `${C}/contents/1/suggestions`, "CREATE_CALENDAR_EVENT");
    if (format === "FILE") {
      await page.locator(`#form [data-pointer="${C}/thumbnail/url"]`).fill("https://example.com/img/t.jpg");
    }
    await enableEverything(page);

    for (const value of [HTML, JS]) {
      const n = await fillAll(page, value);
      await assertInert(page, events, `${format} ${value} (${n} fields)`);
      // the preview shows it as text
      const shown = await page.locator("#preview").textContent();
      assert.ok(shown.includes(value), `${format}: the preview does not show ${value} as text`);
      // and so does the JSON view
      assert.ok((await page.locator("#json-view").textContent()).includes(JSON.stringify(value).slice(1, -1)));
      await page.locator("#tab-json").click();
      await page.locator("#tab-phone").click();
      await assertInert(page, events, `${format} ${value} after tab switch`);
    }
    // javascript: URLs are errors at their fields, so nothing is sent
    assert.ok(await page.locator("#send").isDisabled());
    assert.match(await page.locator("#summary").textContent(), /only http and https URLs are allowed/);
    assert.equal(await page.locator("#preview a").count(), 0);
  });
}

test("an imported body with markup and javascript: everywhere, keys included, renders inert", async () => {
  const { page, events } = await openComposer(browser, standIn);
  const s = (i) => (i % 2 ? HTML : JS);
  const card = (i) => ({
    title: s(i),
    description: `${HTML} ${JS} https://example.com/ok`,
    media: { file: { url: JS }, thumbnail: { url: HTML }, height: HTML },
    suggestions: [{ type: "OPEN_URL", text: HTML, postbackData: JS, url: JS, application: HTML }],
    [HTML]: JS,
  });
  const body = {
    [HTML]: JS,
    messages: [
      { sender: HTML, destinations: [{ to: HTML, messageId: JS }], content: { type: "CAROUSEL", cardWidth: HTML, contents: [card(0), card(1)], suggestions: [{ type: HTML, text: JS }, { type: "DIAL_PHONE", text: HTML, postbackData: HTML, phoneNumber: JS }] }, webhooks: { callbackData: HTML } },
      { sender: JS, destinations: [{ to: JS }], content: { type: "TEXT", text: `${HTML} ${JS}` } },
      { sender: JS, destinations: [{ to: JS }], content: { type: HTML, text: HTML } },
      { sender: JS, destinations: [{ to: JS }], content: { type: "FILE", file: { url: JS }, thumbnail: { url: HTML } } },
      { sender: JS, destinations: [{ to: JS }], content: { type: "PROVIDER_TEMPLATE", templateId: HTML, parameters: [{ name: HTML, value: JS }] } },
      { sender: JS, destinations: [{ to: JS }], content: { type: "CARD", orientation: "HORIZONTAL", alignment: HTML, content: card(2) } },
    ],
  };
  await page.locator("#tab-json").click();
  await page.locator("#import summary").click();
  await page.locator("#import-text").fill(JSON.stringify(body));
  await page.locator("#import-btn").click();
  await confirmDialog(page);
  assert.deepEqual(await jsonView(page), body);
  await page.locator("#tab-phone").click();
  for (let i = 0; i < body.messages.length; i++) {
    await page.locator(`#form [data-key="tab-${i}"]`).click();
    await page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = true;
    });
    await assertInert(page, events, `imported message ${i}`);
  }
  // the problems list quotes the values as text
  await page.locator("#summary button").first().click();
  await assertInert(page, events, "after the summary");
  assert.ok((await page.locator("#summary").textContent()).length > 0);
  // nothing is a link: the http(s) link written in a card's description is shown as text,
  // since phones do not make it clickable (Infobip's RCS guidance)
  await page.locator('#form [data-key="tab-0"]').click();
  assert.equal(await page.locator("#preview a").count(), 0);
  assert.deepEqual(await page.locator("#preview .card-desc .dead-link").allTextContents(), ["https://example.com/ok", "https://example.com/ok"]);
});

test("the page's Content-Security-Policy forbids inline script and restricts sources", async () => {
  const { page } = await openComposer(browser, standIn);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /require-trusted-types-for 'script'/);
  // inline script does not run; HTML sinks refuse strings (Trusted Types)
  const r = await page.evaluate(() => {
    const out = {};
    try {
      document.body.insertAdjacentHTML("beforeend", "<b>x</b>");
      out.html = "accepted";
    } catch (e) {
      out.html = e.name;
    }
    return out;
  });
  assert.equal(r.html, "TypeError");
});

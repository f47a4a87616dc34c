// The phone preview behaves like a phone: suggestion chips in one sideways-scrolling row,
// card titles and descriptions clamped, one clock, each image URL fetched once however
// much is typed, and the parts that did not change kept as they are.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startStandIn, launchChromium, openComposer, field, addTo, chooseFormat } from "./harness.mjs";

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

test("chips in one scrolling row, titles and descriptions clamped, one clock", async () => {
  const { page, context } = await openComposer(browser, standIn);
  for (let i = 0; i < 5; i++) await addTo(page, `${C}/suggestions`, "REPLY");
  const row = await page.evaluate(() => {
    const chips = [...document.querySelectorAll("#preview .chips .chip")];
    const box = document.querySelector("#preview .chips");
    return { n: chips.length, tops: new Set(chips.map((c) => Math.round(c.getBoundingClientRect().top))).size, scrolls: box.scrollWidth > box.clientWidth, overflow: getComputedStyle(box).overflowX };
  });
  assert.equal(row.n, 8);
  assert.equal(row.tops, 1, "one row");
  assert.ok(row.scrolls, "the row scrolls sideways");
  assert.equal(row.overflow, "auto");

  // one clock: the status bar, the message and the notification agree
  const times = await page.evaluate(() => ({
    bar: document.querySelector("#preview .statusbar .clock").textContent,
    stamp: document.querySelector("#preview .stamp").textContent.split(" ")[0],
    notif: document.querySelector("#preview .notif-time").textContent,
  }));
  assert.match(times.bar, /^\d\d:\d\d$/);
  assert.equal(times.stamp, times.bar);
  assert.equal(times.notif, times.bar);

  await chooseFormat(page, "Rich card");
  await field(page, `${C}/content/title`).fill("Long title ".repeat(17).trim());
  await field(page, `${C}/content/description`).fill("A description that goes on and on. ".repeat(50).trim());
  const clamp = await page.evaluate(() => {
    const m = (sel) => {
      const el = document.querySelector(sel);
      const lh = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.2;
      return { lines: Math.round(el.clientHeight / lh), clipped: el.scrollHeight > el.clientHeight + 1, title: el.getAttribute("title") };
    };
    return { title: m("#preview .card-title"), desc: m("#preview .card-desc") };
  });
  assert.equal(clamp.title.lines, 2);
  assert.ok(clamp.title.clipped);
  assert.equal(clamp.title.title, "Long title ".repeat(17).trim(), "the whole title in its tooltip");
  assert.equal(clamp.desc.lines, 5);
  assert.ok(clamp.desc.clipped);

  // a description longer than any phone shows: the phone lays out its first 1,000
  // characters (more than five lines of the widest card) and keeps the rest hidden, so the
  // element's text is still all of it; a key at its end changes no visible text
  const long = "word ".repeat(400).trim() + " ending";
  const descField = field(page, `${C}/content/description`);
  await descField.fill(long);
  const read = () => page.evaluate(() => {
    const el = document.querySelector("#preview .card-desc");
    const rest = el.querySelector(".unshown");
    const lh = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.2;
    return { text: el.textContent, shown: el.innerText, restHidden: rest?.hidden, restShown: rest?.checkVisibility(), lines: Math.round(el.clientHeight / lh), clipped: el.scrollHeight > el.clientHeight + 1 };
  });
  const kept = await read();
  assert.equal(kept.text, long);
  assert.equal(kept.restHidden, true);
  assert.equal(kept.restShown, false);
  assert.equal(kept.lines, 5);
  assert.ok(kept.clipped);
  await descField.press("End");
  await descField.press("s");
  const typed = await read();
  assert.equal(typed.text, `${long}s`);
  assert.equal(typed.shown, kept.shown);
  // text whose first 1,000 units might not fill the clamp (a run of spaces hangs at a
  // line's end) is drawn whole
  const spaced = `word${" ".repeat(1200)}${"more words ".repeat(40)}`;
  await descField.fill(spaced);
  const whole = await read();
  assert.equal(whole.text, spaced);
  assert.equal(whole.restHidden, undefined, "no hidden rest");

  // an error marks the part of the phone it is about, the deepest one drawn (the
  // description, not its card), with the message as its title; fixing it unmarks it
  const desc = `${C}/content/description`;
  await field(page, desc).fill("x".repeat(2001));
  const flag = () => page.evaluate(() => [...document.querySelectorAll("#preview .flagged")].map((el) => [el.dataset.pointer, el.title]));
  const flagged = await flag();
  assert.equal(flagged.length, 1, JSON.stringify(flagged));
  assert.equal(flagged[0][0], desc);
  assert.match(flagged[0][1], /at most 2,?000/);
  await field(page, desc).fill("Short again.");
  assert.deepEqual(await flag(), []);
  await context.close();
});

test("an image URL is fetched once however many keys are typed, broken or not", async () => {
  const { page, context, events } = await openComposer(browser, standIn);
  const counts = new Map();
  await context.route(/^https:\/\/example\.com\/(broken|img)\//, (route) => {
    const url = route.request().url();
    counts.set(url, (counts.get(url) ?? 0) + 1);
    if (url.includes("/broken/")) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "image/svg+xml", body: '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="teal"/></svg>' });
  });
  await chooseFormat(page, "Carousel");
  const broken = "https://example.com/broken/missing.jpg";
  await field(page, `${C}/contents/1/media/file/url`).fill(broken);
  await page.locator("#preview .media-placeholder.failed").first().waitFor();
  const title = field(page, `${C}/contents/1/title`);
  await title.focus();
  for (const k of "walking") await page.keyboard.press(k);
  const other = field(page, `${C}/contents/0/title`);
  await other.focus();
  for (const k of "running") await page.keyboard.press(k);
  await page.waitForTimeout(300);
  assert.equal(counts.get(broken), 1, JSON.stringify([...counts]));
  for (const [url, n] of counts) assert.equal(n, 1, `${url} fetched ${n} times`);
  assert.ok(events.console.length <= 1, events.console.join("\n"));

  // a card that did not change is the same element after typing in another card
  await page.evaluate(() => (document.querySelector('#preview [data-pointer="/messages/0/content/contents/1"]').__mark = 1));
  await other.pressSequentially(" shoes");
  assert.equal(await page.evaluate(() => document.querySelector('#preview [data-pointer="/messages/0/content/contents/1"]').__mark), 1);
  assert.match(await page.locator('#preview [data-pointer="/messages/0/content/contents/0/title"]').textContent(), /running shoes$/);
  // and in the card typed in, the media is kept: no <img> is made on a key
  await page.evaluate(() => {
    window.__imgs = 0;
    const make = document.createElement.bind(document);
    document.createElement = (tag, ...rest) => {
      if (String(tag).toLowerCase() === "img") window.__imgs++;
      return make(tag, ...rest);
    };
  });
  await other.pressSequentially(" now");
  assert.match(await page.locator('#preview [data-pointer="/messages/0/content/contents/0/title"]').textContent(), /shoes now$/);
  assert.equal(await page.evaluate(() => window.__imgs), 0, "images made while typing in a card's title");
  await context.close();
});

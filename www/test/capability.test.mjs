// "Check capability" for the current message's recipients, against the API stand-in:
// a badge per number with the code the stand-in answered (its rule: a number ending in 1
// is ENABLED, in 2 UNREACHABLE), the one-click SMS failover with the derived text
// (failoverText()), the errors (401, 400 with violations, network), and screenshots at
// desktop and phone widths.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { startStandIn, launchChromium, openComposer, artifactsDir, field, jsonView, addTo } from "./harness.mjs";

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

const D = "/messages/0/destinations";
const check = (page) => page.locator("#form [data-check-capability]");
const out = (page) => page.locator("#form [data-capability-out]");

/** The second recipient, 441134960002 (the sample's first is 441134960001). */
async function twoRecipients(page) {
  await addTo(page, D, "Add recipient");
  await field(page, `${D}/1/to`).fill("441134960002");
}

/** Each badge: its number, code, style and what a screen reader reads. */
async function badges(page) {
  return page.locator("#form .capability-item").evaluateAll((items) => items.map((li) => {
    const b = li.querySelector(".capability-badge");
    return { number: li.querySelector(".capability-number").textContent, code: li.dataset.code, ok: b.classList.contains("ok"), no: b.classList.contains("no"), read: li.textContent, title: b.title };
  }));
}

async function capabilityLog() {
  const r = await fetch(`${standIn.url}/__stand-in/capability`);
  return (await r.json()).requests;
}

test("Check capability shows a badge per number, and the one-click SMS failover makes the payload fail over with the derived text", async () => {
  await fetch(`${standIn.url}/__stand-in/capability`, { method: "DELETE" });
  const { page, events } = await openComposer(browser, standIn);
  await twoRecipients(page);
  assert.equal(await check(page).isEnabled(), true);
  assert.equal(await page.locator("#form [data-capability-failover]").count(), 0);

  await check(page).click();
  await page.locator("#form .capability-item").nth(1).waitFor();
  assert.deepEqual(await badges(page), [
    { number: "441134960001", code: "ENABLED", ok: true, no: false, read: "441134960001ENABLED: can receive RCS", title: "ENABLED: can receive RCS" },
    { number: "441134960002", code: "UNREACHABLE", ok: false, no: true, read: "441134960002UNREACHABLE: cannot receive RCS now", title: "UNREACHABLE: cannot receive RCS now" },
  ]);
  // the badges differ in more than colour: an icon each, and the code as text
  const icons = await page.locator("#form .capability-badge svg").count();
  assert.equal(icons, 2);
  const colours = await page.locator("#form .capability-badge").evaluateAll((bs) => bs.map((b) => getComputedStyle(b).backgroundColor));
  assert.notEqual(colours[0], colours[1]);

  // the stand-in got the message's sender and numbers, with the key
  const log = await capabilityLog();
  assert.equal(log.length, 1);
  assert.equal(log[0].path, "/rcs/2/capability-check/query");
  assert.equal(log[0].sender, "DemoSender");
  assert.deepEqual(log[0].results.map((r) => [r.phoneNumber, r.code]), [["441134960001", "ENABLED"], ["441134960002", "UNREACHABLE"]]);

  // one of two cannot receive RCS: the one-click failover, with the derived text
  assert.equal(await out(page).textContent(), "441134960001ENABLED: can receive RCS441134960002UNREACHABLE: cannot receive RCS now1 of 2 numbers cannot receive RCS now: an SMS failover reaches them instead.Add SMS failover");
  const before = await jsonView(page);
  assert.equal(before.messages[0].options, undefined);
  const derived = await page.evaluate(async (body) => (await import("/pkg/dist/index.js")).failoverText(body)[0], before);
  assert.ok(derived.length > 20, derived);
  const btn = page.locator("#form [data-capability-failover]");
  assert.equal(await btn.textContent(), "Add SMS failover");
  await btn.click();
  const after = await jsonView(page);
  assert.deepEqual(after.messages[0].options, { smsFailover: { text: derived } });
  assert.deepEqual(after.messages[0].content, before.messages[0].content);
  const report = await page.evaluate(async (body) => (await import("/pkg/dist/index.js")).validate(body), after);
  assert.equal(report.valid, true, JSON.stringify(report.issues));
  assert.equal(await page.locator("#send").isEnabled(), true);
  // the failover is in the form, its section opened, and the button says it is done
  assert.equal(await field(page, "/messages/0/options/smsFailover/text").inputValue(), derived);
  assert.equal(await page.locator('#form details[data-section="delivery"]').evaluate((d) => d.open), true);
  assert.equal(await btn.textContent(), "SMS failover set");
  assert.equal(await btn.isDisabled(), true);

  // an edit to the recipients marks the result as stale
  await field(page, `${D}/1/to`).fill("441134960004");
  assert.match(await out(page).textContent(), /changed since this check: check again/);
  assert.equal(await page.locator("#form [data-capability-failover]").count(), 0);

  // a number the API cannot take: the button waits for it to be fixed
  await field(page, `${D}/1/to`).fill("44 11"); // cleaned to 4411: too short
  assert.equal(await check(page).isDisabled(), true);
  assert.equal(await page.locator("#form [data-capability-reason]").textContent(), "Fix the sender and the recipients' numbers first");
  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
});

test("an SMS failover already there gets the derived text; an MMS failover is left alone", async () => {
  const { page, events } = await openComposer(browser, standIn);
  await field(page, `${D}/0/to`).fill("441134960006");
  await page.locator('#form details[data-section="delivery"] > summary').click();
  await page.locator('#form select[data-key="failover"]').selectOption("SMS");
  await field(page, "/messages/0/options/smsFailover/text").fill("Old text");
  await check(page).click();
  await page.locator("#form .capability-item").waitFor();
  assert.deepEqual((await badges(page)).map((b) => [b.code, b.no]), [["REJECTED_NETWORK", true]]);
  const btn = page.locator("#form [data-capability-failover]");
  assert.equal(await btn.textContent(), "Use the derived text for the SMS failover");
  const sender = (await jsonView(page)).messages[0].options.smsFailover.sender;
  await btn.click();
  const sms = (await jsonView(page)).messages[0].options.smsFailover;
  assert.equal(sms.sender, sender, "the failover's other fields are kept");
  assert.notEqual(sms.text, "Old text");

  await page.locator('#form select[data-key="failover"]').selectOption("MMS");
  await check(page).click();
  await page.locator("#form .capability-item").waitFor();
  assert.equal(await btn.isDisabled(), true);
  assert.match(await out(page).textContent(), /fails over to MMS/);
  assert.equal((await jsonView(page)).messages[0].options.smsFailover, undefined);
  assert.deepEqual(events.errors, []);
});

test("errors of the check are shown readably: 401, 400 with violations, no network", async () => {
  const { page, events } = await openComposer(browser, standIn);
  await twoRecipients(page);
  const url = `${standIn.url}/rcs/2/capability-check/query`;

  // wrong key: the stand-in's 401
  await page.locator("#connection summary").click();
  await page.locator("#api-key").fill("not-the-key");
  await check(page).click();
  await page.locator("#form .capability-error").waitFor();
  assert.match(await out(page).textContent(), /^Not checked · HTTP 401 · E401Invalid login details/);
  await page.locator("#api-key").fill(standIn.key);

  // a 400 with violations, as the real API might answer (the page itself never sends a
  // body its validator refuses): each at its recipient
  await page.route(url, (route) => route.fulfill({
    status: 400,
    contentType: "application/json",
    body: JSON.stringify({ errorCode: "E400", description: "Provided request can not be processed.", violations: [{ property: "phoneNumbers[1]", violation: "is not a valid phone number" }, { property: "sender", violation: "is not launched" }] }),
  }));
  await check(page).click();
  await page.locator("#form .capability-error").waitFor();
  const text = await out(page).textContent();
  assert.match(text, /Not checked · HTTP 400 · E400/);
  assert.match(text, /Recipient 2 \(441134960002\) is not a valid phone number/);
  assert.match(text, /sender is not launched/);
  await page.unroute(url);

  // unreachable
  await page.route(url, (route) => route.abort("connectionrefused"));
  await check(page).click();
  await page.locator("#form .capability-error").waitFor();
  assert.match(await out(page).textContent(), /^Not checkedCould not reach .*\/rcs\/2\/capability-check\/query/);
  await page.unroute(url);

  // a code the page does not know is shown as sent, as not enabled
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ capabilityCheckResults: [{ messageId: "m1", phoneNumber: "441134960001", code: "NEW_CODE_2027" }, { messageId: "m2", phoneNumber: "441134960002", code: "ENABLED" }] }) }));
  await check(page).click();
  await page.locator("#form .capability-item").nth(1).waitFor();
  assert.deepEqual((await badges(page)).map((b) => [b.code, b.ok]), [["NEW_CODE_2027", false], ["ENABLED", true]]);
  await page.unroute(url);
  assert.deepEqual(events.errors, []);
});

test("screenshots: the badges on a desktop and on a 375 px phone", async () => {
  const { page, events } = await openComposer(browser, standIn);
  await twoRecipients(page);
  await addTo(page, D, "Add recipient");
  await field(page, `${D}/2/to`).fill("441134960008");
  await check(page).click();
  await page.locator("#form .capability-item").nth(2).waitFor();
  for (const [name, width, height] of [["composer-capability.png", 1280, 900], ["composer-capability-narrow.png", 375, 812]]) {
    await page.setViewportSize({ width, height });
    await page.locator("#form .capability").evaluate((el) => {
      el.scrollIntoView({ block: "center" });
      document.activeElement?.blur?.();
    });
    await page.waitForTimeout(150);
    // nothing wider than the page
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow}px`);
    const path = join(artifactsDir, name);
    await page.screenshot({ path });
    assert.ok(statSync(path).size > 10000, `${name} looks empty`);
  }
  assert.deepEqual(events.errors, []);
});

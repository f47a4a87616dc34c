// The Variables panel: a variable inserted at the cursor, samples and maximum lengths,
// the worst case beside the field, the preview switched between rows, and a 1,000-row
// audience CSV checked row by row and sent to the stand-in in bulk requests — every row
// accounted for (accepted ones in the stand-in's log, failing ones listed in the page).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { startStandIn, launchChromium, openComposer, field, jsonView, artifactsDir, settled } from "./harness.mjs";

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

const TEXT = "/messages/0/content/text";
const CHIP = "/messages/0/content/suggestions/2/text";
const panel = (page) => page.locator("#variables");
const varInput = (page, i, what) => page.locator(`#var-${i}-${what}`);
const issueCodes = async (page) => {
  await settled(page);
  return page.locator("#variables .var-issues li[data-code]").evaluateAll((lis) => lis.map((li) => [li.dataset.code, li.dataset.path]));
};

test("insert at the cursor, samples and maximum lengths, the worst case at the field, the preview per row", async () => {
  const { page, events } = await openComposer(browser, standIn);
  // the defaults: the number and firstName, which nothing uses yet (a warning)
  assert.deepEqual(await issueCodes(page), [["template.variable.unused", "/variables/1/name"]]);
  assert.equal(await page.locator('#variables button[data-insert="firstName"]').isDisabled(), true);

  // the cursor after "Hi " in the text: Insert puts {{firstName}} there, as typing would
  const text = field(page, TEXT);
  await text.fill("Hi ! Your order has shipped.");
  await text.evaluate((el) => el.setSelectionRange(3, 3));
  await page.locator('#variables button[data-insert="firstName"]').click();
  assert.equal((await jsonView(page)).messages[0].content.text, "Hi {{firstName}}! Your order has shipped.");
  assert.equal(await text.evaluate((el) => [document.activeElement === el, el.selectionStart]).then(([f, s]) => f && s), 16);
  // a selection is replaced
  await field(page, CHIP).fill("Thanks NAME");
  await field(page, CHIP).evaluate((el) => el.setSelectionRange(7, 11));
  await page.locator('#variables button[data-insert="firstName"]').click();
  assert.equal((await jsonView(page)).messages[0].content.suggestions[2].text, "Thanks {{firstName}}");

  // the worst case beside the chip: 7 fixed + 20 = 27 of 25 → over, and the error names firstName
  const worst = page.locator(`#form .worst-counter[data-worst-for="${CHIP}"]`);
  assert.equal(await worst.textContent(), "27/25 at worst");
  assert.equal(await worst.evaluate((el) => el.classList.contains("over")), true);
  assert.deepEqual(await issueCodes(page), [["template.worst_case.too_long", `/request${CHIP}`]]);
  assert.match(await page.locator("#variables .var-issues li.error").first().textContent(), /firstName 20/);
  // lowering the maximum length fixes it; the counter follows
  await varInput(page, 1, "max").fill("18");
  assert.equal(await worst.textContent(), "25/25 at worst");
  assert.deepEqual(await issueCodes(page), []);
  const fixed = "Hi ! Your order has shipped.".length;
  assert.equal(await page.locator(`#form .worst-counter[data-worst-for="${TEXT}"]`).textContent(), `${fixed + 18}/3072 at worst`);

  // a sample longer than its maximum: at the variable (and the sample rendering's chip is over)
  await varInput(page, 1, "sample").fill("Bartholomew-Alexander");
  assert.deepEqual(await issueCodes(page), [
    ["suggestion.text.too_long", `/request${CHIP}`],
    ["template.variable.sample.too_long", "/variables/1/sample"],
  ]);
  assert.match(await page.locator('#variables [data-var-issues="1"]').textContent(), /sample/);
  await varInput(page, 1, "sample").fill("Grace");

  // the preview: as written, then the samples, then every variable at its maximum
  const bubble = () => page.locator("#preview").textContent();
  assert.match(await bubble(), /Hi \{\{firstName\}\}!/);
  await page.locator("#var-preview").selectOption("sample");
  assert.match(await bubble(), /Hi Grace!/);
  await page.locator("#var-preview").selectOption("worst");
  assert.match(await bubble(), new RegExp(`Hi ${"x".repeat(18)}!`));
  // the JSON view and Send keep the template as written
  assert.equal((await jsonView(page)).messages[0].content.text, "Hi {{firstName}}! Your order has shipped.");

  // a placeholder in a URL's host is refused
  await field(page, "/messages/0/content/suggestions/0/url").fill("https://{{firstName}}.example.com/t");
  assert.ok((await issueCodes(page)).some(([c]) => c === "template.placeholder.url_host"));
  // a variable added, then declared under its name, then used
  await page.locator("#add-variable").click();
  await varInput(page, 2, "name").fill("orderId");
  await varInput(page, 2, "name").press("Tab");
  await field(page, "/messages/0/content/suggestions/0/url").fill("https://example.com/t/");
  await field(page, "/messages/0/content/suggestions/0/url").press("End");
  await page.locator('#variables button[data-insert="orderId"]').click();
  assert.equal((await jsonView(page)).messages[0].content.suggestions[0].url, "https://example.com/t/{{orderId}}");
  assert.ok(!(await issueCodes(page)).some(([c]) => c.startsWith("template.placeholder")), JSON.stringify(await issueCodes(page)));
  // an audience chosen with the file input (the keyboard's way): checked at once
  await page.locator("#audience-file").setInputFiles({ name: "two.csv", mimeType: "text/csv", buffer: Buffer.from("to,firstName,orderId\r\n441134960001,Ada,A1\r\n,Bo,A2\r\n") });
  await page.locator("#audience-summary", { hasText: "two.csv" }).waitFor();
  assert.equal(await page.locator("#audience-summary").textContent(), "two.csv: 2 rows, 1 valid in 1 request (1 message), 1 failed");
  assert.equal(await page.locator("#send-audience").isEnabled(), true);
  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.console, []);
  assert.deepEqual(events.dialogs, []);
  await page.context().close();
});

/** 1,000 rows: most valid (quotes, commas, line breaks and emoji among them); some with no
 * number, some whose name makes the text too long, one with a field too many. */
function audienceCsv() {
  const lines = ["to,firstName,orderId"];
  const failing = new Map();
  for (let row = 1; row <= 1000; row++) {
    const to = `4411349${String(row).padStart(5, "0")}`;
    let name = ["Ada", "👩🏽‍💻", `Zoë, "Q"`, "two\nlines"][row % 4];
    let number = to;
    if (row % 97 === 0) {
      number = "";
      failing.set(row, "/messages/0/destinations/0/to");
    }
    if (row % 151 === 0) {
      name = "N".repeat(3100);
      failing.set(row, TEXT);
    }
    const q = (s) => `"${s.replaceAll('"', '""')}"`;
    lines.push(row === 500 ? `${number},Ada,A-500,extra` : `${number},${q(name)},A-${row}`);
    if (row === 500) failing.set(row, null);
  }
  return { csv: lines.join("\r\n") + "\r\n", failing };
}

test("a 1,000-row CSV through the composer into the stand-in: every row accounted for", async () => {
  await standIn.clear();
  const { page, events } = await openComposer(browser, standIn);
  const text = field(page, TEXT);
  await text.fill("Hi {{firstName}}, order {{orderId}} has shipped.");
  await page.locator("#add-variable").click();
  await varInput(page, 2, "name").fill("orderId");
  await varInput(page, 2, "sample").fill("A-1042");
  await varInput(page, 2, "max").fill("12");
  await varInput(page, 1, "max").fill("3000"); // a 3,100-character name is over: the row fails
  await varInput(page, 2, "empty").uncheck();
  await page.locator("#var-0-name").press("Tab");
  assert.deepEqual(await issueCodes(page), []);

  await page.locator("#audience-max").fill("250");
  await page.locator("#audience-max").press("Tab");
  // the send button waits for an audience
  assert.equal(await page.locator("#send-audience").isDisabled(), true);
  const { csv, failing } = audienceCsv();
  // dropped onto the zone, as a user drags a file from the desktop
  const dt = await page.evaluateHandle((csv) => {
    const d = new DataTransfer();
    d.items.add(new File([csv], "audience.csv", { type: "text/csv" }));
    return d;
  }, csv);
  await page.locator("#audience-drop").dispatchEvent("drop", { dataTransfer: dt });
  const summary = page.locator("#audience-summary");
  await summary.filter({ hasText: "1,000 rows" }).waitFor();
  const valid = 1000 - failing.size;
  assert.equal(await summary.textContent(), `audience.csv: 1,000 rows, ${valid.toLocaleString("en")} valid in 4 requests (${valid} messages), ${failing.size} failed`);

  // every failing row listed with the field and the reason
  const listed = await page.locator("#variables .audience-failed > li.failed-row").evaluateAll((lis) => lis.map((li) => ({ row: Number(li.dataset.row), paths: [...li.querySelectorAll("li[data-path]")].map((p) => p.dataset.path), text: li.textContent })));
  assert.deepEqual(listed.map((l) => l.row), [...failing.keys()].sort((a, b) => a - b));
  for (const l of listed) {
    const path = failing.get(l.row);
    if (path === null) assert.match(l.text, /Row 500.*4 fields where the header has 3/);
    else assert.deepEqual(l.paths, [path], `row ${l.row}`);
  }
  const tooLong = listed.find((l) => l.row === 151);
  assert.match(tooLong.text, /^Row 151.*: `text` has 3\d{3} characters; at most 3,?072/);
  assert.match(listed.find((l) => l.row === 97).text, /the number \(column to\)/);

  // the preview follows a row of the audience
  await page.locator("#var-preview").selectOption("row");
  await page.locator("#var-preview-row").fill("2");
  assert.match(await page.locator("#preview").textContent(), /Hi Zoë, "Q", order A-2 has shipped\./);
  await page.locator("#var-preview-row").fill("97");
  assert.match(await page.locator(".var-preview-note").textContent(), /row 97 the message is not valid/);

  // send the whole audience
  await page.locator("#send-audience").click();
  await page.locator("#audience-result strong[data-accepted]").waitFor({ timeout: 60000 });
  assert.equal(await page.locator("#audience-result strong").getAttribute("data-accepted"), String(valid));
  const received = await standIn.received();
  assert.equal(received.length, 4);
  // two requests are in flight at once, so the last two may arrive in either order
  assert.deepEqual(received.map((r) => r.body.messages.length).sort((a, b) => b - a), [250, 250, 250, valid - 750]);
  const to = received.flatMap((r) => r.body.messages.flatMap((m) => m.destinations.map((d) => d.to)));
  const expected = [];
  for (let row = 1; row <= 1000; row++) if (!failing.has(row)) expected.push(`4411349${String(row).padStart(5, "0")}`);
  assert.deepEqual(to.sort(), expected.sort(), "each valid row's number reached the stand-in exactly once");
  const second = received.flatMap((r) => r.body.messages).find((m) => m.destinations[0].to === "441134900002");
  assert.equal(second.content.text, 'Hi Zoë, "Q", order A-2 has shipped.');
  assert.equal(received.flatMap((r) => r.body.messages).find((m) => m.destinations[0].to === "441134900003").content.text, "Hi two\nlines, order A-3 has shipped.");
  await page.screenshot({ path: join(artifactsDir, "composer-variables.png"), fullPage: true });

  // an edit re-checks the audience once typing pauses: 500 a request makes 2 requests
  await page.locator("#audience-max").fill("500");
  await page.locator("#audience-max").press("Tab");
  await summary.filter({ hasText: "in 2 requests" }).waitFor();
  // a wrong key: every request rejected, listed with its rows and the answer, nothing kept
  await standIn.clear();
  await page.locator("#connection summary").click();
  await page.locator("#api-key").fill("not-the-key");
  await page.locator("#send-audience").click();
  await page.locator("#audience-result strong", { hasText: "0 of 2 requests accepted" }).waitFor({ timeout: 60000 });
  assert.deepEqual(await page.locator("#audience-result li.bad").allTextContents().then((t) => t.map((x) => /^Request \d: rows 1–\d+, \d+ messages — rejected \(HTTP 401/.test(x) || /^Request 2: rows \d+–1000/.test(x))), [true, true]);
  assert.deepEqual(await standIn.received(), []);
  assert.deepEqual(events.errors, []);
  // the browser logs each 401 it got; nothing else
  assert.deepEqual(events.console.filter((m) => !/status of 401/.test(m)), []);
  await page.context().close();
});

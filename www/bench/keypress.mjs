// Key press to paint in the composer on a 10-card carousel with long texts (about 27 KB of
// JSON): headless Chromium types at the end of a card's description (--caret start: at its
// start), and for each key
// measures the time from the keydown event (its timeStamp) to the end of the page's work on
// the first frame whose phone preview holds the new text (a task posted from
// requestAnimationFrame runs after that frame's paint and its commit to the compositor).
// What follows on the compositor's threads (raster, drawing the frame: 5-8 ms a frame in
// software here) is not in the time, for the composer as for the floor page.
//
// Frames come at 60 Hz, as on a phone or a laptop's screen: headless Chromium with software
// compositing keeps to a 16.7 ms frame clock whatever the flags (--disable-frame-rate-limit
// and --disable-gpu-vsync change nothing: the rAF interval is measured in each run and
// printed; --run-all-compositor-stages-before-draw does unthrottle it, but then every frame
// also waits for its raster on the same two cores, and a bare page takes longer, not less).
// A page that drew nothing for a while gets its next frame at once when a key asks for one;
// one that has just drawn waits for the next tick. A person's keys come at any moment, so
// each key is pressed after a random delay of 0 to 16.7 ms (seeded: the same delays every
// run) after the previous one is painted; --phase after-frame presses it at once.
//
//   node www/bench/keypress.mjs [--keys N] [--tsv FILE] [--times] [--phase random|after-frame]
//                               [--caret end|start] [--profile [--trace-out PREFIX]]
//
// Needs pkg/dist (cargo xtask build-pkg) and the stand-in (RCS_KIT_STAND_IN or
// target/debug/rcs-kit-stand-in). Prints `key<TAB>value` lines (and writes them to FILE):
// the payload size, the targets of issue 17 (TARGET below, read by `cargo xtask bench`
// from these lines), the 1-minute load average before and after, then median, p95 and max
// in ms with the Phone tab shown, with the JSON tab shown, and on the floor page, and the
// frame interval measured; and on stderr a table of the measured times beside the targets.
//
// The floor: the same keys, measured the same way in the same browser, on a page that does
// the least a composer can do — one textarea holding the same description, and its text
// shown in a paragraph beside it on every input. What the composer costs is its time less
// the floor's; the floor is this machine's (its processes, its software compositing).
// `cargo xtask bench` runs it and puts the numbers in bench/RESULTS.md.
//
// --profile: where a key's time goes, per tab, on stderr: the renderer's main thread from a
// DevTools trace (script, style, layout, paint…: CPU time from the keydown to the Commit of
// the frame that shows it), then the script by function from the V8 sampling profiler (what
// refresh() calls, and one level below). The key times are then those of the traced run,
// which are higher than unprofiled ones. The floor page's main thread is traced too, to read
// the tabs' rows against. --trace-out PREFIX also writes the raw traces.
import { writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { startStandIn, openComposer, confirmDialog, repoDir } from "../test/harness.mjs";

// playwright-core is the package's (pkg/package-lock.json), as for the end-to-end tests
const playwright = await import(pathToFileURL(createRequire(join(repoDir, "pkg", "package.json")).resolve("playwright-core")).href);
const chromium = playwright.chromium ?? playwright.default.chromium;

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const KEYS = Number(opt("--keys", "120"));
const TSV = opt("--tsv", null);
const PROFILE = args.includes("--profile");
const TIMES = args.includes("--times"); // every counted key's time, in order, on stderr
/** Issue 17's targets for key press to paint, in ms. */
const TARGET = { median: 16, p95: 33 };
/** Where in a frame each key is pressed: "random" (a uniformly random point, as a person's
 * keys are) or "after-frame" (as soon as the previous key is painted). */
const PHASE = opt("--phase", "random");
/** Where the keys go in the description: "end" (the default: past what a phone shows of a
 * 2,000-character description, so the phone's visible lines stay as they are) or "start"
 * (the first line, which every key reflows in the phone). */
const CARET = opt("--caret", "end");
if (!["end", "start"].includes(CARET)) throw new Error(`--caret end|start, not ${CARET}`);
if (!["random", "after-frame"].includes(PHASE)) throw new Error(`--phase random|after-frame, not ${PHASE}`);
/** One frame at 60 Hz, in ms: the range of the random delay before a key. */
const FRAME_MS = 1000 / 60;
const TRACE_OUT = opt("--trace-out", null); // with --profile: the raw traces, as <FILE>.<tab>.json

/** The 10-card carousel: long titles and descriptions, media, four buttons a card. */
export function bigCarousel() {
  const words = "Lightweight waterproof trail shoe with a grippy outsole, recycled mesh upper and a cushioned midsole for long days on rocky paths".split(" ");
  const text = (n, seed) => {
    let s = "";
    for (let i = 0; s.length < n; i++) s += `${words[(i * 7 + seed) % words.length]} `;
    return s.slice(0, n).trim();
  };
  const cards = Array.from({ length: 10 }, (_, i) => ({
    title: text(180, i),
    description: text(1990, i + 3),
    media: { file: { url: `https://example.com/img/product-${i + 1}.jpg` }, height: "MEDIUM" },
    suggestions: [0, 1, 2, 3].map((k) => ({ type: "OPEN_URL", text: `Option ${k + 1}`, postbackData: `card_${i + 1}_${k + 1}`, url: `https://example.com/shop/${i + 1}/${k + 1}` })),
  }));
  return {
    messages: [{
      sender: "DemoSender",
      destinations: [{ to: "441134960001" }],
      content: { type: "CAROUSEL", cardWidth: "MEDIUM", contents: cards, suggestions: [{ type: "REPLY", text: "More", postbackData: "more" }] },
    }],
  };
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}


// ---- --profile: where a key's time goes ---------------------------------------------------
// The renderer's main thread, from a DevTools trace (devtools.timeline): each event's own
// time (its duration less the events nested in it), put in one of these buckets.
const BUCKETS = [
  ["style", /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)$/],
  ["layout", /^(Layout|UpdateLayout|LayoutShift)$/],
  ["pre-paint", /^(PrePaint|UpdateLayerTree)$/],
  ["paint", /^(Paint|PaintImage|PaintSetup|Decode Image|Decode LazyPixelRef)$/],
  ["layerize+commit", /^(Layerize|Commit|CompositeLayers|UpdateLayer|ScrollLayer)$/],
  ["gc", /GC|^BlinkGC/],
  ["hit test", /^HitTest$/],
  ["script", /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|EvaluateScript|v8\.\w+|V8\.\w+|XHRReadyStateChange|v8\.callFunction|ParseHTML)$/],
];
const FORCED = /^(UpdateLayoutTree|Layout)$/;
const SCRIPTY = /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.callFunction)$/;

/** The main thread's work per key on its way to the screen: from the task that dispatches
 * the keydown to the end of the next frame's Commit, each event's own CPU time (its thread
 * time less that of the events nested in it) in a bucket. CPU time, not wall time, so that
 * the other processes of a busy machine do not show in the rows (the last row is the wall
 * time of the same span). Medians over the keys, so that the rows describe a typical key. */
function traceBreakdown(trace) {
  const events = trace.traceEvents ?? trace;
  const count = new Map();
  for (const e of events) if (e.ph === "X") count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  // the page's renderer: the main thread with the most events
  const main = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((m) => `${m.pid}:${m.tid}`).sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0))[0];
  const xs = events.filter((e) => e.ph === "X" && `${e.pid}:${e.tid}` === main && typeof e.dur === "number").sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cpu = (e) => (typeof e.tdur === "number" ? e.tdur : e.dur);
  const stack = [];
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    e.parents = stack.map((s) => s.name);
    const parent = stack[stack.length - 1];
    if (parent) parent.child = (parent.child ?? 0) + cpu(e);
    stack.push(e);
  }
  const keydowns = xs.filter((k) => k.name === "EventDispatch" && k.args?.data?.type === "keydown");
  const keyTasks = xs.filter((e) => e.name === "RunTask" && !e.parents.length && keydowns.some((k) => k.ts >= e.ts && k.ts < e.ts + e.dur));
  const names = [...BUCKETS.map(([b]) => b), "other"];
  const perKey = [];
  for (const task of keyTasks) {
    const from = task.ts;
    const commit = xs.find((e) => e.name === "Commit" && e.ts > task.ts + task.dur);
    if (!commit) continue;
    const to = commit.ts + commit.dur;
    const b = Object.fromEntries(names.map((n) => [n, 0]));
    let forced = 0;
    let total = 0;
    for (const e of xs) {
      if (e.ts < from || e.ts >= to) continue;
      const own = Math.max(0, cpu(e) - (e.child ?? 0));
      b[BUCKETS.find(([, re]) => re.test(e.name))?.[0] ?? "other"] += own;
      if (FORCED.test(e.name) && e.parents.some((n) => SCRIPTY.test(n))) forced += cpu(e);
      if (!e.parents.length) total += cpu(e);
    }
    perKey.push({ ...b, forced, total, wall: to - from });
  }
  const med = (k) => {
    const v = perKey.map((x) => x[k]).sort((a, b) => a - b);
    return v.length ? (v[Math.floor(v.length / 2)] / 1000).toFixed(2) : "?";
  };
  const rows = names.map((n) => [n, med(n)]);
  rows.push(["(style+layout forced inside script)", med("forced")], ["main thread CPU, keydown to Commit", med("total")], ["wall time, keydown to Commit", med("wall")]);
  return { rows, keys: perKey.length };
}

/** Script time by function, from a CPU profile, per key: the time spent inside each function
 * refresh() calls (with what that calls), the largest of those one level down, and the
 * functions with the most time of their own anywhere. Sampled: a row under 0.1 ms is noise. */
function profileBreakdown(profile, keys) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0, total: 0 }]));
  for (const n of nodes.values()) for (const c of n.children ?? []) nodes.get(c).parent = n.id;
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    if (node) node.self += deltas[i + 1] ?? 0;
  });
  const total = (n) => (n.total ||= n.self + (n.children ?? []).reduce((s, c) => s + total(nodes.get(c)), 0));
  for (const n of nodes.values()) total(n);
  const name = (n) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber + 1}`;
  const under = new Map();
  const deeper = new Map();
  const add = (k, v) => under.set(k, (under.get(k) ?? 0) + v);
  let refresh = 0;
  for (const n of nodes.values()) {
    if (n.callFrame.functionName !== "refresh") continue;
    // a nested refresh() (from refreshVariables's hook) is counted in its caller
    let p = nodes.get(n.parent);
    let nested = false;
    while (p) {
      if (p.callFrame.functionName === "refresh") nested = true;
      p = nodes.get(p.parent);
    }
    if (nested) continue;
    refresh += n.total;
    let inChildren = 0;
    for (const c of n.children ?? []) {
      const cn = nodes.get(c);
      const fn = cn.callFrame.functionName || "(anonymous)";
      add(fn, cn.total);
      inChildren += cn.total;
      // and one level down: what each of them spends its time in
      for (const g of cn.children ?? []) {
        const gn = nodes.get(g);
        const inner = deeper.get(fn) ?? new Map();
        const gf = gn.callFrame.functionName || "(anonymous)";
        inner.set(gf, (inner.get(gf) ?? 0) + gn.total);
        deeper.set(fn, inner);
      }
    }
    add("(refresh itself)", n.total - inChildren);
  }
  const gc = [...nodes.values()].filter((n) => n.callFrame.functionName === "(garbage collector)").reduce((s, n) => s + n.self, 0);
  const per = (us) => (us / 1000 / keys).toFixed(2);
  const rows = [];
  for (const [k, v] of [...under].sort((a, b) => b[1] - a[1])) {
    if (v / 1000 / keys < 0.01) continue;
    rows.push([k, per(v)]);
    if (v / 1000 / keys < 0.3) continue;
    for (const [g, t] of [...(deeper.get(k) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 4)) if (t / 1000 / keys >= 0.05) rows.push([`  ${g}`, per(t)]);
  }
  rows.push(["refresh() in all", per(refresh)], ["(garbage collector, anywhere)", per(gc)]);
  const top = [...nodes.values()].sort((a, b) => b.self - a.self).slice(0, 8).map((n) => `${name(n)} ${per(n.self)}`);
  return { rows, top };
}

/** Runs `run()` under a DevTools trace (`cpu` false) or the sampling CPU profiler (`cpu`
 * true), one at a time: the profiler's cost would show in the trace. */
async function profiled(browser, page, run, cpu) {
  if (!cpu) {
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.stack", ...(process.env.INVALIDATIONS ? ["disabled-by-default-devtools.timeline.invalidationTracking"] : []), "v8", "blink.user_timing"] });
    const result = await run();
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
    return { result, trace };
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const result = await run();
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  return { result, profile };
}

function table(title, rows) {
  const w = Math.max(...rows.map(([k]) => String(k).length), title.length);
  return [`${title.padEnd(w)}  ms/key`, ...rows.map(([k, v]) => `${String(k).padEnd(w)}  ${String(v).padStart(6)}`)].join("\n");
}

async function measure(page, pointer, keys) {
  await page.evaluate(([p, caret]) => {
    const el = document.querySelector(`#form [data-pointer="${p}"]`);
    el.scrollIntoView({ block: "center" });
    el.focus();
    const at = caret === "start" ? 0 : el.value.length;
    el.setSelectionRange(at, at);
    window.__times = [];
    // the time of each key: keydown → the end of the first frame whose preview shows the
    // new text. Asked for at the keydown: the next frame comes after the task that handles
    // the key (keydown, keypress and input run in one task here); whether that frame shows
    // the key is read at its start (the requestAnimationFrame callback, before it paints),
    // else the frame after it is tried. (This used to ask from a setTimeout after the
    // keydown, which let the frame that painted the key go by when it came at once, and
    // measured the frame after it.) One listener, also when the page is measured again.
    if (window.__onKey) document.removeEventListener("keydown", window.__onKey, { capture: true });
    window.__onKey = (e) => {
      const t0 = e.timeStamp;
      const shown = () => document.querySelector(`#preview [data-pointer="${p}"]`)?.textContent === el.value;
      const frame = () => requestAnimationFrame(() => {
        const painted = shown(); // what this frame paints
        const ch = new MessageChannel();
        ch.port1.onmessage = () => (painted ? window.__times.push(performance.now() - t0) : frame());
        ch.port2.postMessage(0);
      });
      frame();
    };
    document.addEventListener("keydown", window.__onKey, { capture: true });
  }, [pointer, CARET]);
  const letters = "abcdefghij klmnopqrstuvwxyz";
  // the delays before the keys: the same each run (a 32-bit xorshift from a fixed seed)
  let seed = 0x9e3779b9;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < keys; i++) {
    if (PHASE === "random") await new Promise((r) => setTimeout(r, random() * FRAME_MS));
    await page.keyboard.press(letters[i % letters.length]);
    await page.waitForFunction((n) => window.__times.length >= n, i + 1);
  }
  return page.evaluate(() => window.__times);
}

/** The floor page: a textarea with `text` at `pointer`, and its text mirrored into the
 * "preview" on every input, with no styles, no validation and nothing else. */
function floorPage(pointer, text) {
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return `<!doctype html><meta charset="utf-8"><title>floor</title>
<div id="form"><textarea rows="6" cols="80" data-pointer="${esc(pointer)}">${esc(text)}</textarea></div>
<div id="preview"><p data-pointer="${esc(pointer)}">${esc(text)}</p></div>
<script>
const t = document.querySelector("#form textarea");
const p = document.querySelector("#preview p");
t.addEventListener("input", () => { p.textContent = t.value; });
</script>`;
}

/** The field typed into: a card's description (the floor page has the same text there). */
const POINTER = "/messages/0/content/contents/4/description";

/** A page's key times into the output lines, after the first keys (JIT, caches). */
function record(name, times) {
  const warm = times.slice(Math.min(10, Math.floor(times.length / 4)));
  if (TIMES) process.stderr.write(`${name}: ${warm.map((t) => t.toFixed(0)).join(" ")}\n`);
  const s = stats(warm);
  out.push([`composer.keypress_${name}.median_ms`, s.median.toFixed(1)], [`composer.keypress_${name}.p95_ms`, s.p95.toFixed(1)], [`composer.keypress_${name}.max_ms`, s.max.toFixed(1)], [`composer.keypress_${name}.keys`, warm.length]);
}

const standIn = await startStandIn();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const out = [["composer.target.median_ms", TARGET.median], ["composer.target.p95_ms", TARGET.p95], ["composer.loadavg_before", loadavg()[0].toFixed(2)]];
try {
  const body = bigCarousel();
  const size = JSON.stringify(body).length;
  out.push(["composer.payload_bytes", size]);
  for (const tab of ["phone", "json"]) {
    const { page, context } = await openComposer(browser, standIn, { viewport: { width: 1440, height: 900 } });
    await page.locator("#tab-json").click();
    await page.locator("#import summary").click();
    await page.locator("#import-text").fill(JSON.stringify(body));
    await page.locator("#import-btn").click();
    await confirmDialog(page);
    if (tab === "phone") await page.locator("#tab-phone").click();
    await page.waitForFunction(() => [...document.querySelectorAll("#preview img")].every((i) => i.complete));
    let times;
    if (PROFILE) {
      // the main thread from a trace, then the script by function from a CPU profile (the
      // next KEYS keys); the key times reported are the traced run's
      const traced = await profiled(browser, page, () => measure(page, POINTER, KEYS), false);
      times = traced.result;
      if (TRACE_OUT) writeFileSync(`${TRACE_OUT}.${tab}.json`, JSON.stringify(traced.trace));
      const cpu = await profiled(browser, page, () => measure(page, POINTER, KEYS), true);
      const t = traceBreakdown(traced.trace);
      const j = profileBreakdown(cpu.profile, KEYS);
      process.stderr.write(`\n== ${tab} tab, ${KEYS} keys (traced: times are higher than unprofiled) ==\n${table(`main thread, median of ${t.keys} keys`, t.rows)}\n${table("script (CPU profile), inside refresh()", j.rows)}\n  top self: ${j.top.join("; ")}\n`);
    } else times = await measure(page, POINTER, KEYS);
    record(tab, times);
    await context.close();
  }
  {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.setContent(floorPage(POINTER, body.messages[0].content.contents[4].description));
    // the frame clock the keys wait for: the median interval of 60 animation frames
    const interval = await page.evaluate(() => new Promise((done) => {
      const t = [];
      const tick = (now) => {
        t.push(now);
        if (t.length <= 60) requestAnimationFrame(tick);
        else done(t.slice(1).map((x, i) => x - t[i]).sort((a, b) => a - b)[30]);
      };
      requestAnimationFrame(tick);
    }));
    out.push(["composer.frame_interval_ms", interval.toFixed(1)], ["composer.phase", PHASE], ["composer.caret", CARET]);
    if (PROFILE) {
      // the floor's main thread, to read the tabs' rows against (no script to profile)
      const traced = await profiled(browser, page, () => measure(page, POINTER, KEYS), false);
      if (TRACE_OUT) writeFileSync(`${TRACE_OUT}.floor.json`, JSON.stringify(traced.trace));
      const t = traceBreakdown(traced.trace);
      process.stderr.write(`\n== floor page, ${KEYS} keys (traced) ==\n${table(`main thread, median of ${t.keys} keys`, t.rows)}\n`);
      record("floor", traced.result);
    } else record("floor", await measure(page, POINTER, KEYS));
    await context.close();
  }
} finally {
  await browser.close();
  standIn.stop();
}
out.push(["composer.loadavg_after", loadavg()[0].toFixed(2)]);
const text = out.map(([k, v]) => `${k}\t${v}`).join("\n") + "\n";
process.stdout.write(text);
if (TSV) writeFileSync(TSV, text);

// the times beside the targets, for a reader (stdout stays key<TAB>value lines)
const got = Object.fromEntries(out);
const verdict = (v, limit) => `${String(v).padStart(6)} ms ${Number(v) <= limit ? "≤" : ">"} ${String(limit).padStart(2)} ms ${Number(v) <= limit ? "met" : "NOT met"}`;
process.stderr.write([
  "",
  `key press to paint: ${got["composer.payload_bytes"]} B carousel, ${KEYS} keys a tab (the first ones not counted), keys ${PHASE === "random" ? "at a random point of" : "just after"} a ${got["composer.frame_interval_ms"]} ms frame, load average ${got["composer.loadavg_before"]} → ${got["composer.loadavg_after"]} on ${availableParallelism()} cores${PROFILE ? ", profiled" : ""}`,
  "tab     median                       p95",
  ...["phone", "json"].filter((tab) => `composer.keypress_${tab}.median_ms` in got).map((tab) =>
    `${tab.padEnd(6)}  ${verdict(got[`composer.keypress_${tab}.median_ms`], TARGET.median)}   ${verdict(got[`composer.keypress_${tab}.p95_ms`], TARGET.p95)}`),
  `floor   ${String(got["composer.keypress_floor.median_ms"]).padStart(6)} ms                    ${String(got["composer.keypress_floor.p95_ms"]).padStart(6)} ms     (a bare textarea mirrored into a paragraph: this machine's least)`,
  "",
].join("\n"));

// The browser benchmark's driver: rcs-kit (WebAssembly) against ajv 8 in Debian's
// headless Chromium, on the corpus in RCS_KIT_BENCH_DIR (default target/bench/corpus/, the
// generated corpus `cargo xtask bench` writes there; `cargo xtask bench --corpus DIR` passes
// an outside corpus such as ../shared/bench instead).
//
//   node bench/run.mjs [--out FILE] [--quick] [--opt-levels s,3]
//                                                   (from pkg/, after building pkg/dist)
//
// Besides the main entry it times the validate-only entry (dist/validate.js) and, with
// --opt-levels, the same entry with its module built at those opt-levels (what speed costs
// in bytes), which `cargo xtask bench` writes to target/bench/opt-LEVEL/dist/ first.
//
// Builds the ajv bundles with esbuild into target/bench/ (ignored by git), serves the
// repository with COOP/COEP headers (a cross-origin isolated page has a fine
// performance.now()), hands the corpus to pkg/bench/bench.html as strings and as parsed
// objects, times the compilation and instantiation of both modules (pkg/bench/load.html, a
// fresh browser context per sample), and writes the results as `key<TAB>value` lines (default
// target/bench/browser.tsv) for `cargo xtask bench`, which writes bench/RESULTS.md.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { createRequire } from "node:module";
import { pkgDir, repoDir, launchChromium, serve } from "../test/helpers.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const outIndex = args.indexOf("--out");
const outFile = outIndex >= 0 ? args[outIndex + 1] : join(repoDir, "target", "bench", "browser.tsv");
const levelsIndex = args.indexOf("--opt-levels");
const optLevels = levelsIndex >= 0 ? (args[levelsIndex + 1] ?? "").split(",").filter(Boolean) : [];
const buildDir = join(repoDir, "target", "bench");
const benchDir = process.env.RCS_KIT_BENCH_DIR ?? join(repoDir, "target", "bench", "corpus");
const require = createRequire(join(pkgDir, "package.json"));

function versionOf(name) {
  return JSON.parse(readFileSync(join(pkgDir, "node_modules", name, "package.json"), "utf8")).version;
}

/** raw, gzip -9 and brotli (quality 11) bytes, each file compressed on its own and summed
 * (as the package's size-budget test counts them). */
function sizes(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes).length;
  }
  return { raw, gzip, brotli };
}

/** ajv's two browser bundles for rcs-kit's schema, minified by esbuild:
 * - ajv.js: ajv + ajv-formats + the schema, compiled at load (what the page runs);
 * - ajv-standalone.js: ajv's standalone code for the schema (precompiled validator plus
 *   the ajv runtime helpers and the formats it uses): the smallest ajv can ship. */
async function buildAjv() {
  const esbuild = await import("esbuild");
  mkdirSync(buildDir, { recursive: true });
  const common = { bundle: true, format: "esm", platform: "browser", target: "es2020", minify: true, legalComments: "none", logLevel: "warning" };
  await esbuild.build({ ...common, entryPoints: [join(pkgDir, "bench", "ajv-entry.js")], outfile: join(buildDir, "ajv.js") });

  const { default: Ajv2020 } = await import("ajv/dist/2020.js");
  const { default: addFormats } = await import("ajv-formats");
  const standaloneCode = require("ajv/dist/standalone").default;
  const ajv = new Ajv2020({ allErrors: true, code: { source: true, esm: true } });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(repoDir, "schema", "send-request.schema.json"), "utf8"));
  const source = standaloneCode(ajv, ajv.compile(schema));
  await esbuild.build({
    ...common,
    stdin: { contents: source, resolveDir: pkgDir, sourcefile: "ajv-standalone-source.js" },
    outfile: join(buildDir, "ajv-standalone.js"),
  });
}

/** The repository's static server, cross-origin isolated (COOP + COEP), so that
 * performance.now() is not coarsened to 100 µs. */
const ISOLATED = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
  "cache-control": "no-store",
};

function fmtNs(ns) {
  return ns >= 1e5 ? `${(ns / 1e3).toFixed(0)} µs` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Compile and instantiate times of both modules (pkg/bench/load.html), `samples` times
 * each, every sample in a new browser context (its own renderer state and HTTP cache: no
 * compiled module reused; the server also says no-store), the modules taking turns.
 * `{rcs_kit: [{compile, instantiate, compile_instantiate, first_call}], rcs_kit_validate: [...]}` in ms. */
async function measureLoad(browser, base, samples) {
  const out = { rcs_kit: [], rcs_kit_validate: [] };
  for (let i = 0; i < samples + 1; i++) {
    for (const name of Object.keys(out)) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(e));
        await page.goto(`${base}/pkg/bench/load.html?module=${name}`);
        await page.waitForFunction(() => document.title === "loaded" || window.loadResult, null, { timeout: 30000 }).catch((e) => {
          throw errors[0] ?? e;
        });
        const r = await page.evaluate(() => window.loadResult);
        // The first round warms the browser process itself (not a module cache: each
        // context starts without one); it is not counted.
        if (i > 0) out[name].push({ compile: r.compileMs, fetch_headers: r.headersMs, instantiate: r.instantiateMs, compile_instantiate: r.compileMs + r.instantiateMs, first_call: r.firstCallMs, bytes_compile: r.bytesCompileMs });
      } finally {
        await context.close();
      }
    }
  }
  return out;
}

async function main() {
  const dist = join(pkgDir, "dist", "rcs_kit_bg.wasm");
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`cargo xtask build-pkg\` first`);
  if (!existsSync(join(benchDir, "corpus.jsonl"))) {
    throw new Error(`${benchDir} has no corpus.jsonl: run \`cargo xtask bench\`, or write the generated corpus with \`cargo run -p rcs-kit-corpus --example write -- ${benchDir}\``);
  }
  const corpusText = readFileSync(join(benchDir, "corpus.jsonl"), "utf8");
  const strings = corpusText.split("\n").filter((l) => l.length > 0);
  const objects = strings.map((s) => JSON.parse(s));
  const carousel = JSON.stringify(JSON.parse(readFileSync(join(benchDir, "large-carousel.json"), "utf8")));

  await buildAjv();
  const rcsFiles = ["dist/rcs_kit_bg.wasm", "dist/index.js"].map((f) => join(pkgDir, f));
  const size = {
    rcs: sizes(rcsFiles),
    rcsValidate: sizes(["dist/rcs_kit_validate_bg.wasm", "dist/validate.js"].map((f) => join(pkgDir, f))),
    ajv: sizes([join(buildDir, "ajv.js")]),
    ajvStandalone: sizes([join(buildDir, "ajv-standalone.js")]),
  };
  // The validate-only entry as shipped (its module at the `wasm` profile's opt-level, "z"),
  // then the same entry with its module built at each of --opt-levels.
  const entries = [{ name: "rcs-kit/validate", key: "validate_z", url: "/pkg/dist/validate.js" }];
  for (const level of optLevels) {
    const dir = join(buildDir, `opt-${level}`, "dist");
    const files = ["rcs_kit_validate_bg.wasm", "validate.js"].map((f) => join(dir, f));
    if (!files.every(existsSync)) throw new Error(`${dir} has no validate entry: \`cargo xtask bench\` builds it`);
    size[`validate_${level}`] = sizes(files);
    entries.push({ name: `rcs-kit/validate at opt-level ${level}`, key: `validate_${level}`, url: `/target/bench/opt-${level}/dist/validate.js` });
  }

  const { server, base } = await serve(repoDir, ISOLATED);
  const browser = await launchChromium();
  const chromium = browser.version();
  let info;
  let corpus;
  let large;
  let load;
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e));
    // Console errors (a failed fetch, say) explain a page that never gets ready.
    const consoleErrors = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    page.on("response", (r) => r.status() >= 400 && consoleErrors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${base}/pkg/bench/bench.html`);
    await page.waitForFunction(() => document.title === "ready", null, { timeout: 30000 }).catch((e) => {
      throw errors[0] ?? new Error(`the bench page did not load: ${consoleErrors.join("; ") || e.message}`);
    });
    if (errors.length) throw errors[0];
    await page.evaluate((list) => window.bench.entries(list), entries);
    info = await page.evaluate(() => window.bench.info());
    if (!info.crossOriginIsolated) console.warn("warning: the page is not cross-origin isolated; timer resolution is coarse");
    // The large carousel first, on a small heap; then the corpus, whose two forms both
    // cross from Node: the strings, and the bodies as structured objects.
    await page.evaluate((c) => window.bench.setup([], [], c), carousel);
    large = await page.evaluate(([w, r, n]) => window.bench.carousel(w, r, n), quick ? [20, 5, 20] : [200, 20, 100]);
    await page.evaluate(([s, o, c]) => window.bench.setup(s, o, c), [strings, objects, carousel]);
    corpus = await page.evaluate(([w, r]) => window.bench.corpus(w, r), quick ? [1, 3] : [3, 15]);
    if (errors.length) throw errors[0];
    await page.close();
    load = await measureLoad(browser, base, quick ? 5 : 25);
  } finally {
    await browser.close();
    server.close();
  }

  const rows = [
    ["chromium", chromium],
    ["user_agent", info.userAgent],
    ["cross_origin_isolated", String(info.crossOriginIsolated)],
    ["timer_step_ns", info.timerStepNs.toFixed(0)],
    ["node", process.version],
    ["rcs_kit", info.rcsKit],
    ["ajv", versionOf("ajv")],
    ["ajv_formats", versionOf("ajv-formats")],
    ["esbuild", versionOf("esbuild")],
    ["playwright_core", versionOf("playwright-core")],
    ["corpus_n", String(strings.length)],
    ["corpus_bytes", String(Buffer.byteLength(corpusText))],
    ["carousel_bytes", String(Buffer.byteLength(carousel))],
    ["quick", String(quick)],
  ];
  for (const [name, r] of Object.entries(corpus)) {
    rows.push([`corpus_${r.key}_ns`, r.nsPerPayload.toFixed(1)]);
    rows.push([`corpus_${r.key}_invalid`, String(r.invalid)]);
  }
  for (const [name, r] of Object.entries(large)) {
    rows.push([`carousel_${r.key}_p50_ns`, r.p50Ns.toFixed(0)]);
    rows.push([`carousel_${r.key}_p99_ns`, r.p99Ns.toFixed(0)]);
    rows.push([`carousel_${r.key}_mean_ns`, r.meanNs.toFixed(0)]);
  }
  for (const [name, samples] of Object.entries(load)) {
    for (const part of ["compile", "fetch_headers", "instantiate", "compile_instantiate", "first_call", "bytes_compile"]) {
      const sorted = samples.map((x) => x[part]).sort((a, b) => a - b);
      rows.push([`load_${name}_${part}_p50_ms`, quantile(sorted, 0.5).toFixed(3)]);
      rows.push([`load_${name}_${part}_max_ms`, sorted[sorted.length - 1].toFixed(3)]);
    }
    rows.push([`load_${name}_samples`, String(samples.length)]);
  }
  const { rcs, rcsValidate, ajv, ajvStandalone, ...levels } = size;
  for (const [name, s] of Object.entries({ rcs, rcs_validate: rcsValidate, ajv, ajv_standalone: ajvStandalone, ...levels })) {
    for (const [k, v] of Object.entries(s)) rows.push([`size_${name}_${k}`, String(v)]);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, rows.map(([k, v]) => `${k}\t${v}`).join("\n") + "\n");

  console.log(`Chromium ${rows[0][1]}, cross-origin isolated: ${info.crossOriginIsolated}, timer step ${fmtNs(info.timerStepNs)}`);
  console.log(`corpus (${strings.length} bodies), ns/payload of the median round:`);
  for (const [name, r] of Object.entries(corpus)) console.log(`  ${name.padEnd(30)} ${fmtNs(r.nsPerPayload).padStart(10)}  (${r.invalid} invalid)`);
  console.log(`large carousel (${Buffer.byteLength(carousel)} bytes), p50 / p99 per call:`);
  for (const [name, r] of Object.entries(large)) console.log(`  ${name.padEnd(30)} ${fmtNs(r.p50Ns).padStart(10)} / ${fmtNs(r.p99Ns)}`);
  console.log("module load in Chromium, fresh context per sample (median / max ms):");
  for (const [name, samples] of Object.entries(load)) {
    const show = (part) => {
      const sorted = samples.map((x) => x[part]).sort((a, b) => a - b);
      return `${quantile(sorted, 0.5).toFixed(2)} / ${sorted[sorted.length - 1].toFixed(2)}`;
    };
    console.log(`  ${name.padEnd(18)} streaming compile ${show("compile")} (fetch to headers ${show("fetch_headers")}), instantiate ${show("instantiate")}, both ${show("compile_instantiate")}, first validate() ${show("first_call")}; compile from bytes in memory ${show("bytes_compile")}`);
  }
  console.log("sizes (raw / gzip -9 / brotli bytes):");
  console.log(`  rcs-kit wasm + glue          ${size.rcs.raw} / ${size.rcs.gzip} / ${size.rcs.brotli}`);
  console.log(`  rcs-kit/validate             ${size.rcsValidate.raw} / ${size.rcsValidate.gzip} / ${size.rcsValidate.brotli}`);
  console.log(`  ajv + ajv-formats + schema   ${size.ajv.raw} / ${size.ajv.gzip} / ${size.ajv.brotli}`);
  console.log(`  ajv standalone for the schema ${size.ajvStandalone.raw} / ${size.ajvStandalone.gzip} / ${size.ajvStandalone.brotli}`);
  for (const level of optLevels) {
    const l = size[`validate_${level}`];
    console.log(`  rcs-kit/validate, opt-level ${level} ${l.raw} / ${l.gzip} / ${l.brotli}`);
  }
  console.log(`wrote ${outFile}`);

}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// What the validate-only entry (`rcs-kit/validate`) is made of, and the smallest it could be
// with the validator as it is written: issue 16's 40 KB target, measured rather than guessed.
//
//   node bench/size-parts.mjs NAMED.wasm [--out FILE]      (from pkg/, after build-pkg)
//
// NAMED.wasm is the entry's module built and optimised as `cargo xtask build-pkg` builds it
// but with its name section kept (`cargo xtask bench` makes it with `wasm-opt -g`; the
// shipped module differs from it by a few bytes). Each function is put in a part by its
// name; a part's cost is what gzip -9 of the module's code and data saves without it (its
// marginal cost: parts share gzip's dictionary, so the marginals do not add up exactly to
// the whole). The floor is the gzip of the validator's own code (the `rcs_kit::` functions:
// rules, walk, JSON reader, report) with its data, plus the entry's JavaScript: what the
// entry would download if the runtime library (core, alloc, std, the allocator) and the
// bindings cost nothing. Generic code instantiated for the validator (iterator adapters,
// `Vec` growth) is named after core or alloc, so it counts as runtime: the floor is, if
// anything, low. SIZE_PARTS_NAMES=1 lists every function with its part and size. Writes
// `key<TAB>value` lines (default target/bench/size-parts.tsv) for
// `cargo xtask bench` and prints the table.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { pkgDir, repoDir } from "../test/helpers.mjs";

const args = process.argv.slice(2);
const named = args[0];
const outIndex = args.indexOf("--out");
const outFile = outIndex >= 0 ? args[outIndex + 1] : join(repoDir, "target", "bench", "size-parts.tsv");
if (!named || named.startsWith("--")) {
  console.error("usage: node bench/size-parts.mjs NAMED.wasm [--out FILE]");
  process.exit(2);
}

/** The parts, first match wins (on demangled names; an impl's `<` is dropped); a name
 * that matches none is runtime. */
const PARTS = [
  ["rules", /^rcs_kit::rules::/],
  ["walk (declarations, checks)", /^rcs_kit::(validate|context|schema|enums|labels|limits)::/],
  ["JSON reader (text, tape)", /^rcs_kit::json::/],
  ["report and messages", /^rcs_kit::(report|message|catalogue)::/],
  ["other validator code", /^rcs_kit::/],
  ["bindings", /^(rcs_kit_wasm::|wasm_bindgen|__wbindgen|__wbg_|__externref|(call|callBytes|validateTape)(_[0-9a-f]+)?$)/],
];

/** A legacy-mangled Rust name (`_ZN7rcs_kit4json3Doc5parse17h…E`, also behind binaryen's
 * `byn$mgfn-shared$` for merged functions) as a path (`rcs_kit::json::Doc::parse`),
 * enough to sort it into a part; other names as they are. */
function demangle(name) {
  const at = name.indexOf("_ZN");
  if (at < 0) return name;
  const parts = [];
  let i = at + 3;
  while (i < name.length && name[i] !== "E") {
    let j = i;
    while (j < name.length && name[j] >= "0" && name[j] <= "9") j++;
    const len = Number(name.slice(i, j));
    if (!(len > 0)) break;
    parts.push(name.slice(j, j + len));
    i = j + len;
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  return parts
    .join("::")
    .replaceAll("..", "::")
    .replace(/^_?\$LT\$/, "")
    .replaceAll(/\$[A-Za-z0-9]*\$/g, " ");
}
const RUNTIME = "runtime library (core, alloc, std, allocator)";
const OWN = new Set(PARTS.slice(0, 5).map(([p]) => p));

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const utf8 = new TextDecoder();

/** The sections of a module: {id, start, end} (payload bounds). */
function sections(b) {
  const out = [];
  let i = 8;
  while (i < b.length) {
    const id = b[i++];
    const [n, j] = leb(b, i);
    out.push({ id, start: j, end: j + n });
    i = j + n;
  }
  return out;
}

function leb(b, i) {
  let r = 0;
  let shift = 0;
  for (;;) {
    const x = b[i++];
    r += (x & 0x7f) * 2 ** shift;
    shift += 7;
    if (x < 0x80) return [r, i];
  }
}

/** Function index -> name, from the name section's function names. */
function functionNames(b, secs) {
  const names = new Map();
  for (const s of secs.filter((s) => s.id === 0)) {
    let [len, i] = leb(b, s.start);
    if (utf8.decode(b.subarray(i, i + len)) !== "name") continue;
    i += len;
    while (i < s.end) {
      const sub = b[i++];
      const [size, j] = leb(b, i);
      if (sub === 1) {
        let [count, k] = leb(b, j);
        for (let n = 0; n < count; n++) {
          const [index, k2] = leb(b, k);
          const [l, k3] = leb(b, k2);
          names.set(index, utf8.decode(b.subarray(k3, k3 + l)));
          k = k3 + l;
        }
      }
      i = j + size;
    }
  }
  return names;
}

/** How many functions the module imports (they come first in the index space). */
function importedFunctions(b, secs) {
  const s = secs.find((s) => s.id === 2);
  if (!s) return 0;
  let [count, i] = leb(b, s.start);
  let functions = 0;
  for (let n = 0; n < count; n++) {
    for (let k = 0; k < 2; k++) {
      const [l, j] = leb(b, i);
      i = j + l;
    }
    const kind = b[i++];
    if (kind === 0) {
      functions++;
      i = leb(b, i)[1];
    } else if (kind === 1) {
      i++; // reference type
      const [flags, j] = leb(b, i);
      i = leb(b, j)[1];
      if (flags & 1) i = leb(b, i)[1];
    } else if (kind === 2) {
      const [flags, j] = leb(b, i);
      i = leb(b, j)[1];
      if (flags & 1) i = leb(b, i)[1];
    } else if (kind === 3) {
      i += 2; // value type, mutability
    } else {
      throw new Error(`import kind ${kind} is not one this script reads`);
    }
  }
  return functions;
}

const wasm = readFileSync(named);
const secs = sections(wasm);
const names = functionNames(wasm, secs);
if (names.size === 0) throw new Error(`${named} has no function names: build it with wasm-opt -g`);
const imported = importedFunctions(wasm, secs);
const code = secs.find((s) => s.id === 10);
const data = secs.find((s) => s.id === 11);
const dataBytes = data ? wasm.subarray(data.start, data.end) : new Uint8Array();

const byPart = new Map([...PARTS.map(([p]) => [p, []]), [RUNTIME, []]]);
{
  let [count, i] = leb(wasm, code.start);
  for (let n = 0; n < count; n++) {
    const [size, j] = leb(wasm, i);
    const name = demangle(names.get(imported + n) ?? "");
    const part = PARTS.find(([, re]) => re.test(name))?.[0] ?? RUNTIME;
    if (process.env.SIZE_PARTS_NAMES) console.log(`${part.slice(0, 12).padEnd(12)} ${size} ${name.slice(0, 110)}`);
    byPart.get(part).push(wasm.subarray(j, j + size));
    i = j + size;
  }
}
const allCode = [...byPart.values()].flat();
const whole = gz(Buffer.concat([...allCode, dataBytes]));
const rows = [];
for (const [part, bodies] of byPart) {
  const without = [...byPart].filter(([p]) => p !== part).flatMap(([, b]) => b);
  rows.push({ part, functions: bodies.length, raw: bodies.reduce((a, b) => a + b.length, 0), marginal: whole - gz(Buffer.concat([...without, dataBytes])) });
}
rows.push({ part: "data (tables, names, codes)", functions: 0, raw: dataBytes.length, marginal: whole - gz(Buffer.concat(allCode)) });

const shipped = (f) => gz(readFileSync(join(pkgDir, "dist", f)));
const module = shipped("rcs_kit_validate_bg.wasm");
const js = shipped("validate.js");
const ownCode = [...byPart].filter(([p]) => OWN.has(p)).flatMap(([, b]) => b);
const validatorAlone = gz(Buffer.concat([...ownCode, dataBytes]));
const floor = validatorAlone + js;

const kb = (n) => (n / 1024).toFixed(1);
// The target (issue 16's 40 KiB) is judged once, in the bench's target table (xtask).
console.log(`rcs-kit/validate: module ${module} B + validate.js ${js} B = ${module + js} B gzip -9`);
console.log(`code and data of ${named.split("/").pop()}: ${whole} B gzip -9 together; each part's marginal cost:`);
for (const r of rows) console.log(`  ${String(r.marginal).padStart(6)} B  ${String(r.raw).padStart(7)} B raw  ${r.part}${r.functions ? ` (${r.functions} functions)` : ""}`);
console.log(`floor: the validator's own code and data ${validatorAlone} B + validate.js ${js} B = ${floor} B (${kb(floor)} KiB)`);

const tsv = [
  ["parts_entry_gzip", module + js],
  ["parts_module_gzip", module],
  ["parts_js_gzip", js],
  ["parts_validator_alone_gzip", validatorAlone],
  ["parts_floor_gzip", floor],
  ...rows.map((r, i) => [`parts_${i}`, `${r.part}\t${r.raw}\t${r.marginal}`]),
];
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, tsv.map((r) => r.join("\t")).join("\n") + "\n");

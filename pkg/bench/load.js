// One sample of what loading the package's module costs a page, in a fresh browser
// context (pkg/bench/run.mjs opens one per sample, so that no compiled module is reused):
// the streaming compilation from the served `.wasm` (`WebAssembly.compileStreaming` of the
// fetch's response, as dist/index.js and dist/validate.js do: from the response headers
// until the module is compiled, while its body arrives), the instantiation
// (the glue's `initSync`, which also sets up its externref table), and the first
// `validate` call (V8 compiles most functions lazily, at their first call). The glue is
// imported before the clock starts: its download is the bundle's, not the module's.
// Also, as references: how long the fetch took to its response headers (the server's and
// the connection's time, not the module's), and a compile of the same bytes already in memory.
// Writes `window.loadResult` = `{compileMs, headersMs, instantiateMs, firstCallMs, bytesCompileMs}`.
import { OP_VALIDATE } from "../src/generated/data.js";

const name = new URLSearchParams(location.search).get("module");
if (name !== "rcs_kit" && name !== "rcs_kit_validate") throw new Error(`?module=rcs_kit or rcs_kit_validate, not ${name}`);
const glue = await import(`../dist/${name}.js`);
const url = new URL(`../dist/${name}_bg.wasm`, import.meta.url);
const body = JSON.stringify({ messages: [{ sender: "DemoSender", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "Hi" } }] });

const t0 = performance.now();
const response = await fetch(url, { cache: "no-store" });
const tHeaders = performance.now();
const module = await WebAssembly.compileStreaming(response);
const t1 = performance.now();
glue.initSync({ module });
const t2 = performance.now();
const report = glue.call(OP_VALIDATE, body, '{"now":0}');
const t3 = performance.now();
if (!report.startsWith('{"valid":true')) throw new Error(`unexpected report ${report}`);
// A reference: compiling the same bytes once they are all here (not streaming), made
// distinct by one more custom section so that V8 cannot reuse the module compiled above.
const bytes = new Uint8Array(await (await fetch(url, { cache: "no-store" })).arrayBuffer());
const tag = new Uint8Array([0, 5, 4, 0x62, 0x65, 0x6e, 0x63]); // custom section "benc", empty
const distinct = new Uint8Array(bytes.length + tag.length);
distinct.set(bytes);
distinct.set(tag, bytes.length);
const t4 = performance.now();
await WebAssembly.compile(distinct);
const t5 = performance.now();
window.loadResult = { compileMs: t1 - tHeaders, headersMs: tHeaders - t0, instantiateMs: t2 - t1, firstCallMs: t3 - t2, bytesCompileMs: t5 - t4 };
document.title = "loaded";

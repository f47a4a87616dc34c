// Shared by the package's tests: fixtures, the native CLI, a static server, Chromium.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";

export const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = join(pkgDir, "..");
export const NOW = "2027-01-01T00:00:00Z";

/** Every fixture that is UTF-8 text: `{name, path, text}`. */
export function fixtures() {
  const out = [];
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  for (const folder of ["valid", "invalid", "warning", "cli"]) {
    const dir = join(repoDir, "tests", "fixtures", folder);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".json")) continue;
      const path = join(dir, f);
      let text;
      try {
        text = decoder.decode(readFileSync(path));
      } catch {
        continue; // not UTF-8: a JavaScript string cannot carry it
      }
      out.push({ name: `${folder}/${f}`, path, text });
    }
  }
  return out;
}

/** The native CLI's reports for `paths`, keyed by path (`rcs-kit validate --format json`). */
export function nativeReports(paths) {
  const exe = process.env.RCS_KIT_CLI ?? join(repoDir, "target", "debug", "rcs-kit");
  if (!existsSync(exe)) throw new Error(`native CLI not found at ${exe}: build it (cargo build) or set RCS_KIT_CLI`);
  const r = spawnSync(exe, ["validate", "--format", "json", "--now", NOW, ...paths], {
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`rcs-kit exited ${r.status}: ${r.stderr}`);
  const out = new Map();
  for (const line of r.stdout.split("\n").filter(Boolean)) {
    const { file, ...report } = JSON.parse(line);
    out.set(file, report);
  }
  return out;
}

/** Serves the repository on 127.0.0.1 (a free port) for browser tests, with `headers`
 * added to every file. */
export async function serve(root = repoDir, headers = {}) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".css": "text/css" };
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const path = join(root, decodeURIComponent(url.pathname));
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    const ext = path.slice(path.lastIndexOf("."));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": types[ext] ?? "application/octet-stream", ...headers }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Debian's Chromium, headless, driven by playwright-core (no browser download). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * The hostile payloads of the Node and the Chromium suite, each with the code its report
 * must contain, then a body with 100,000 issues (bounded at 1,000) and a call after all
 * of them. Self-contained, so that a page can run it from its source:
 * `page.evaluate(\`(${checkHostile})(window.rcs.validate)\`)`. Returns `[label, true |
 * what went wrong]` pairs.
 */
export function checkHostile(validate) {
  const cyclic = { messages: [] };
  cyclic.self = cyclic;
  const cases = [
    ["not json", "json.syntax"],
    ["", "json.syntax"],
    ["[".repeat(100000), "json.too_deep"],
    ['{"a":'.repeat(100000), "json.too_deep"],
    ['{"messages": [1e999]}', "json.number_out_of_range"],
    ['{"messages": ["\\ud800"]}', "json.lone_surrogate"],
    ['{"a":1,"a":2}', "json.duplicate_key"],
    ["x".repeat(11 * 1024 * 1024), "request.too_large"],
    [cyclic, "json.unserializable"],
    [{ n: 10n }, "json.unserializable"],
    [undefined, "json.syntax"],
    [null, "type.mismatch"],
    [42, "type.mismatch"],
    ["\u0000", "json.syntax"],
    ['{"messages": [] } trailing', "json.syntax"],
    ['{"messages": [', "json.syntax"],
  ];
  const out = cases.map(([payload, code]) => {
    try {
      const r = validate(payload, { now: "2027-01-01T00:00:00Z" });
      return [code, !r.valid && r.issues.some((i) => i.code === code) ? true : JSON.stringify(r.issues).slice(0, 300)];
    } catch (e) {
      return [code, `threw ${e}`];
    }
  });
  const many = { messages: [{ sender: "S", destinations: [{ to: "441134960001" }], content: { type: "TEXT", text: "x", suggestions: Array.from({ length: 100000 }, () => ({ type: "REPLY", text: "", postbackData: "" })) } }] };
  const big = validate(many, { now: "2027-01-01T00:00:00Z" });
  out.push(["truncated at 1,000 issues", big.issues.length === 1000 && big.truncated === true]);
  out.push(["a call after all of them", validate('{"messages":[]}').issues[0].code === "request.messages.too_few"]);
  return out;
}

// How the browser entries get their module: fetched and compiled once, at import
// (top-level await), streaming when the server sends application/wasm. Each entry writes
// its module's URL as `new URL("./<name>_bg.wasm", import.meta.url)` itself, so that a
// bundler (Vite) sees it and emits that module, and only that one, as an asset.

/** The compiled module at `url`. */
export async function compile(url) {
  const response = fetch(url);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch {
    // A server that does not send application/wasm: compile from the bytes.
    return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
}

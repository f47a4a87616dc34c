// JSON pointers (RFC 6901) over the payload model, and the API's dotted property paths
// (`messages[0].content.text`) that error responses use.

/** `["messages", 0, "text"]` → `/messages/0/text`. */
export function toPointer(segments) {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** `/messages/0/text` → `["messages", "0", "text"]` (segments stay strings). */
export function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The pointer one level up, or null at the root. */
export function parentPointer(pointer) {
  if (pointer === "") return null;
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** The value at `segments`, or undefined. */
export function getIn(root, segments) {
  let v = root;
  for (const s of segments) {
    if (v === null || typeof v !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, s)) return undefined;
    v = v[s];
  }
  return v;
}

/** Sets the value at `segments`, creating objects (or arrays before a number) on the way.
 * A non-object in the way is replaced. */
export function setIn(root, segments, value) {
  let v = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const s = segments[i];
    const next = segments[i + 1];
    const child = v[s];
    if (child === null || typeof child !== "object" || (typeof next === "number" && !Array.isArray(child))) {
      v[s] = typeof next === "number" ? [] : {};
    }
    v = v[s];
  }
  v[segments[segments.length - 1]] = value;
}

/** Deletes the value at `segments`; then removes the objects on the way that became empty,
 * up to (not including) the first `keep` levels. Arrays are never pruned. */
export function deleteIn(root, segments, keep = 0) {
  const chain = [root];
  let v = root;
  for (let i = 0; i < segments.length - 1; i++) {
    v = v?.[segments[i]];
    if (v === null || typeof v !== "object") return;
    chain.push(v);
  }
  const last = segments[segments.length - 1];
  const holder = chain[chain.length - 1];
  if (Array.isArray(holder)) holder.splice(Number(last), 1);
  else delete holder[last];
  for (let i = chain.length - 1; i > keep; i--) {
    if (isObject(chain[i]) && Object.keys(chain[i]).length === 0) delete chain[i - 1][segments[i - 1]];
    else break;
  }
}

/** A JSON pointer → the API's dotted form: `/messages/0/content/text` → `messages[0].content.text`. */
export function toDotted(pointer) {
  let out = "";
  for (const s of parsePointer(pointer)) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

/** The API's dotted form → a JSON pointer: `messages[0].content.text` → `/messages/0/content/text`.
 * Also accepts `messages.0.content` and quoted keys (`a["b.c"]`); null when it cannot be read. */
export function fromDotted(property) {
  if (typeof property !== "string") return null;
  const segments = [];
  let i = 0;
  const p = property.trim();
  while (i < p.length) {
    const c = p[i];
    if (c === ".") {
      i++;
      continue;
    }
    if (c === "[") {
      const end = p.indexOf("]", i);
      if (end < 0) return null;
      let inner = p.slice(i + 1, end).trim();
      if (/^["'].*["']$/.test(inner)) inner = inner.slice(1, -1);
      segments.push(inner);
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < p.length && p[j] !== "." && p[j] !== "[") j++;
    segments.push(p.slice(i, j));
    i = j;
  }
  return toPointer(segments);
}

// The form's building blocks: the Form class with its sections, fields, groups and lists, and the label lookup.
//
// Form's message, content and option methods are in form-messages.js, form-content.js and
// form-options.js; form.js joins them onto Form.prototype.

import { h, icon, charCount, setText } from "./dom.js";
import { toPointer, getIn, setIn, deleteIn } from "./pointer.js";
import { FIELD_LABELS, VALUE_LABELS, REQUIRED_WHEN } from "/pkg/src/generated/data.js";
import { parseApiTime, formatApiTime, OFFSETS, offsetLabel, cleanPhone } from "./helpers.js";

/** The label of field `field` of schema object (or union) `object`, from src/labels.rs.
 * A field without one throws, so that the page's tests catch it. */
export function label(object, field) {
  const l = Object.hasOwn(FIELD_LABELS, object) && Object.hasOwn(FIELD_LABELS[object], field) ? FIELD_LABELS[object][field] : undefined;
  if (l === undefined) throw new Error(`no label for ${object}.${field}: add it to src/labels.rs`);
  return l;
}

/** The choices of enumeration (or union) `set` as [value, label], in the composer's order. */
export const choices = (set) => Object.entries(VALUE_LABELS[set]);

let uid = 0;
export const nextId = () => `f${++uid}`;
export const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** How a model value shows in a text input. */
export function display(v) {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export class Form {
  constructor(ctx) {
    this.ctx = ctx;
    this.L = ctx.limits;
    // The list items being drawn ("Card 2", "Reply 1"): a control inside one is named
    // with them ("Card 2, Reply 1: Chip text"), so that repeated controls have distinct
    // accessible names; the visible label stays the field's own.
    this.scope = [];
  }

  /** The hidden part of a control's accessible name that says which item it belongs to. */
  scoped() {
    return this.scope.length ? h("span", { class: "sr-only", text: `${this.scope.join(", ")}: ` }) : null;
  }

  /** "Card 2, Reply 1" (or "" outside of lists). */
  where() {
    return this.scope.join(", ");
  }

  get model() {
    return this.ctx.model;
  }

  register(pointer, el, slot, extra = {}) {
    if (!this.ctx.registry.has(pointer)) this.ctx.registry.set(pointer, { el, slot, ...extra });
  }

  slot(pointer) {
    return h("ul", { class: "field-issues", attrs: { id: `issues-${nextId()}`, "aria-live": "polite" }, dataset: { for: pointer } });
  }

  /** A collapsible section; its open state survives re-rendering. */
  section(key, title, body, openByDefault, pointer) {
    const open = this.ctx.ui.open.has(key) || (openByDefault && !this.ctx.ui.closed.has(key));
    const headingId = `section-${key}`;
    const summary = h("summary", {}, h("h2", { class: "section-title", attrs: { id: headingId }, text: title }), h("span", { class: "section-count", dataset: { countFor: key } }));
    const d = h("details", { class: "card section", attrs: { open }, dataset: { section: key } }, summary);
    const slot = pointer !== undefined ? this.slot(pointer) : null;
    if (slot) {
      d.append(slot);
      this.register(pointer, summary, slot, { label: title });
    }
    d.append(h("div", { class: "section-body" }, body));
    d.addEventListener("toggle", () => {
      if (d.open) {
        this.ctx.ui.open.add(key);
        this.ctx.ui.closed.delete(key);
      } else {
        this.ctx.ui.open.delete(key);
        this.ctx.ui.closed.add(key);
      }
    });
    // a landmark named by its heading
    return h("section", { class: "form-section", attrs: { "aria-labelledby": headingId } }, d);
  }

  // ---- fields ---------------------------------------------------------------------

  /**
   * One input bound to `path`. spec: {label, kind: text|textarea|url|number|select|bool|
   * datetime|tel, required, limit, options: [[value, label]], placeholder, hint, keep
   * (levels never pruned), structural (re-render after a change), wide}.
   */
  field(path, spec) {
    const pointer = toPointer(path);
    const id = nextId();
    const value = getIn(this.model, path);
    const kind = spec.kind ?? "text";
    const slot = this.slot(pointer);
    let el;
    if (kind === "select" || kind === "bool") {
      const options = kind === "bool"
        ? [["", spec.defaultLabel ?? "Default"], ["true", "Yes"], ["false", "No"]]
        : [["", spec.required ? "Choose…" : spec.defaultLabel ?? "Default"], ...spec.options];
      // a value of the wrong type (an imported "false" string) is shown as what it is,
      // never as the boolean it looks like
      const RAW = "\u0000raw";
      const wrongType = kind === "bool" && value !== undefined && value !== null && typeof value !== "boolean";
      const current = wrongType ? RAW : value === undefined || value === null ? "" : display(value);
      if (wrongType) options.push([RAW, `${JSON.stringify(value)} (${Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : `a ${typeof value}`}, not Yes or No)`]);
      else if (!options.some(([v]) => v === current)) options.push([current, `${current} (not a known value)`]);
      el = h("select", { attrs: { id } }, options.map(([v, label]) => h("option", { value: v, text: label, attrs: { selected: v === current } })));
      el.value = current;
      el.addEventListener("change", () => {
        const v = el.value;
        if (v === RAW) return;
        if (spec.onChange) return spec.onChange(v);
        if (v === "") deleteIn(this.model, path, spec.keep ?? 2);
        else setIn(this.model, path, kind === "bool" ? v === "true" : v);
        this.after(pointer, spec.structural);
      });
    } else {
      const multiline = kind === "textarea";
      el = h(multiline ? "textarea" : "input", {
        attrs: {
          id,
          type: multiline ? undefined : kind === "url" ? "url" : kind === "tel" ? "tel" : "text",
          inputmode: kind === "number" ? "decimal" : undefined,
          rows: multiline ? spec.rows ?? 3 : undefined,
          placeholder: spec.placeholder,
          spellcheck: kind === "url" || kind === "tel" || kind === "number" || kind === "datetime" ? "false" : undefined,
          autocomplete: "off",
          dir: "auto",
        },
      });
      el.value = display(value);
      el.addEventListener("input", () => {
        const raw = el.value;
        if (kind === "number") {
          const t = raw.trim();
          if (t === "") deleteIn(this.model, path, spec.keep ?? 2);
          else setIn(this.model, path, NUMBER.test(t) && Number.isFinite(Number(t)) ? Number(t) : raw);
        } else if (raw === "" && !spec.required) {
          deleteIn(this.model, path, spec.keep ?? 2);
        } else if (spec.phone) {
          // what the API takes goes into the model at once; the field shows it on leaving
          const c = cleanPhone(raw, spec.phone);
          setIn(this.model, path, c.value);
          phoneNote(c);
        } else {
          setIn(this.model, path, raw);
        }
        if (counter) updateCounter(counter, raw, spec.limit);
        if (picker) picker.sync(raw);
        this.after(pointer, false);
      });
      if (spec.phone) {
        el.addEventListener("change", () => {
          const c = cleanPhone(el.value, spec.phone);
          if (c.value !== el.value && c.changed) el.value = c.value;
        });
      }
    }
    el.dataset.pointer = pointer;
    el.dataset.key = pointer;
    el.setAttribute("aria-describedby", slot.id);
    // a phone number's note: what the form wrote for what was typed
    const note = spec.phone ? h("p", { class: "hint phone-note", attrs: { "aria-live": "polite" }, dataset: { phoneNote: pointer } }) : null;
    const phoneNote = (c) => {
      note.textContent = c.note ?? "";
      note.classList.toggle("warn", Boolean(c.national));
    };
    if (spec.phone && typeof value === "string") phoneNote(cleanPhone(value, spec.phone));
    // a date and time with its UTC offset, kept in the offset typed
    const picker = kind === "datetime" ? this.dateTimePicker(el, spec) : null;
    let counter = null;
    if (spec.limit && spec.limit.unit === "chars" && spec.limit.max < 1e6 && kind !== "select") {
      counter = h("span", { class: "counter", attrs: { "aria-live": "off" } }, h("span", { class: "counter-n" }, ""));
      updateCounter(counter, el.value, spec.limit);
    }
    const when = spec.requiredWhen;
    const label = h("label", { attrs: { for: id } }, this.scoped(), h("span", { text: spec.label }),
      spec.required ? null : [" ", h("span", { class: "optional", text: "optional" })],
      when ? [" ", h("span", { class: "required-now", text: "required" })] : null);
    const wrap = h("div", { class: ["field", spec.wide && "wide", `k-${kind}`], dataset: when ? { requiredIf: when.pointer, requiredEquals: when.equals } : {} },
      h("div", { class: "field-head" }, label, counter),
      el,
      picker?.el,
      note,
      spec.hint ? h("div", { class: "hint", text: spec.hint }) : null,
      slot);
    this.register(pointer, el, slot, { wrap, label: spec.label, where: this.where() });
    return wrap;
  }

  /** The requirement a cross-field rule puts on `field` of `object` (REQUIRED_WHEN,
   * generated from the rules' JSON Schema), for the item at `path`: {pointer, equals,
   * hint} for field(), or undefined. */
  requiredWhen(object, field, path) {
    const r = Object.hasOwn(REQUIRED_WHEN, object) && Object.hasOwn(REQUIRED_WHEN[object], field) ? REQUIRED_WHEN[object][field] : undefined;
    if (!r) return undefined;
    const set = Object.values(VALUE_LABELS).find((labels) => Object.hasOwn(labels, r.equals));
    return { pointer: toPointer([...path, r.field]), equals: r.equals, hint: `Required when ${label(object, r.field)} is ${set ? set[r.equals] : r.equals}.` };
  }

  /** The date-time picker under a datetime field: the date and time, and the UTC offset,
   * which stays the one typed (nothing is converted to UTC). */
  dateTimePicker(el, spec) {
    const name = `${this.where() ? `${this.where()}: ` : ""}${spec.label}`;
    const local = h("input", { attrs: { type: "datetime-local", step: "1", "aria-label": `${name}: date and time` } });
    const offset = h("select", { class: "dt-offset", attrs: { "aria-label": `${name}: UTC offset` } });
    const fill = (minutes) => {
      const list = OFFSETS.includes(minutes) ? OFFSETS : [...OFFSETS, minutes].sort((a, b) => a - b);
      offset.replaceChildren(...list.map((m) => h("option", { value: String(m), text: offsetLabel(m) })));
      offset.value = String(minutes);
    };
    let style = { colon: false, ms: "000" };
    const sync = (text) => {
      const t = parseApiTime(text);
      if (!t) {
        if (!offset.options.length) fill(-new Date().getTimezoneOffset());
        if (String(text).trim() === "") local.value = "";
        return;
      }
      style = { colon: t.colon, ms: t.ms };
      local.value = `${t.date}T${t.time}`;
      fill(t.offset);
    };
    const write = () => {
      if (!local.value) return;
      const [date, time] = local.value.split("T");
      el.value = formatApiTime(date, time.length === 5 ? `${time}:00` : time, style.ms, Number(offset.value), style.colon);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    };
    local.addEventListener("change", write);
    offset.addEventListener("change", write);
    sync(el.value);
    return { el: h("div", { class: "dt-picker" }, local, offset), sync };
  }

  after(pointer, structural) {
    if (structural) this.ctx.commit(true, pointer);
    else this.ctx.changed(pointer);
  }

  row(...fields) {
    return h("div", { class: "row" }, fields);
  }

  /** A checkbox that adds (`make()`) or removes the object at `path`; `render` draws its
   * fields while present. The group's pointer is registered on the checkbox. */
  group(path, { title, make, render, keep = 2, hint }) {
    const pointer = toPointer(path);
    const value = getIn(this.model, path);
    const on = value !== undefined;
    const id = nextId();
    const slot = this.slot(pointer);
    const box = h("input", { attrs: { type: "checkbox", id }, checked: on, dataset: { pointer, key: `${pointer}#toggle` } });
    box.addEventListener("change", () => {
      const stashKey = `group:${pointer}`;
      if (box.checked) {
        setIn(this.model, path, this.ctx.ui.stash.get(stashKey) ?? make());
      } else {
        this.ctx.ui.stash.set(stashKey, getIn(this.model, path));
        deleteIn(this.model, path, keep);
      }
      this.ctx.commit(true, `${pointer}#toggle`);
    });
    this.register(pointer, box, slot, { label: title, where: this.where() });
    const body = on ? h("div", { class: "group-body" }, render(path)) : null;
    return h("div", { class: ["group", on && "on"] },
      h("div", { class: "group-head" }, h("label", { class: "switch", attrs: { for: id } }, box, this.scoped(), h("span", { text: title })), hint ? h("span", { class: "hint", text: hint }) : null),
      slot,
      body);
  }

  /**
   * A list at `path`: items with move up/down and remove, an add control. spec: {title,
   * limit ({min, max}), min, itemTitle(i, item), render(itemPath, item, i), add: [{label,
   * icon, make}] (one button each), keep}.
   */
  list(path, spec) {
    const pointer = toPointer(path);
    const raw = getIn(this.model, path);
    const items = Array.isArray(raw) ? raw : [];
    const max = spec.limit?.max ?? Infinity;
    const min = spec.min ?? 0;
    const slot = this.slot(pointer);
    const count = h("span", { class: ["list-count", items.length > max && "over"], text: max < 1e6 ? `${items.length}/${max}` : String(items.length) });
    const head = h("div", { class: "list-head", attrs: { tabindex: "-1" }, dataset: { key: `${pointer}#head` } }, h("span", { class: "list-title", text: spec.title }), count);
    const body = h("ol", { class: "items" });
    if (raw !== undefined && !Array.isArray(raw)) body.append(h("li", { class: "empty", text: `This field holds ${typeof raw === "object" ? (raw === null ? "null" : "an object") : `a ${typeof raw}`}, not a list; adding an item replaces it.` }));
    items.forEach((item, i) => {
      const ip = [...path, i];
      const ipp = toPointer(ip);
      const islot = this.slot(ipp);
      const why = { up: "It is the first", down: "It is the last", remove: `${spec.title}: at least ${min}` };
      const btn = (name, label, disabled, act) =>
        h("button", { class: "icon-btn", attrs: { type: "button", title: disabled ? `${label}: ${why[name]}` : label, "aria-label": `${label} (${[...this.scope, spec.itemTitle(i, item)].join(", ")})` }, disabled, dataset: { key: `${ipp}#${name}`, action: name } , on: { click: act } }, icon(name === "remove" ? "remove" : name));
      const title = h("span", { class: "item-title", attrs: { tabindex: "-1" }, dataset: { key: `${ipp}#title` }, text: spec.itemTitle(i, item) });
      const li = h("li", { class: "item", dataset: { pointer: ipp } },
        h("div", { class: "item-head" }, title,
          h("span", { class: "item-tools" },
            btn("up", "Move up", i === 0, () => this.move(path, i, i - 1)),
            btn("down", "Move down", i === items.length - 1, () => this.move(path, i, i + 1)),
            btn("remove", "Remove", items.length <= min, () => this.remove(path, i, spec)))),
        islot,
        isObject(item) ? this.within(spec.itemTitle(i, item).split(" · ")[0], () => spec.render(ip, item, i)) : h("p", { class: "empty", text: `Not an object: ${display(item).slice(0, 200)}` }));
      this.register(ipp, title, islot, { label: spec.itemTitle(i, item).split(" · ")[0], where: this.where() });
      body.append(li);
    });
    const full = items.length >= max;
    const fullId = full ? nextId() : null;
    const adds = (spec.add ?? []).map((a) =>
      h("button", { class: "btn small add", attrs: { type: "button", title: full ? `${spec.title}: at most ${max}` : undefined, "aria-describedby": fullId ?? undefined, "aria-label": `${/^Add /.test(a.label) ? a.label : `Add ${a.label}`}${this.where() ? ` to ${this.where()}` : ""}${spec.title ? ` (${spec.title})` : ""}` }, disabled: items.length >= max, dataset: { key: `${pointer}#add-${a.key ?? a.label}`, action: "add", list: pointer, addKind: a.key ?? a.label }, on: { click: () => this.add(path, a.make(items.length)) } },
        icon(a.icon ?? "plus"), h("span", { text: a.label })));
    // a full list says why its add buttons are disabled (the limit from limits())
    const fullNote = full && adds.length ? h("span", { class: "hint full-note", attrs: { id: fullId }, dataset: { fullFor: pointer }, text: `${spec.title}: at most ${grouped(max)}; remove one to add another.` }) : null;
    const wrap = h("div", { class: "list", dataset: { list: pointer } }, head, slot, body, adds.length ? h("div", { class: "adds" }, adds, fullNote) : null);
    this.register(pointer, head, slot, { label: spec.title, where: this.where() });
    return wrap;
  }

  /** Draws `draw()` with `name` ("Card 2") added to the names of the controls it makes. */
  within(name, draw) {
    this.scope.push(name);
    try {
      return draw();
    } finally {
      this.scope.pop();
    }
  }

  add(path, item) {
    const raw = getIn(this.model, path);
    if (Array.isArray(raw)) raw.push(item);
    else setIn(this.model, path, [item]);
    const i = getIn(this.model, path).length - 1;
    this.ctx.commit(true, `${toPointer([...path, i])}#remove`);
  }

  move(path, from, to) {
    const a = getIn(this.model, path);
    const [x] = a.splice(from, 1);
    a.splice(to, 0, x);
    const dir = to < from ? "up" : "down";
    let key = `${toPointer([...path, to])}#${dir}`;
    if ((dir === "up" && to === 0) || (dir === "down" && to === a.length - 1)) key = `${toPointer([...path, to])}#${dir === "up" ? "down" : "up"}`;
    this.ctx.commit(true, key);
  }

  remove(path, i, spec) {
    const a = getIn(this.model, path);
    a.splice(i, 1);
    if (a.length === 0 && !spec.required) deleteIn(this.model, path, spec.keep ?? 2);
    const n = a.length;
    // the focus goes to the item now in its place, or the one before; with none left, to
    // the list's head (which says "0/11")
    const next = toPointer([...path, Math.min(i, n - 1)]);
    const key = n === 0 ? `${toPointer(path)}#head` : n <= (spec.min ?? 0) ? `${next}#title` : `${next}#remove`;
    this.ctx.commit(true, key);
  }
}

/** 1234567 → "1,234,567" (as toLocaleString("en-US"), which costs a tenth of a ms a call:
 * the counter beside the field typed in is drawn on every key). */
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** "26/25"; when the UTF-16 code units differ from the characters (an emoji is one
 * character, two units), both: "3,072/3,072 characters · 6,144 UTF-16 units". rcs-kit's
 * limits count characters; over the limit in units is its length.utf16 warning. */
function updateCounter(el, value, limit) {
  const s = String(value);
  const n = charCount(s);
  const units = s.length;
  const max = limit.max;
  const text = units === n ? `${grouped(n)}/${grouped(max)}` : `${grouped(n)}/${grouped(max)} characters · ${grouped(units)} UTF-16 units`;
  // The text sits in a box of its own size (style.css, .counter-n): a key changes the
  // box's text node and lays out the box alone, not the form around it; the box is resized
  // only when the text's length changes.
  const box = el.firstElementChild;
  setText(box, text);
  if (box.dataset.len !== String(text.length)) {
    box.dataset.len = String(text.length);
    box.style.width = `${text.length}ch`;
  }
  el.title = units === n ? "" : "Characters as rcs-kit counts them (Unicode code points), and UTF-16 code units, which Java (and so perhaps the API) counts";
  el.classList.toggle("over", n > max);
  el.classList.toggle("near", n <= max && (n > max * 0.9 || units > max));
  el.classList.toggle("units-over", n <= max && units > max);
}

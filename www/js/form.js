// The form: one input per payload field, bound to the payload model by its path. Each
// input (and each group and list) is registered under its JSON pointer, so an issue that
// `validate()` reports at a pointer lands next to the input that edits it.
//
// Rendering only reads the model; edits write the value at the input's path (an emptied
// optional field is removed, with the objects it leaves empty). Whatever the form does not
// edit — unknown fields, regional failover options, ... — stays in the model untouched.

import { h, icon, charCount, SUGGESTION_ICONS } from "./dom.js";
import { toPointer, getIn, setIn, deleteIn } from "./pointer.js";
import * as D from "./defaults.js";
import { FIELD_LABELS, VALUE_LABELS, LIMITS, ContentType, SuggestionType, MmsSegmentType, Height, ValidityTimeUnit, SpeedLimitTimeUnit } from "/pkg/src/generated/data.js";

/** The label of field `field` of schema object (or union) `object`, from src/labels.rs.
 * A field without one throws, so that the page's tests catch it. */
function label(object, field) {
  const l = Object.hasOwn(FIELD_LABELS, object) && Object.hasOwn(FIELD_LABELS[object], field) ? FIELD_LABELS[object][field] : undefined;
  if (l === undefined) throw new Error(`no label for ${object}.${field}: add it to src/labels.rs`);
  return l;
}

/** The choices of enumeration (or union) `set` as [value, label], in the composer's order. */
const choices = (set) => Object.entries(VALUE_LABELS[set]);

let uid = 0;
const nextId = () => `f${++uid}`;
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** How a model value shows in a text input. */
function display(v) {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Renders the form for message `ctx.active` and the request options into `root`.
 * ctx: {model, active, limits, registry: Map, ui: {open: Set, stash: Map},
 *       commit(structural: boolean, focusKey?: string), changed(pointer)}.
 */
export function renderForm(root, ctx) {
  ctx.registry.clear();
  const f = new Form(ctx);
  const messages = ctx.model.messages;
  const out = [];
  out.push(f.messageTabs());
  if (!Array.isArray(messages) || messages.length === 0 || !isObject(messages[ctx.active])) {
    out.push(
      h("section", { class: "card" },
        h("p", { class: "empty", text: "This payload has no message the form can edit." }),
        h("button", { class: "btn", text: "Add a message", attrs: { type: "button" }, on: { click: () => f.addMessage() } })),
    );
  } else {
    const m = ["messages", ctx.active];
    out.push(f.section("message", "Sender and recipients", f.messageHead(m), true, toPointer(m)));
    out.push(f.section("content", label("Message", "content"), f.content([...m, "content"]), true, toPointer([...m, "content"])));
    out.push(f.section("delivery", label("Message", "options"), f.messageOptions([...m, "options"]), false, toPointer([...m, "options"])));
    out.push(f.section("webhooks", label("Message", "webhooks"), f.webhooks([...m, "webhooks"]), false, toPointer([...m, "webhooks"])));
  }
  out.push(f.section("request", label("SendRequest", "options"), f.requestOptions(["options"]), false, "/options"));
  root.replaceChildren(...out);
}

class Form {
  constructor(ctx) {
    this.ctx = ctx;
    this.L = ctx.limits;
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
    const summary = h("summary", {}, h("span", { class: "section-title", text: title }), h("span", { class: "section-count", dataset: { countFor: key } }));
    const d = h("details", { class: "card section", attrs: { open }, dataset: { section: key } }, summary);
    const slot = pointer !== undefined ? this.slot(pointer) : null;
    if (slot) {
      d.append(slot);
      this.register(pointer, summary, slot);
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
    return d;
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
      const current = value === undefined || value === null ? "" : display(value);
      if (!options.some(([v]) => v === current)) options.push([current, `${current} (not a known value)`]);
      el = h("select", { attrs: { id } }, options.map(([v, label]) => h("option", { value: v, text: label, attrs: { selected: v === current } })));
      el.value = current;
      el.addEventListener("change", () => {
        const v = el.value;
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
        } else {
          setIn(this.model, path, raw);
        }
        if (counter) updateCounter(counter, raw, spec.limit);
        this.after(pointer, false);
      });
    }
    el.dataset.pointer = pointer;
    el.dataset.key = pointer;
    el.setAttribute("aria-describedby", slot.id);
    let counter = null;
    if (spec.limit && spec.limit.unit === "chars" && spec.limit.max < 1e6 && kind !== "select") {
      counter = h("span", { class: "counter", attrs: { "aria-live": "off" } });
      updateCounter(counter, el.value, spec.limit);
    }
    const label = h("label", { attrs: { for: id } }, h("span", { text: spec.label }), spec.required ? null : h("span", { class: "optional", text: "optional" }));
    const wrap = h("div", { class: ["field", spec.wide && "wide", `k-${kind}`] },
      h("div", { class: "field-head" }, label, counter),
      el,
      spec.hint ? h("div", { class: "hint", text: spec.hint }) : null,
      slot);
    this.register(pointer, el, slot, { wrap });
    return wrap;
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
    this.register(pointer, box, slot);
    const body = on ? h("div", { class: "group-body" }, render(path)) : null;
    return h("div", { class: ["group", on && "on"] },
      h("div", { class: "group-head" }, h("label", { class: "switch", attrs: { for: id } }, box, h("span", { text: title })), hint ? h("span", { class: "hint", text: hint }) : null),
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
    const head = h("div", { class: "list-head", attrs: { tabindex: "-1" } }, h("span", { class: "list-title", text: spec.title }), count);
    const body = h("ol", { class: "items" });
    if (raw !== undefined && !Array.isArray(raw)) body.append(h("li", { class: "empty", text: `This field holds ${typeof raw === "object" ? (raw === null ? "null" : "an object") : `a ${typeof raw}`}, not a list; adding an item replaces it.` }));
    items.forEach((item, i) => {
      const ip = [...path, i];
      const ipp = toPointer(ip);
      const islot = this.slot(ipp);
      const btn = (name, label, disabled, act) =>
        h("button", { class: "icon-btn", attrs: { type: "button", title: label, "aria-label": `${label} (${spec.itemTitle(i, item)})` }, disabled, dataset: { key: `${ipp}#${name}`, action: name } , on: { click: act } }, icon(name === "remove" ? "remove" : name));
      const title = h("span", { class: "item-title", attrs: { tabindex: "-1" }, text: spec.itemTitle(i, item) });
      const li = h("li", { class: "item", dataset: { pointer: ipp } },
        h("div", { class: "item-head" }, title,
          h("span", { class: "item-tools" },
            btn("up", "Move up", i === 0, () => this.move(path, i, i - 1)),
            btn("down", "Move down", i === items.length - 1, () => this.move(path, i, i + 1)),
            btn("remove", "Remove", items.length <= min, () => this.remove(path, i, spec)))),
        islot,
        isObject(item) ? spec.render(ip, item, i) : h("p", { class: "empty", text: `Not an object: ${display(item).slice(0, 200)}` }));
      this.register(ipp, title, islot);
      body.append(li);
    });
    const adds = (spec.add ?? []).map((a) =>
      h("button", { class: "btn small add", attrs: { type: "button" }, disabled: items.length >= max, dataset: { key: `${pointer}#add-${a.key ?? a.label}`, action: "add", list: pointer, addKind: a.key ?? a.label }, on: { click: () => this.add(path, a.make(items.length)) } },
        icon(a.icon ?? "plus"), h("span", { text: a.label })));
    const wrap = h("div", { class: "list", dataset: { list: pointer } }, head, slot, body, adds.length ? h("div", { class: "adds" }, adds) : null);
    this.register(pointer, head, slot);
    return wrap;
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
    const key = n === 0 ? null : `${toPointer([...path, Math.min(i, n - 1)])}#remove`;
    this.ctx.commit(true, key);
  }

  // ---- messages ---------------------------------------------------------------------

  messageTabs() {
    const messages = Array.isArray(this.model.messages) ? this.model.messages : [];
    const tabs = messages.map((m, i) => {
      const active = i === this.ctx.active;
      const badge = h("span", { class: "tab-badge", dataset: { tabBadge: String(i) } });
      return h("span", { class: ["tab", active && "active"] },
        h("button", { class: "tab-main", attrs: { type: "button", "aria-pressed": active ? "true" : "false" }, dataset: { key: `tab-${i}` }, on: { click: () => this.ctx.setActive(i) } },
          h("span", { text: `Message ${i + 1}` }), badge),
        messages.length > 1
          ? h("button", { class: "tab-close", attrs: { type: "button", title: `Remove message ${i + 1}`, "aria-label": `Remove message ${i + 1}` }, on: { click: () => this.removeMessage(i) } }, icon("remove"))
          : null);
    });
    return h("nav", { class: "tabs", attrs: { "aria-label": "Messages of this request" } }, tabs,
      h("button", { class: "tab add-tab", attrs: { type: "button", title: "Add a message to this request" }, on: { click: () => this.addMessage() } }, icon("plus"), h("span", { text: "Message" })));
  }

  addMessage() {
    if (!Array.isArray(this.model.messages)) this.model.messages = [];
    const cur = this.model.messages[this.ctx.active];
    const m = {
      sender: typeof cur?.sender === "string" ? cur.sender : "DemoSender",
      destinations: Array.isArray(cur?.destinations) ? structuredClone(cur.destinations) : [{ to: "441134960001" }],
      content: { type: ContentType.TEXT, text: "A follow-up message." },
    };
    this.model.messages.push(m);
    this.ctx.setActive(this.model.messages.length - 1);
  }

  removeMessage(i) {
    this.model.messages.splice(i, 1);
    this.ctx.setActive(Math.min(this.ctx.active, this.model.messages.length - 1));
  }

  messageHead(m) {
    const L = this.L;
    return [
      this.field([...m, "sender"], { label: label("Message", "sender"), required: true, placeholder: "DemoSender" }),
      this.list([...m, "destinations"], {
        title: label("Message", "destinations"),
        min: 1,
        required: true,
        itemTitle: (i, d) => `Recipient ${i + 1}`,
        render: (p) => this.row(
          this.field([...p, "to"], { label: label("Destination", "to"), kind: "tel", required: true, placeholder: "441134960001" }),
          this.field([...p, "messageId"], { label: label("Destination", "messageId"), limit: L.destination.message_id, keep: 4 }),
        ),
        add: [{ label: "Add recipient", icon: "plus", make: () => ({ to: "" }) }],
      }),
    ];
  }

  // ---- content ----------------------------------------------------------------------

  content(path) {
    const c = getIn(this.model, path);
    const type = isObject(c) ? c.type : undefined;
    const pointer = toPointer([...path, "type"]);
    const slot = this.slot(pointer);
    const name = `ctype-${nextId()}`;
    const types = [...D.CONTENT_TYPES];
    if (type !== undefined && !types.includes(type)) types.push(type);
    let first = null;
    const radios = types.map((t) => {
      const id = nextId();
      const input = h("input", { attrs: { type: "radio", name, id, value: String(t) }, checked: t === type, dataset: { pointer, key: `${pointer}=${t}` } });
      input.addEventListener("change", () => {
        if (input.checked) this.switchContent(path, t);
      });
      if (t === type || (!first && type === undefined)) first = input;
      return h("label", { class: "seg", attrs: { for: id } }, input, h("span", { text: D.CONTENT_LABELS[t] ?? `${display(t)} (unknown)` }));
    });
    const picker = h("div", { class: "field wide" },
      h("div", { class: "field-head" }, h("span", { class: "label-text", text: label("Content", "type") })),
      h("div", { class: "segmented", attrs: { role: "radiogroup", "aria-label": "Content format" } }, radios),
      slot);
    this.register(pointer, first, slot);
    const out = [this.billing(), picker];
    if (!isObject(c)) return out;
    switch (type) {
      case ContentType.TEXT:
        out.push(this.field([...path, "text"], { label: label("TextContent", "text"), kind: "textarea", required: true, limit: this.L.text.text, rows: 4, wide: true }));
        out.push(this.suggestions([...path, "suggestions"], this.L.content.suggestions, label("TextContent", "suggestions")));
        break;
      case ContentType.FILE:
        out.push(this.field([...path, "file", "url"], { label: label("FileContent", "file"), kind: "url", required: true, limit: this.L.url, placeholder: "https://example.com/files/catalogue.pdf", hint: "Image, GIF, video, audio or PDF; up to 100 MB.", wide: true }));
        out.push(this.field([...path, "thumbnail", "url"], { label: label("FileContent", "thumbnail"), kind: "url", limit: this.L.url, hint: "Used for video files only.", wide: true }));
        out.push(this.suggestions([...path, "suggestions"], this.L.content.suggestions, label("FileContent", "suggestions")));
        break;
      case ContentType.CARD:
        out.push(this.row(
          this.field([...path, "orientation"], { label: label("CardMessage", "orientation"), kind: "select", required: true, options: choices("Orientation") }),
          this.field([...path, "alignment"], { label: label("CardMessage", "alignment"), kind: "select", required: true, options: choices("Alignment"), hint: "Used by horizontal cards; required for both." }),
        ));
        out.push(this.cardEditor([...path, "content"]));
        out.push(this.suggestions([...path, "suggestions"], this.L.content.suggestions, label("CardMessage", "suggestions")));
        break;
      case ContentType.CAROUSEL:
        out.push(this.field([...path, "cardWidth"], { label: label("CarouselContent", "cardWidth"), kind: "select", required: true, options: choices("CardWidth") }));
        out.push(this.list([...path, "contents"], {
          title: label("CarouselContent", "contents"),
          limit: this.L.carousel.contents,
          min: this.L.carousel.contents.min,
          required: true,
          itemTitle: (i, card) => `Card ${i + 1}${typeof card?.title === "string" && card.title ? ` · ${card.title.slice(0, 40)}` : ""}`,
          render: (p) => this.cardEditor(p, true),
          add: [{ label: "Add card", icon: "plus", make: (n) => D.newCard(n) }],
        }));
        out.push(this.suggestions([...path, "suggestions"], this.L.content.suggestions, label("CarouselContent", "suggestions")));
        break;
      case ContentType.PROVIDER_TEMPLATE:
        out.push(this.field([...path, "templateId"], { label: label("ProviderTemplateContent", "templateId"), required: true, placeholder: "order_shipped", hint: "As registered with the provider (India, Indonesia)." }));
        out.push(this.list([...path, "parameters"], {
          title: label("ProviderTemplateContent", "parameters"),
          itemTitle: (i) => `Parameter ${i + 1}`,
          render: (p) => this.row(
            this.field([...p, "name"], { label: label("TemplateParameter", "name"), required: true }),
            this.field([...p, "value"], { label: label("TemplateParameter", "value"), required: true }),
          ),
          add: [{ label: "Add parameter", icon: "plus", make: () => ({ name: "", value: "" }) }],
        }));
        break;
      default:
        break;
    }
    return out;
  }

  /** The billing badge of this message (filled in by the page after every edit, from
   * `predictBilling()`) and the market it is predicted for. */
  billing() {
    const id = nextId();
    const ui = this.ctx.ui;
    const market = h("select", { class: "billing-market", attrs: { id }, dataset: { key: "billing-market" } },
      [["auto", "Auto"], ["global", "Global"], ["us", "US"]].map(([v, t]) => h("option", { value: v, text: t })));
    market.value = ui.market ?? "auto";
    market.addEventListener("change", () => {
      ui.market = market.value;
      this.ctx.billingChanged();
    });
    return h("div", { class: "billing" },
      h("span", { class: "label-text", text: "Billed as" }),
      h("span", { class: "billing-badge", attrs: { "aria-live": "off" }, dataset: { billing: String(this.ctx.active) } }),
      h("label", { class: "billing-market-label", attrs: { for: id, title: "Auto: US when every destination is a North American number (+1)" } },
        h("span", { text: "Market" }), market));
  }

  switchContent(path, type) {
    const current = getIn(this.model, path);
    const stash = this.ctx.ui.stash;
    const key = (t) => `content:${this.ctx.active}:${t}`;
    if (isObject(current) && current.type !== undefined) stash.set(key(current.type), structuredClone(current));
    let next;
    const saved = stash.get(key(type));
    if (saved) {
      next = structuredClone(saved);
      if (isObject(current) && current.type !== ContentType.PROVIDER_TEMPLATE && type !== ContentType.PROVIDER_TEMPLATE) {
        if (Array.isArray(current.suggestions) && current.suggestions.length) next.suggestions = structuredClone(current.suggestions);
        else delete next.suggestions;
      }
    } else {
      next = D.newContent(type, isObject(current) ? structuredClone(current) : undefined);
    }
    setIn(this.model, path, next);
    this.ctx.commit(true, `${toPointer([...path, "type"])}=${type}`);
  }

  cardEditor(path, inCarousel = false) {
    const L = this.L;
    const depth = path.length;
    return h("div", { class: "card-editor" },
      this.field([...path, "title"], { label: label("CardContent", "title"), limit: L.card.title, wide: true, keep: depth }),
      this.field([...path, "description"], { label: label("CardContent", "description"), kind: "textarea", limit: L.card.description, rows: 2, wide: true, keep: depth }),
      this.group([...path, "media"], {
        title: label("CardContent", "media"),
        keep: depth,
        make: () => ({ file: { url: "" }, height: Height.MEDIUM }),
        render: (mp) => [
          this.field([...mp, "file", "url"], { label: label("CardMedia", "file"), kind: "url", required: true, limit: L.url, placeholder: "https://example.com/img/product.jpg", wide: true }),
          this.row(
            this.field([...mp, "height"], { label: label("CardMedia", "height"), kind: "select", required: true, options: choices("Height").map(([v, t]) => [v, inCarousel && v === Height.TALL ? `${t} (not in carousels)` : t]) }),
            this.field([...mp, "thumbnail", "url"], { label: label("CardMedia", "thumbnail"), kind: "url", limit: L.url, hint: "Video media only.", keep: mp.length }),
          ),
        ],
      }),
      this.suggestions([...path, "suggestions"], L.card.suggestions, label("CardContent", "suggestions"), depth),
    );
  }

  // ---- suggestions --------------------------------------------------------------------

  suggestions(path, limit, title, keep) {
    return this.list(path, {
      title,
      limit,
      keep: keep ?? path.length - 1,
      itemTitle: (i, s) => `${D.SUGGESTION_LABELS[s?.type] ?? "Suggestion"} ${i + 1}`,
      render: (p, s) => this.suggestion(p, s),
      add: D.SUGGESTION_TYPES.map((t) => ({ key: t, label: D.SUGGESTION_LABELS[t], icon: SUGGESTION_ICONS[t], make: () => D.newSuggestion(t) })),
    });
  }

  suggestion(path, s) {
    const L = this.L;
    const typePointer = toPointer([...path, "type"]);
    const typeSelect = this.field([...path, "type"], {
      label: label("Suggestion", "type"),
      kind: "select",
      required: true,
      options: D.SUGGESTION_TYPES.map((t) => [t, D.SUGGESTION_LABELS[t]]),
      // switching the type rewrites the suggestion (its type-specific fields change)
      onChange: (v) => {
        const cur = getIn(this.model, path);
        if (v === "") return;
        setIn(this.model, path, D.SUGGESTION_TYPES.includes(v) ? D.switchSuggestion(cur, v) : { ...cur, type: v });
        this.ctx.commit(true, typePointer);
      },
    });
    const out = [
      this.row(typeSelect,
        this.field([...path, "text"], { label: label("Suggestion", "text"), required: true, limit: L.suggestion.text })),
      this.field([...path, "postbackData"], { label: label("Suggestion", "postbackData"), required: true, limit: L.suggestion.postback_data, hint: "Sent back to you when the user taps it.", wide: true }),
    ];
    const k = path.length;
    switch (s.type) {
      case SuggestionType.OPEN_URL:
        out.push(this.field([...path, "url"], { label: label("OpenUrlSuggestion", "url"), kind: "url", required: true, limit: L.url, placeholder: "https://example.com", wide: true }));
        out.push(this.row(
          this.field([...path, "application"], { label: label("OpenUrlSuggestion", "application"), kind: "select", options: choices("OpenUrlApplication"), defaultLabel: "Default (browser)", keep: k }),
          this.field([...path, "webviewViewMode"], { label: label("OpenUrlSuggestion", "webviewViewMode"), kind: "select", options: choices("WebviewViewMode"), defaultLabel: "None", keep: k, hint: "Required for a webview." }),
        ));
        break;
      case SuggestionType.DIAL_PHONE:
        out.push(this.field([...path, "phoneNumber"], { label: label("DialPhoneSuggestion", "phoneNumber"), kind: "tel", required: true, placeholder: "+441134960000" }));
        break;
      case SuggestionType.SHOW_LOCATION:
        out.push(this.row(
          this.field([...path, "latitude"], { label: label("ShowLocationSuggestion", "latitude"), kind: "number", required: true, placeholder: "51.5072" }),
          this.field([...path, "longitude"], { label: label("ShowLocationSuggestion", "longitude"), kind: "number", required: true, placeholder: "-0.1276" }),
        ));
        out.push(this.field([...path, "label"], { label: label("ShowLocationSuggestion", "label"), limit: L.suggestion.label, keep: k, wide: true }));
        break;
      case SuggestionType.CREATE_CALENDAR_EVENT:
        out.push(this.row(
          this.field([...path, "startTime"], { label: label("CreateCalendarEventSuggestion", "startTime"), kind: "datetime", required: true, placeholder: "2030-03-03T15:00:00.000+01:00" }),
          this.field([...path, "endTime"], { label: label("CreateCalendarEventSuggestion", "endTime"), kind: "datetime", required: true, placeholder: "2030-03-03T16:00:00.000+01:00" }),
        ));
        out.push(this.field([...path, "title"], { label: label("CreateCalendarEventSuggestion", "title"), required: true, limit: L.suggestion.title, wide: true }));
        out.push(this.field([...path, "description"], { label: label("CreateCalendarEventSuggestion", "description"), kind: "textarea", rows: 2, limit: L.suggestion.description, keep: k, wide: true }));
        break;
      default:
        break;
    }
    return out;
  }

  // ---- options ------------------------------------------------------------------------

  validity(path, keep, owner) {
    return this.group(path, {
      title: label(owner, "validityPeriod"),
      keep,
      hint: `Over ${LIMITS.validity_period.duration.max / 3600} hours is cut to ${LIMITS.validity_period.duration.max / 3600} hours.`,
      make: () => ({ amount: 15, timeUnit: ValidityTimeUnit.MINUTES }),
      render: (p) => this.row(
        this.field([...p, "amount"], { label: label("ValidityPeriod", "amount"), kind: "number", required: true }),
        this.field([...p, "timeUnit"], { label: label("ValidityPeriod", "timeUnit"), kind: "select", options: choices("ValidityTimeUnit"), defaultLabel: "Default (minutes)", keep: p.length }),
      ),
    });
  }

  messageOptions(path) {
    const L = this.L;
    const opts = getIn(this.model, path);
    const hasSms = isObject(opts) && opts.smsFailover !== undefined;
    const hasMms = isObject(opts) && opts.mmsFailover !== undefined;
    const failover = hasSms && hasMms ? "BOTH" : hasSms ? "SMS" : hasMms ? "MMS" : "";
    const fid = nextId();
    const fsel = h("select", { attrs: { id: fid }, dataset: { key: "failover" } },
      [["", "None"], ["SMS", "SMS"], ["MMS", "MMS"]].map(([v, t]) => h("option", { value: v, text: t })),
      failover === "BOTH" ? h("option", { value: "BOTH", text: "SMS and MMS (choose one)" }) : null);
    fsel.value = failover;
    fsel.addEventListener("change", () => {
      const stash = this.ctx.ui.stash;
      const sk = (t) => `failover:${this.ctx.active}:${t}`;
      for (const [t, f] of [["SMS", "smsFailover"], ["MMS", "mmsFailover"]]) {
        const cur = getIn(this.model, [...path, f]);
        if (cur !== undefined && fsel.value !== t) {
          stash.set(sk(t), cur);
          deleteIn(this.model, [...path, f], 2);
        }
      }
      if (fsel.value === "SMS" && getIn(this.model, [...path, "smsFailover"]) === undefined) {
        setIn(this.model, [...path, "smsFailover"], stash.get(sk("SMS")) ?? { sender: "InfoSMS", text: "Your order #1042 has shipped: https://example.com/t/1042" });
      }
      if (fsel.value === "MMS" && getIn(this.model, [...path, "mmsFailover"]) === undefined) {
        setIn(this.model, [...path, "mmsFailover"], stash.get(sk("MMS")) ?? { sender: "InfoMMS", content: { title: "Order shipped", messageSegments: [{ type: MmsSegmentType.TEXT, text: "Your order #1042 has shipped." }] } });
      }
      this.ctx.commit(true, "failover");
    });
    const fslot = this.slot(toPointer([...path, "failover"]));
    if (hasMms) this.register(toPointer([...path, "mmsFailover"]), fsel, fslot);
    if (hasSms) this.register(toPointer([...path, "smsFailover"]), fsel, fslot);
    const fo = [];
    if (hasSms) {
      const p = [...path, "smsFailover"];
      fo.push(h("div", { class: "subgroup" },
        h("h4", { text: label("MessageOptions", "smsFailover") }),
        this.field([...p, "sender"], { label: label("SmsFailover", "sender"), keep: 4 }),
        this.smsText([...p, "text"]),
        this.validity([...p, "validityPeriod"], 4, "SmsFailover")));
    }
    if (hasMms) {
      const p = [...path, "mmsFailover"];
      fo.push(h("div", { class: "subgroup" },
        h("h4", { text: label("MessageOptions", "mmsFailover") }),
        this.row(
          this.field([...p, "sender"], { label: label("MmsFailover", "sender"), required: true }),
          this.field([...p, "content", "title"], { label: label("MmsContent", "title"), keep: 5 })),
        this.list([...p, "content", "messageSegments"], {
          title: label("MmsContent", "messageSegments"),
          min: 0,
          required: true,
          keep: 5,
          itemTitle: (i, s) => `Part ${i + 1} · ${display(s?.type)}`,
          render: (sp, s) => this.mmsSegment(sp, s),
          add: D.MMS_SEGMENT_TYPES.map((t) => ({ key: t, label: VALUE_LABELS.MmsSegment[t], icon: "plus", make: () => D.newMmsSegment(t) })),
        }),
        this.validity([...p, "validityPeriod"], 4, "MmsFailover")));
    }
    const failoverField = h("div", { class: "field" },
      h("div", { class: "field-head" }, h("label", { attrs: { for: fid } }, h("span", { text: "Failover when RCS is not available" }))),
      fsel, fslot);
    return [
      failoverField,
      fo,
      this.validity([...path, "validityPeriod"], 3, "MessageOptions"),
      this.deliveryWindow([...path, "deliveryTimeWindow"], 3),
      this.row(
        this.field([...path, "campaignReferenceId"], { label: label("MessageOptions", "campaignReferenceId") }),
        this.field([...path, "platform", "entityId"], { label: label("Platform", "entityId"), limit: L.platform.id }),
      ),
      this.field([...path, "platform", "applicationId"], { label: label("Platform", "applicationId"), limit: L.platform.id }),
    ];
  }

  /** The SMS failover text, with its SMS parts (filled in by the page from `smsParts()`)
   * and a button that puts in the text derived from the message (`failoverText()`). */
  smsText(path) {
    const pointer = toPointer(path);
    const wrap = this.field(path, { label: label("SmsFailover", "text"), kind: "textarea", required: true, limit: this.L.sms_failover.text, rows: 2, wide: true });
    wrap.querySelector(".field-head").append(h("span", { class: "counter sms-parts", attrs: { "aria-live": "off" }, dataset: { smsParts: pointer } }));
    const derive = h("button", {
      class: "link-btn with-icon derive",
      attrs: { type: "button" },
      dataset: { key: `${pointer}#derive`, deriveFailover: pointer },
      on: { click: () => {
        const text = this.ctx.derivedFailover();
        if (typeof text !== "string" || text === "") return;
        setIn(this.model, path, text);
        this.ctx.commit(true, pointer);
      } },
    }, icon("sms"), h("span", { text: "Use text derived from the message" }));
    wrap.querySelector("textarea").after(h("div", { class: "field-tools" }, derive));
    return wrap;
  }

  mmsSegment(path, s) {
    const k = path.length;
    switch (s.type) {
      case MmsSegmentType.TEXT:
        return this.field([...path, "text"], { label: label("MmsTextSegment", "text"), kind: "textarea", required: true, rows: 2, wide: true });
      case MmsSegmentType.LINK:
        return this.row(
          this.field([...path, "contentUrl"], { label: label("MmsLinkSegment", "contentUrl"), kind: "url", required: true, limit: this.L.url }),
          this.field([...path, "contentType"], { label: label("MmsLinkSegment", "contentType"), keep: k, placeholder: "image/jpeg" }));
      case MmsSegmentType.SMIL:
        return [
          this.field([...path, "contentType"], { label: label("MmsSmilSegment", "contentType"), required: true }),
          this.field([...path, "smil"], { label: label("MmsSmilSegment", "smil"), kind: "textarea", required: true, rows: 3, wide: true })];
      case MmsSegmentType.UPLOADED_REFERENCE:
        return this.field([...path, "uploadedContentId"], { label: label("MmsUploadedReferenceSegment", "uploadedContentId"), required: true });
      default:
        return h("p", { class: "empty", text: "Unknown MMS part type." });
    }
  }

  deliveryWindow(path, keep) {
    return this.group(path, {
      title: label("MessageOptions", "deliveryTimeWindow"),
      keep,
      make: () => ({ days: D.DAYS.slice(0, 5), from: { hour: 9, minute: 0 }, to: { hour: 17, minute: 0 } }),
      render: (p) => {
        const daysPath = [...p, "days"];
        const dp = toPointer(daysPath);
        const current = getIn(this.model, daysPath);
        const list = Array.isArray(current) ? current : [];
        const slot = this.slot(dp);
        const boxes = D.DAYS.map((d) => {
          const id = nextId();
          const box = h("input", { attrs: { type: "checkbox", id, value: d }, checked: list.includes(d), dataset: { key: `${dp}=${d}` } });
          box.addEventListener("change", () => {
            const cur = getIn(this.model, daysPath);
            const others = Array.isArray(cur) ? cur.filter((x) => !D.DAYS.includes(x)) : [];
            const checked = [...boxes.map((b) => b.querySelector("input"))].filter((b) => b.checked).map((b) => b.value);
            setIn(this.model, daysPath, [...checked, ...others]);
            this.ctx.changed(dp);
          });
          return h("label", { class: "day", attrs: { for: id } }, box, h("span", { text: d.slice(0, 3) }));
        });
        const daysField = h("div", { class: "field wide" }, h("div", { class: "field-head" }, h("span", { class: "label-text", text: label("DeliveryTimeWindow", "days") })), h("div", { class: "days" }, boxes), slot);
        this.register(dp, boxes[0].querySelector("input"), slot);
        const time = (which) => this.row(
          this.field([...p, which, "hour"], { label: `${label("DeliveryTimeWindow", which)} ${label("DeliveryTime", "hour")}`, kind: "number", required: true }),
          this.field([...p, which, "minute"], { label: label("DeliveryTime", "minute"), kind: "number", required: true }));
        const hours = getIn(this.model, [...p, "from"]) !== undefined || getIn(this.model, [...p, "to"]) !== undefined;
        const hid = nextId();
        const hbox = h("input", { attrs: { type: "checkbox", id: hid }, checked: hours, dataset: { key: `${toPointer(p)}#hours` } });
        hbox.addEventListener("change", () => {
          if (hbox.checked) {
            setIn(this.model, [...p, "from"], { hour: 9, minute: 0 });
            setIn(this.model, [...p, "to"], { hour: 17, minute: 0 });
          } else {
            deleteIn(this.model, [...p, "from"], p.length);
            deleteIn(this.model, [...p, "to"], p.length);
          }
          this.ctx.commit(true, `${toPointer(p)}#hours`);
        });
        return [
          daysField,
          h("label", { class: "switch small", attrs: { for: hid } }, hbox, h("span", { text: "Only between certain hours" })),
          hours ? h("div", { class: "row" }, time("from"), time("to")) : null,
        ];
      },
    });
  }

  webhooks(path) {
    const L = this.L;
    return [
      this.field([...path, "delivery", "url"], { label: label("DeliveryWebhook", "url"), kind: "url", limit: L.url, placeholder: "https://example.com/rcs/reports", wide: true }),
      this.row(
        this.field([...path, "delivery", "notify"], { label: label("DeliveryWebhook", "notify"), kind: "bool" }),
        this.field([...path, "delivery", "intermediateReport"], { label: label("DeliveryWebhook", "intermediateReport"), kind: "bool" }),
        this.field([...path, "delivery", "receiveTriggeredFailoverReports"], { label: label("DeliveryWebhook", "receiveTriggeredFailoverReports"), kind: "bool" }),
      ),
      this.field([...path, "seen", "url"], { label: label("SeenWebhook", "url"), kind: "url", limit: L.url, placeholder: "https://example.com/rcs/seen", wide: true }),
      this.field([...path, "contentType"], { label: label("Webhooks", "contentType"), kind: "select", options: choices("WebhookContentType") }),
      this.field([...path, "callbackData"], { label: label("Webhooks", "callbackData"), kind: "textarea", limit: L.webhooks.callback_data, rows: 2, hint: "Echoed back in every report.", wide: true }),
    ];
  }

  requestOptions(path) {
    const L = this.L;
    const sp = [...path, "schedule"];
    const sendAtPath = [...sp, "sendAt"];
    const sendAt = this.field(sendAtPath, { label: label("Schedule", "sendAt"), kind: "datetime", keep: 0, placeholder: "2030-01-01T10:00:00.000+0000", hint: `yyyy-MM-ddTHH:mm:ss.SSS±hhmm, at most ${LIMITS.schedule.send_at.max} days ahead.` });
    const soon = h("button", { class: "link-btn with-icon", attrs: { type: "button" }, dataset: { key: "sendAt#soon" }, on: { click: () => {
      setIn(this.model, sendAtPath, D.apiDateTime(1, 10));
      this.ctx.commit(true, toPointer(sendAtPath));
    } } }, icon("clock"), h("span", { text: "Tomorrow 10:00" }));
    sendAt.querySelector(".field-head").append(soon);
    return [
      h("h4", { text: label("RequestOptions", "schedule") }),
      this.row(
        sendAt,
        this.field([...sp, "bulkId"], { label: label("Schedule", "bulkId"), limit: L.schedule.bulk_id, keep: 0 })),
      this.group([...sp, "sendingSpeedLimit"], {
        title: label("Schedule", "sendingSpeedLimit"),
        keep: 0,
        make: () => ({ amount: 100, timeUnit: SpeedLimitTimeUnit.MINUTE }),
        render: (p) => this.row(
          this.field([...p, "amount"], { label: label("SendingSpeedLimit", "amount"), kind: "number", required: true }),
          this.field([...p, "timeUnit"], { label: label("SendingSpeedLimit", "timeUnit"), kind: "select", options: choices("SpeedLimitTimeUnit"), keep: p.length })),
      }),
      h("h4", { text: label("RequestOptions", "tracking") }),
      this.row(
        this.field([...path, "tracking", "shortenUrl"], { label: label("Tracking", "shortenUrl"), kind: "bool", keep: 0 }),
        this.field([...path, "tracking", "trackClicks"], { label: label("Tracking", "trackClicks"), kind: "bool", keep: 0 }),
        this.field([...path, "tracking", "removeProtocol"], { label: label("Tracking", "removeProtocol"), kind: "bool", keep: 0 })),
      this.row(
        this.field([...path, "tracking", "trackingUrl"], { label: label("Tracking", "trackingUrl"), kind: "url", limit: L.url, keep: 0 }),
        this.field([...path, "tracking", "customDomain"], { label: label("Tracking", "customDomain"), keep: 0 })),
      h("h4", { text: label("RequestOptions", "messageOrdering") }),
      this.row(
        this.field([...path, "messageOrdering", "respectOrder"], { label: label("MessageOrdering", "respectOrder"), kind: "bool", keep: 0 }),
        this.field([...path, "messageOrdering", "stopOnFailure"], { label: label("MessageOrdering", "stopOnFailure"), kind: "bool", keep: 0 })),
    ];
  }
}

function updateCounter(el, value, limit) {
  const n = charCount(value);
  el.textContent = `${n}/${limit.max}`;
  el.classList.toggle("over", n > limit.max);
  el.classList.toggle("near", n <= limit.max && n > limit.max * 0.9);
}

// The form's content section: the format picker, the billing badge, every format's fields and the suggestions.
//
// Methods of Form (form-controls.js), joined onto Form.prototype by form.js.

import { h, SUGGESTION_ICONS } from "./dom.js";
import { toPointer, getIn, setIn } from "./pointer.js";
import * as D from "./defaults.js";
import { label, choices, nextId, isObject, display } from "./form-controls.js";
import { ContentType, SuggestionType, Height } from "/pkg/src/generated/data.js";

export class ContentFields {
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
      [["auto", "Auto"], ["global", "Global"], ["us", "US"], ["in", "India"]].map(([v, t]) => h("option", { value: v, text: t })));
    market.value = ui.market ?? "auto";
    market.addEventListener("change", () => {
      ui.market = market.value;
      this.ctx.billingChanged();
    });
    return h("div", { class: "billing" },
      h("span", { class: "label-text", text: "Billed as" }),
      h("span", { class: "billing-badge", attrs: { "aria-live": "off" }, dataset: { billing: String(this.ctx.active) } }),
      h("label", { class: "billing-market-label", attrs: { for: id, title: "Auto: US (or India) when every destination is a North American (+1) or Indian (+91) number. With Advice, India's rules apply to messages with a +91 destination, or to every message when India is chosen" } },
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
          this.field([...path, "webviewViewMode"], (() => {
            const when = this.requiredWhen("OpenUrlSuggestion", "webviewViewMode", path);
            return { label: label("OpenUrlSuggestion", "webviewViewMode"), kind: "select", options: choices("WebviewViewMode"), defaultLabel: "None", keep: k, requiredWhen: when, hint: when?.hint };
          })()),
        ));
        break;
      case SuggestionType.DIAL_PHONE:
        out.push(this.field([...path, "phoneNumber"], { label: label("DialPhoneSuggestion", "phoneNumber"), kind: "tel", phone: "plus", required: true, placeholder: "+44 113 496 0000" }));
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
}

// The form's entry point: renderForm(), and the Form class joined from its parts.
//
// The form: one input per payload field, bound to the payload model by its path. Each
// input (and each group and list) is registered under its JSON pointer, so an issue that
// `validate()` reports at a pointer lands next to the input that edits it.
//
// Rendering only reads the model; edits write the value at the input's path (an emptied
// optional field is removed, with the objects it leaves empty). Whatever the form does not
// edit — unknown fields, regional failover options, ... — stays in the model untouched.

import { h } from "./dom.js";
import { toPointer } from "./pointer.js";
import { Form, label, isObject } from "./form-controls.js";
import { MessageFields } from "./form-messages.js";
import { ContentFields } from "./form-content.js";
import { OptionFields } from "./form-options.js";

// Form's methods are written in one module per part of the form; they all go on Form.prototype.
for (const part of [MessageFields, ContentFields, OptionFields]) {
  for (const [name, method] of Object.entries(Object.getOwnPropertyDescriptors(part.prototype))) {
    if (name !== "constructor") Object.defineProperty(Form.prototype, name, method);
  }
}

/**
 * Renders the form for message `ctx.active` and the request options into `root`.
 * ctx: {model, active, limits, registry: Map, ui: {open: Set, stash: Map},
 *       commit(structural: boolean, focusKey?: string), changed(pointer)}.
 */
export function renderForm(root, ctx) {
  // The `toggle` event that records a section's state arrives as a task of its own, so a
  // re-render right after a click on a summary must read the state from the page itself.
  for (const d of root.querySelectorAll("details[data-section]")) {
    const key = d.dataset.section;
    if (d.open) {
      ctx.ui.open.add(key);
      ctx.ui.closed.delete(key);
    } else {
      ctx.ui.open.delete(key);
      ctx.ui.closed.add(key);
    }
  }
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

// The form's message tabs (add, remove, switch) and the sender and recipients section.
//
// Methods of Form (form-controls.js), joined onto Form.prototype by form.js.

import { h, icon } from "./dom.js";
import { label } from "./form-controls.js";
import { ContentType } from "/pkg/src/generated/data.js";

export class MessageFields {
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
          this.field([...p, "to"], { label: label("Destination", "to"), kind: "tel", phone: "digits", required: true, placeholder: "+44 113 496 0001" }),
          this.field([...p, "messageId"], { label: label("Destination", "messageId"), limit: L.destination.message_id, keep: 4 }),
        ),
        add: [{ label: "Add recipient", icon: "plus", make: () => ({ to: "" }) }],
      }),
      this.capabilityTools(),
    ];
  }

  /** "Check capability" for the recipients above, and where its answer goes: both filled
   * in by the page (app-capability.js) after every edit. */
  capabilityTools() {
    return h("div", { class: "capability" },
      h("div", { class: "capability-head" },
        h("button", {
          class: "btn small with-icon",
          attrs: { type: "button" },
          dataset: { key: "check-capability", checkCapability: "" },
          on: { click: () => this.ctx.checkCapability() },
        }, icon("verified"), h("span", { text: "Check capability" })),
        h("span", { class: "hint", dataset: { capabilityReason: "" } })),
      h("div", { class: "capability-out", attrs: { "aria-live": "polite" }, dataset: { capabilityOut: "" } }));
  }
}

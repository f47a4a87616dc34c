// The form's option sections: validity, SMS and MMS failover, delivery window, platform, webhooks and the request options.
//
// Methods of Form (form-controls.js), joined onto Form.prototype by form.js.

import { h, icon } from "./dom.js";
import { toPointer, getIn, setIn, deleteIn } from "./pointer.js";
import * as D from "./defaults.js";
import { label, choices, nextId, isObject, display } from "./form-controls.js";
import { VALUE_LABELS, LIMITS, MmsSegmentType, ValidityTimeUnit, SpeedLimitTimeUnit } from "/pkg/src/generated/data.js";

export class OptionFields {
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

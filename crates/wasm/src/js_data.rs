//! The data JavaScript needs from Rust, generated as one ES module
//! (`pkg/src/generated/data.js`; a test fails when the committed file drifts from this
//! output): the WebAssembly op codes, the tape tags, every enumeration and union tag of the
//! schema tables, the media type of each file extension, the limits (the package's
//! `limits()`), and the composer's labels. The package's wrapper and the composer import it instead of spelling any of
//! these by hand. Each item is its own `export const`, so that a bundler keeps only what an
//! entry uses (the validate entry takes the op codes and tape tags alone, which esbuild
//! inlines).
//!
//! The same enumerations are also written as TypeScript `const enum`s
//! (`pkg/src/generated/enums.ts`, [`enums_module`]) for the package's builders: esbuild
//! inlines their members into the bundle, so the builders cost no more than when they
//! spelled the values by hand, whereas the objects of `data.js` would ship as data.
//!
//! ```
//! let js = rcs_kit_wasm::js_data::module();
//! assert!(js.contains("export const OP_VALIDATE = 0;"));
//! assert!(js.contains("export const ContentType = {"));
//! assert!(js.contains("  mov: \"unsupported\","));
//! ```

use crate::Op;
use rcs_kit::json::tape;
use rcs_kit::labels;
use rcs_kit::limits;
use rcs_kit::rules::{Media, EXTENSIONS, UNSUPPORTED};
use rcs_kit::schema::{self, Enumeration, Object, Type, Union};
use rcs_kit::webhooks::CapabilityCode;
use std::fmt::Write;

/// Where the module is committed, relative to the repository root.
pub const PATH: &str = "pkg/src/generated/data.js";

/// Where the `const enum` module is committed, relative to the repository root.
pub const ENUMS_PATH: &str = "pkg/src/generated/enums.ts";

/// Every enumeration and union reachable from the two request bodies, in walk order.
#[derive(Default)]
pub struct Tables {
    /// The enumerations.
    pub enums: Vec<&'static Enumeration>,
    /// The unions (objects selected by `type`).
    pub unions: Vec<&'static Union>,
    /// The objects, union variants included.
    pub objects: Vec<&'static Object>,
}

impl Tables {
    /// Walks the send request and the events request.
    pub fn collect() -> Self {
        let mut t = Tables::default();
        t.object(&schema::request::REQUEST);
        t.object(&schema::events::EVENTS_REQUEST);
        t
    }

    fn object(&mut self, o: &'static Object) {
        if self.objects.iter().any(|x| x.name == o.name) {
            return;
        }
        self.objects.push(o);
        for f in o.fields {
            self.ty(&f.ty);
        }
    }

    fn ty(&mut self, ty: &Type) {
        match ty {
            Type::Enum(e) => {
                if !self.enums.iter().any(|x| x.name == e.name) {
                    self.enums.push(e);
                }
            }
            Type::Object(o) => self.object(o),
            Type::Array(a) => self.ty(&a.items),
            Type::Union(u) => {
                if !self.unions.iter().any(|x| x.name == u.name) {
                    self.unions.push(u);
                    for (_, o) in u.variants {
                        self.object(o);
                    }
                }
            }
            Type::String(_) | Type::Bool | Type::Integer(_) | Type::Number(_) => {}
        }
    }

    /// The enumeration or union named `name` and its values (for a union: its tags).
    pub fn values(&self, name: &str) -> Option<Vec<&'static str>> {
        if let Some(e) = self.enums.iter().find(|e| e.name == name) {
            return Some(e.values.to_vec());
        }
        self.unions
            .iter()
            .find(|u| u.name == name)
            .map(|u| u.variants.iter().map(|(t, _)| *t).collect())
    }

    /// Whether `field` is a field of object `name`, or, when `name` is a union, its
    /// `type` member or a field that every variant has.
    pub fn has_field(&self, name: &str, field: &str) -> bool {
        if let Some(o) = self.objects.iter().find(|o| o.name == name) {
            return o.field(field).is_some();
        }
        self.unions
            .iter()
            .find(|u| u.name == name)
            .is_some_and(|u| {
                field == "type" || u.variants.iter().all(|(_, o)| o.field(field).is_some())
            })
    }
}

/// The name a union's tags have in JavaScript: `Content` → `ContentType`.
pub fn union_tags_name(u: &Union) -> String {
    format!("{}Type", u.name)
}

/// The key a value has in its JavaScript enumeration object: upper case, other characters
/// than letters and digits as `_` (`application/json` → `APPLICATION_JSON`).
pub fn js_key(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// The name a media kind has in the module (`image`, `audio`, `video`, `pdf`,
/// `unsupported`).
pub const fn media_name(m: Media) -> &'static str {
    match m {
        Media::Image => "image",
        Media::Audio => "audio",
        Media::Video => "video",
        Media::Pdf => "pdf",
        Media::Unsupported => "unsupported",
    }
}

const MEDIA_KINDS: [Media; 5] = [
    Media::Image,
    Media::Audio,
    Media::Video,
    Media::Pdf,
    Media::Unsupported,
];

/// A field that a cross-field rule requires when another field of its object has one value.
#[derive(Debug, PartialEq, Eq)]
pub struct RequiredWhen {
    /// The object (schema name, e.g. `OpenUrlSuggestion`).
    pub object: &'static str,
    /// The field that becomes required.
    pub field: String,
    /// The field whose value decides.
    pub when: String,
    /// The value that makes `field` required.
    pub equals: String,
}

/// The requirements the rules of the request's objects state as JSON Schema (their
/// [`Rule::schema`](rcs_kit::rule::Rule::schema)) of the shape
/// `{"if": {"properties": {F: {"const": V}}, ...}, "then": {"required": [G, ...]}}`:
/// G is required when F is V. Rules of other shapes state no such requirement.
pub fn required_when(t: &Tables) -> Vec<RequiredWhen> {
    use rcs_kit::json::Doc;
    let mut out = Vec::new();
    for o in &t.objects {
        for check in o.rules {
            for rule in check.rules {
                let Ok(doc) = Doc::parse(rule.schema) else {
                    continue;
                };
                let root = doc.root();
                let (Some(cond), Some(then)) = (doc.get(root, "if"), doc.get(root, "then")) else {
                    continue;
                };
                let Some(props) = doc.get(cond, "properties") else {
                    continue;
                };
                let conditions: Vec<_> = doc.members(props).collect();
                let [(when, c)] = conditions.as_slice() else {
                    continue;
                };
                let Some(equals) = doc.get(*c, "const").and_then(|v| doc.str(v)) else {
                    continue;
                };
                let Some(required) = doc.get(then, "required") else {
                    continue;
                };
                for r in doc.children(required) {
                    if let Some(field) = doc.str(r) {
                        out.push(RequiredWhen {
                            object: o.name,
                            field: field.into_owned(),
                            when: when.decode().into_owned(),
                            equals: equals.clone().into_owned(),
                        });
                    }
                }
            }
        }
    }
    out
}

/// The text of `pkg/src/generated/data.js`.
pub fn module() -> String {
    let t = Tables::collect();
    let mut out = String::from(
        "// Generated by rcs-kit from its Rust tables (src/wasm, src/json/tape.rs, src/schema,\n\
         // src/rules, src/limits.rs, src/labels.rs). Do not edit: run\n\
         // `RCS_KIT_BLESS=1 cargo test -p rcs-kit-wasm js_data`. Read-only data: never mutate it.\n",
    );

    out.push_str(
        "\n// The operations of the module's one export, call(op, a, b) (src/wasm/mod.rs).\n",
    );
    for op in Op::ALL {
        let _ = writeln!(out, "export const OP_{} = {};", op.js_name(), op.code());
    }

    out.push_str(
        "\n// The tape: each value starts with a word `payload << TAPE_TAG_BITS | tag` (src/json/tape.rs).\n",
    );
    let _ = writeln!(out, "export const TAPE_TAG_BITS = {};", tape::TAG_BITS);
    for (name, tag) in tape::TAGS {
        let _ = writeln!(out, "export const TAPE_{name} = {tag};");
    }

    out.push_str("\n// Enumerations of the schema tables (src/schema): value by key.\n");
    for e in &t.enums {
        enumeration(&mut out, e.name, e.values.iter().copied());
    }
    out.push_str("\n// The `type` values of the unions of the schema tables (src/schema).\n");
    for u in &t.unions {
        enumeration(
            &mut out,
            &union_tags_name(u),
            u.variants.iter().map(|(t, _)| *t),
        );
    }

    out.push_str(
        "\n// The capability check's result codes Infobip documents (src/webhooks/capability.rs;\n\
         // the API may answer others).\n",
    );
    enumeration(
        &mut out,
        "CapabilityCode",
        CapabilityCode::KNOWN.iter().copied(),
    );

    out.push_str(
        "\n// What a file URL's extension says (src/rules/mod.rs: EXTENSIONS, UNSUPPORTED).\n",
    );
    enumeration(
        &mut out,
        "MediaKind",
        MEDIA_KINDS.iter().map(|m| media_name(*m)),
    );
    out.push_str("export const MEDIA_TYPES = {\n");
    for (ext, m) in EXTENSIONS {
        let _ = writeln!(out, "  {}: {},", key(ext), string(media_name(*m)));
    }
    for ext in UNSUPPORTED {
        let _ = writeln!(
            out,
            "  {}: {},",
            key(ext),
            string(media_name(Media::Unsupported))
        );
    }
    out.push_str("};\n");

    out.push_str("\n// The limits table (src/limits.rs), nested by the dots of its ids: what the package's\n// limits() returns (frozen), and the composer's hints.\n");
    out.push_str("export const LIMITS = {\n");
    for (head, members) in limit_groups() {
        match members.as_slice() {
            [(None, l)] => {
                let _ = writeln!(out, "  {}: {},", key(head), limit(l));
            }
            _ => {
                let _ = writeln!(out, "  {}: {{", key(head));
                for (tail, l) in members {
                    let _ = writeln!(out, "    {}: {},", key(tail.unwrap_or(head)), limit(l));
                }
                out.push_str("  },\n");
            }
        }
    }
    out.push_str("};\n");
    out.push_str(
        "\n// The device features (src/features.rs, Google RBM's names): what requiredFeatures() reads.\n",
    );
    let names: Vec<String> = rcs_kit::features::Feature::ALL
        .iter()
        .map(|f| string(f.name()))
        .collect();
    let _ = writeln!(
        out,
        "export const DEVICE_FEATURES = [{}];",
        names.join(", ")
    );
    out.push_str("export const CONTENT_FEATURES = {\n");
    for (tag, _) in schema::request::CONTENT.variants {
        if let Some(f) = rcs_kit::features::Feature::of_content(tag) {
            let _ = writeln!(out, "  {}: {},", key(tag), string(f.name()));
        }
    }
    out.push_str("};\nexport const SUGGESTION_FEATURES = {\n");
    for (tag, _) in schema::request::SUGGESTION.variants {
        if let Some(f) = rcs_kit::features::Feature::of_suggestion(tag, false) {
            let _ = writeln!(out, "  {}: {},", key(tag), string(f.name()));
        }
    }
    out.push_str("};\n");
    if let Some(f) = rcs_kit::features::Feature::of_suggestion("OPEN_URL", true) {
        let _ = writeln!(out, "export const WEBVIEW_FEATURE = {};", string(f.name()));
    }

    out.push_str(
        "\n// Fields required only when another field has a value: the JSON Schema `if`/`then` of the\n\
         // cross-field rules (src/rules). REQUIRED_WHEN[object][field] = {field, equals}.\n",
    );
    out.push_str("export const REQUIRED_WHEN = {\n");
    let required = required_when(&t);
    let mut objects: Vec<&str> = required.iter().map(|r| r.object).collect();
    objects.dedup();
    for o in objects {
        let _ = writeln!(out, "  {}: {{", key(o));
        for r in required.iter().filter(|r| r.object == o) {
            let _ = writeln!(
                out,
                "    {}: {{ field: {}, equals: {} }},",
                key(&r.field),
                string(&r.when),
                string(&r.equals)
            );
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n");

    out.push_str(
        "\n// The composer's labels (src/labels.rs): FIELD_LABELS[object][field], VALUE_LABELS[set][value].\n",
    );
    nested(&mut out, "FIELD_LABELS", labels::FIELDS);
    nested(&mut out, "VALUE_LABELS", labels::VALUES);
    out
}

/// The text of `pkg/src/generated/enums.ts`: every enumeration and union tag of
/// [`module`] as a `const enum` of the same name, for code that is bundled.
pub fn enums_module() -> String {
    let t = Tables::collect();
    let mut out = String::from(
        "// Generated by rcs-kit from its schema tables (src/schema): the enumerations of\n\
         // data.js as const enums, which esbuild inlines into the bundle. Do not edit: run\n\
         // `RCS_KIT_BLESS=1 cargo test -p rcs-kit-wasm js_data`.\n",
    );
    let mut one = |name: &str, values: Vec<&str>| {
        let _ = writeln!(out, "export const enum {name} {{");
        for v in values {
            let _ = writeln!(out, "  {} = {},", js_key(v), string(v));
        }
        out.push_str("}\n");
    };
    for e in &t.enums {
        one(e.name, e.values.to_vec());
    }
    for u in &t.unions {
        one(
            &union_tags_name(u),
            u.variants.iter().map(|(t, _)| *t).collect(),
        );
    }
    out
}

fn enumeration<'a>(out: &mut String, name: &str, values: impl Iterator<Item = &'a str>) {
    let _ = writeln!(out, "export const {name} = {{");
    for v in values {
        let _ = writeln!(out, "  {}: {},", key(&js_key(v)), string(v));
    }
    out.push_str("};\n");
}

type Group = (
    &'static str,
    Vec<(Option<&'static str>, &'static limits::Limit)>,
);

/// The limits grouped by the head of their ids, heads in first-seen order.
fn limit_groups() -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for l in limits::ALL {
        let (head, tail) = match l.id.split_once('.') {
            Some((h, t)) => (h, Some(t)),
            None => (l.id, None),
        };
        match groups.iter_mut().find(|(h, _)| *h == head) {
            Some((_, v)) => v.push((tail, l)),
            None => groups.push((head, vec![(tail, l)])),
        }
    }
    groups
}

/// One limit as `limits()` gives it. The source is left empty, as the WebAssembly build
/// always left it (`rule::native`: 1.6 KB gzip of text no page shows; it is in
/// docs/rules.md and the crate's `limits::Limit::source`).
fn limit(l: &limits::Limit) -> String {
    format!(
        "{{ min: {}, max: {}, unit: {}, source: \"\", confidence: {} }}",
        l.min,
        l.max,
        string(l.unit.id()),
        string(l.confidence.id())
    )
}

fn nested(out: &mut String, name: &str, table: &[((&str, &str), &str)]) {
    let _ = writeln!(out, "export const {name} = {{");
    let mut heads: Vec<&str> = Vec::new();
    for ((head, _), _) in table {
        if !heads.contains(head) {
            heads.push(head);
        }
    }
    for head in heads {
        let _ = writeln!(out, "  {}: {{", key(head));
        for ((_, k), label) in table.iter().filter(|((h, _), _)| *h == head) {
            let _ = writeln!(out, "    {}: {},", key(k), string(label));
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n");
}

/// A property name: bare when it is an identifier, quoted otherwise.
fn key(k: &str) -> String {
    let ident = k
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if ident {
        k.to_owned()
    } else {
        string(k)
    }
}

/// A JavaScript string literal (JSON's, which JavaScript reads the same).
fn string(s: &str) -> String {
    let mut out = String::new();
    rcs_kit::report::push_json_string(&mut out, s);
    out
}

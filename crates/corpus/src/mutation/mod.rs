//! The 43 mutation families of the reference corpus (`../shared/bench/README.md`), each
//! breaking exactly one rule of an otherwise valid body, and recording where
//! ([`Expected::pointer`]) and which issue code ([`Expected::code`]) the validator should
//! report.

mod content_rules;
mod place;
mod shape_rules;

use crate::rng::Rng;
use crate::Kind;
use serde_json::Value;

/// Where a mutation is and what the validator should say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// JSON pointer of the issue (`""` is the whole body).
    pub pointer: String,
    /// The issue code, e.g. `text.text.too_long`.
    pub code: String,
}

impl Expected {
    fn at(pointer: impl Into<String>, code: impl Into<String>) -> Expected {
        Expected {
            pointer: pointer.into(),
            code: code.into(),
        }
    }
}

/// Applies a mutation to message `m` of a body (or to the body itself) and says where it
/// is; `None` when the body has no place for it.
type Apply = fn(&mut Rng, &mut Value, usize) -> Option<Expected>;

/// One mutation family.
#[derive(Clone, Copy)]
pub struct Family {
    /// Its name in `labels.jsonl` (`overlong_text`, ...).
    pub name: &'static str,
    /// The kinds of body it is applied to.
    pub kinds: &'static [Kind],
    /// Whether the issue is a warning by default (an error with `strict`).
    pub warning: bool,
    apply: Apply,
}

impl std::fmt::Debug for Family {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl Family {
    /// Mutates `body` (a valid body of one of [`Family::kinds`]) at message `m`.
    pub fn apply(&self, rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
        (self.apply)(rng, body, m)
    }
}

use Kind::{Bulk, Card, Carousel, File, Text};

const ANY: &[Kind] = &[Text, File, Card, Carousel, Bulk];
const CARDS: &[Kind] = &[Card, Carousel, Bulk];

macro_rules! families {
    ($( $name:ident: $kinds:expr, $warning:expr, $apply:path; )*) => {
        /// Every family, in the order of the reference corpus's README.
        pub const FAMILIES: &[Family] = &[$(
            Family { name: stringify!($name), kinds: $kinds, warning: $warning, apply: $apply },
        )*];
    };
}

families! {
    overlong_text: &[Text, Bulk], false, content_rules::overlong_text;
    overlong_suggestion_text: ANY, false, content_rules::overlong_suggestion_text;
    overlong_card_title: CARDS, false, content_rules::overlong_card_title;
    overlong_card_description: CARDS, false, content_rules::overlong_card_description;
    too_many_suggestions: ANY, false, content_rules::too_many_suggestions;
    too_many_card_suggestions: CARDS, false, content_rules::too_many_card_suggestions;
    bad_enum_orientation: &[Card, Bulk], false, content_rules::bad_enum_orientation;
    bad_enum_alignment: &[Card, Bulk], false, content_rules::bad_enum_alignment;
    bad_enum_card_width: &[Carousel, Bulk], false, content_rules::bad_enum_card_width;
    bad_enum_media_height: CARDS, false, content_rules::bad_enum_media_height;
    bad_enum_content_type: ANY, false, content_rules::bad_enum_content_type;
    bad_enum_suggestion_type: ANY, false, content_rules::bad_enum_suggestion_type;
    bad_enum_time_unit: ANY, false, shape_rules::bad_enum_time_unit;
    missing_sender: ANY, false, shape_rules::missing_sender;
    missing_destinations: ANY, false, shape_rules::missing_destinations;
    missing_destination_to: ANY, false, shape_rules::missing_destination_to;
    missing_content_type: ANY, false, content_rules::missing_content_type;
    missing_text: &[Text, Bulk], false, content_rules::missing_text;
    missing_file_url: &[File, Bulk], false, content_rules::missing_file_url;
    missing_template_id: &[Bulk], false, content_rules::missing_template_id;
    missing_postback_data: ANY, false, content_rules::missing_postback_data;
    missing_media_height: CARDS, false, content_rules::missing_media_height;
    missing_sms_failover_text: ANY, false, shape_rules::missing_sms_failover_text;
    carousel_1_card: &[Carousel, Bulk], false, content_rules::carousel_1_card;
    carousel_11_cards: &[Carousel, Bulk], false, content_rules::carousel_11_cards;
    webview_without_view_mode: ANY, false, content_rules::webview_without_view_mode;
    card_without_media_or_title: CARDS, false, content_rules::card_without_media_or_title;
    both_failovers: ANY, false, shape_rules::both_failovers;
    delivery_window_from_without_to: ANY, false, shape_rules::delivery_window_from_without_to;
    ordering_with_failover: &[Bulk], false, shape_rules::ordering_with_failover;
    wrong_type_destinations_object: ANY, false, shape_rules::wrong_type_destinations_object;
    wrong_type_sender_number: ANY, false, shape_rules::wrong_type_sender_number;
    wrong_type_text_number: &[Text, Bulk], false, content_rules::wrong_type_text_number;
    wrong_type_latitude_string: ANY, false, content_rules::wrong_type_latitude_string;
    wrong_type_suggestions_object: ANY, false, content_rules::wrong_type_suggestions_object;
    wrong_type_validity_amount_string: ANY, false, shape_rules::wrong_type_validity_amount_string;
    bad_format_uri: &[File, Bulk], false, content_rules::bad_format_uri;
    non_http_url_scheme: ANY, false, content_rules::non_http_url_scheme;
    bad_format_date_time: ANY, false, shape_rules::bad_format_date_time;
    additional_property: ANY, true, shape_rules::additional_property;
    additional_property_card: CARDS, true, content_rules::additional_property_card;
    latitude_out_of_range: ANY, false, content_rules::latitude_out_of_range;
    bad_pattern_destination: ANY, false, shape_rules::bad_pattern_destination;
}

/// The family named `name`.
pub fn by_name(name: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.name == name)
}

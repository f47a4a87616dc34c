//! The stand-in's capability-check answer: one documented, deterministic rule from a phone
//! number to a result code, so that an integration test knows what each number gets.
//!
//! Infobip answers from the carrier (and a real phone); the stand-in has neither, so it
//! answers by the number's **last digit**:
//!
//! | the number | code |
//! |---|---|
//! | not 7 to 15 digits after an optional leading `+` | `INVALID_DESTINATION_ADDRESS` |
//! | ends in 1, 3, 5, 7 or 9 | `ENABLED` |
//! | ends in 2 or 4 | `UNREACHABLE` |
//! | ends in 6 | `REJECTED_NETWORK` |
//! | ends in 8 | `REJECTED_ROUTE_NOT_AVAILABLE` |
//! | ends in 0 | `REQUEST_FAILED` |
//!
//! It agrees with the example in Infobip's Java SDK tests (`441134960001` → `ENABLED`,
//! `441134960002` → `UNREACHABLE`). The request's validation already refuses (`400`) a
//! number that is not 5 to 15 digits, so the numbers that reach the rule's first row are
//! the 5- and 6-digit ones (short codes, which cannot receive RCS).

use rcs_kit::webhooks::CapabilityCode;

/// Fewest digits of a number the stand-in finds valid.
pub const MIN_DIGITS: usize = 7;
/// Most digits of a number (E.164).
pub const MAX_DIGITS: usize = 15;

/// The code the stand-in answers (and posts, for notify) for `phone_number`; see the
/// [module](self) for the rule.
///
/// ```
/// use rcs_kit::webhooks::CapabilityCode;
/// use rcs_kit_stand_in::capability::code_for;
/// assert_eq!(code_for("441134960001"), CapabilityCode::Enabled);
/// assert_eq!(code_for("+441134960002"), CapabilityCode::Unreachable);
/// assert_eq!(code_for("441134960006"), CapabilityCode::RejectedNetwork);
/// assert_eq!(code_for("441134960008"), CapabilityCode::RejectedRouteNotAvailable);
/// assert_eq!(code_for("441134960010"), CapabilityCode::RequestFailed);
/// assert_eq!(code_for("12345"), CapabilityCode::InvalidDestinationAddress);
/// assert_eq!(code_for("44 113 496 0001"), CapabilityCode::InvalidDestinationAddress);
/// ```
pub fn code_for(phone_number: &str) -> CapabilityCode {
    let digits = phone_number.strip_prefix('+').unwrap_or(phone_number);
    let well_formed = (MIN_DIGITS..=MAX_DIGITS).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit());
    match digits.bytes().last() {
        Some(b'1' | b'3' | b'5' | b'7' | b'9') if well_formed => CapabilityCode::Enabled,
        Some(b'2' | b'4') if well_formed => CapabilityCode::Unreachable,
        Some(b'6') if well_formed => CapabilityCode::RejectedNetwork,
        Some(b'8') if well_formed => CapabilityCode::RejectedRouteNotAvailable,
        Some(b'0') if well_formed => CapabilityCode::RequestFailed,
        _ => CapabilityCode::InvalidDestinationAddress,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CapabilityCode::*;

    #[test]
    fn every_last_digit() {
        let want = [
            RequestFailed,
            Enabled,
            Unreachable,
            Enabled,
            Unreachable,
            Enabled,
            RejectedNetwork,
            Enabled,
            RejectedRouteNotAvailable,
            Enabled,
        ];
        for (d, code) in want.iter().enumerate() {
            assert_eq!(&code_for(&format!("44113496000{d}")), code, "{d}");
            assert_eq!(&code_for(&format!("+44113496000{d}")), code, "+{d}");
        }
    }

    #[test]
    fn lengths_at_their_boundaries() {
        assert_eq!(code_for("123456"), InvalidDestinationAddress);
        assert_eq!(code_for("1234567"), Enabled);
        assert_eq!(code_for("+1234567"), Enabled);
        assert_eq!(code_for("123456789012345"), Enabled);
        assert_eq!(code_for("1234567890123451"), InvalidDestinationAddress);
        assert_eq!(code_for("+123456"), InvalidDestinationAddress);
    }

    #[test]
    fn not_a_number() {
        for s in [
            "",
            "+",
            "++1234567",
            "123456a",
            "12345671 ",
            "١٢٣٤٥٦٧١",
            "+-1234567",
        ] {
            assert_eq!(code_for(s), InvalidDestinationAddress, "{s:?}");
        }
    }
}

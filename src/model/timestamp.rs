use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time as the AWS CLI prints it (`2025-03-14T09:26:53.589000+00:00`). Reads that form, any RFC 3339
/// string, or the epoch seconds Glue's wire protocol sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp(pub jiff::Timestamp);

impl Timestamp {
    pub fn from_epoch_millis(millis: i64) -> Option<Self> {
        jiff::Timestamp::from_millisecond(millis)
            .ok()
            .and_then(Self::writable)
    }

    /// `t` as the CLI form can write it and read it back: down to the microsecond (what `%.6f` prints), in the
    /// years 0000–9999 (a sign or a fifth digit does not parse back); `None` outside those years.
    fn writable(t: jiff::Timestamp) -> Option<Self> {
        let floor = jiff::TimestampRound::new()
            .smallest(jiff::Unit::Microsecond)
            .mode(jiff::RoundMode::Floor);
        let t = t.round(floor).ok()?;
        let year = t.to_zoned(jiff::tz::TimeZone::UTC).year();
        (0..=9999).contains(&year).then_some(Self(t))
    }

    pub fn as_epoch_millis(&self) -> i64 {
        self.0.as_millisecond()
    }

    /// `2025-03-14T09:26:53.589000+00:00`, the AWS CLI's ISO 8601 form in UTC.
    pub fn cli_format(&self) -> String {
        self.0.strftime("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string()
    }

    /// `2025-03-14 09:26`, what fits in a list column.
    pub fn short(&self) -> String {
        self.0.strftime("%Y-%m-%d %H:%M").to_string()
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.cli_format())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an ISO 8601 timestamp or epoch seconds")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
                let t = v
                    .parse::<jiff::Timestamp>()
                    .map_err(|e| E::custom(format!("bad timestamp {v:?}: {e}")))?;
                Timestamp::writable(t).ok_or_else(|| {
                    E::custom(format!("timestamp {v:?} is outside the years 0000-9999"))
                })
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Timestamp, E> {
                Timestamp::from_epoch_millis((v * 1000.0).round() as i64)
                    .ok_or_else(|| E::custom(format!("epoch seconds out of range: {v}")))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Timestamp, E> {
                self.visit_f64(v as f64)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Timestamp, E> {
                self.visit_f64(v as f64)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::Timestamp;

    #[test]
    fn reads_cli_strings_and_epoch_seconds_and_prints_the_cli_form() {
        let a: Timestamp = serde_json::from_str("\"2025-03-14T09:26:53.589000+00:00\"").unwrap();
        let b: Timestamp = serde_json::from_str("1741944413.589").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.cli_format(), "2025-03-14T09:26:53.589000+00:00");
        assert_eq!(a.short(), "2025-03-14 09:26");
    }
}

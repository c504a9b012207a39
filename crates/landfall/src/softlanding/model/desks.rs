//! Desks abroad: what a host organisation rents out, bookings and their
//! decisions, and the monthly occupancy view.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::validation::{FieldErrors, text};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeskKind {
    HotDesk,
    FixedDesk,
    PrivateOffice,
}

impl DeskKind {
    pub const ALL: [DeskKind; 3] = [
        DeskKind::HotDesk,
        DeskKind::FixedDesk,
        DeskKind::PrivateOffice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeskKind::HotDesk => "hot_desk",
            DeskKind::FixedDesk => "fixed_desk",
            DeskKind::PrivateOffice => "private_office",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DeskKind::HotDesk => "Hot desk",
            DeskKind::FixedDesk => "Fixed desk",
            DeskKind::PrivateOffice => "Private office",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        DeskKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value.trim())
            .ok_or_else(|| {
                format!("`{value}` is not a desk kind (hot_desk, fixed_desk, private_office)")
            })
    }
}

/// A desk as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeskInput {
    pub organisation_id: Option<i64>,
    pub name: String,
    pub kind: String,
    pub capacity: Option<i64>,
    pub monthly_price_cents: Option<i64>,
    pub description: String,
    pub active: bool,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeskDraft {
    pub organisation_id: i64,
    pub name: String,
    pub kind: DeskKind,
    pub capacity: i32,
    pub monthly_price_cents: i64,
    pub description: String,
    pub active: bool,
}

impl DeskInput {
    pub fn validate(&self, organisation_exists: bool) -> Result<DeskDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        match self.organisation_id {
            None => errors.add("organisation_id", crate::t("val-required")),
            Some(_) if !organisation_exists => {
                errors.add("organisation_id", crate::t("sl-err-no-organisation"))
            }
            Some(_) => {}
        }
        let name = errors.check("name", text(&self.name, true, 120));
        let kind = errors.check("kind", DeskKind::parse(&self.kind));
        let description = errors.check("description", text(&self.description, false, 2000));
        let capacity = match self.capacity {
            Some(n) if (1..=50).contains(&n) => i32::try_from(n).ok(),
            Some(_) => {
                errors.add("capacity", crate::t("sl-err-desk-capacity"));
                None
            }
            None => {
                errors.add("capacity", crate::t("val-required"));
                None
            }
        };
        let price = match self.monthly_price_cents {
            Some(cents) if (0..=10_000_000).contains(&cents) => Some(cents),
            Some(_) => {
                errors.add("monthly_price_cents", crate::t("sl-err-desk-price"));
                None
            }
            None => {
                errors.add("monthly_price_cents", crate::t("val-required"));
                None
            }
        };
        match (
            self.organisation_id,
            name,
            kind,
            capacity,
            price,
            description,
        ) {
            (
                Some(organisation_id),
                Some(name),
                Some(kind),
                Some(capacity),
                Some(monthly_price_cents),
                Some(description),
            ) if errors.is_empty() => Ok(DeskDraft {
                organisation_id,
                name,
                kind,
                capacity,
                monthly_price_cents,
                description,
                active: self.active,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    /// Waiting for the host's decision.
    Requested,
    /// Holds the desk for its days.
    Approved,
    Declined,
    /// The desk was taken for these days; waiting for it to free up.
    Waitlisted,
    Cancelled,
}

impl BookingStatus {
    /// Whether a booking in this status that ends on `ends_on` still holds
    /// or waits for a desk: asked for, on the waiting list, or approved and
    /// not over.
    pub fn still_open(self, ends_on: NaiveDate, today: NaiveDate) -> bool {
        match self {
            BookingStatus::Requested | BookingStatus::Waitlisted => true,
            BookingStatus::Approved => ends_on >= today,
            BookingStatus::Declined | BookingStatus::Cancelled => false,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BookingStatus::Requested => "requested",
            BookingStatus::Approved => "approved",
            BookingStatus::Declined => "declined",
            BookingStatus::Waitlisted => "waitlisted",
            BookingStatus::Cancelled => "cancelled",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            BookingStatus::Requested => "Requested",
            BookingStatus::Approved => "Approved",
            BookingStatus::Declined => "Declined",
            BookingStatus::Waitlisted => "On the waiting list",
            BookingStatus::Cancelled => "Cancelled",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "requested" => Ok(BookingStatus::Requested),
            "approved" => Ok(BookingStatus::Approved),
            "declined" => Ok(BookingStatus::Declined),
            "waitlisted" => Ok(BookingStatus::Waitlisted),
            "cancelled" => Ok(BookingStatus::Cancelled),
            other => Err(format!("`{other}` is not a booking status")),
        }
    }
}

/// What a host or requester does with a booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookingDecision {
    Approve,
    Decline,
    Cancel,
}

impl BookingDecision {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim() {
            "approve" => Ok(BookingDecision::Approve),
            "decline" => Ok(BookingDecision::Decline),
            "cancel" => Ok(BookingDecision::Cancel),
            other => Err(format!(
                "`{other}` is not a decision (approve, decline, cancel)"
            )),
        }
    }

    /// The status a decision leads to from the current one.
    pub fn next(self, current: BookingStatus) -> Result<BookingStatus, String> {
        use BookingStatus::*;
        match (self, current) {
            (BookingDecision::Approve, Requested | Waitlisted) => Ok(Approved),
            (BookingDecision::Decline, Requested | Waitlisted) => Ok(Declined),
            (BookingDecision::Cancel, Requested | Waitlisted | Approved) => Ok(Cancelled),
            (_, status) => Err(crate::t1("sl-err-booking-is", "status", status.as_str())),
        }
    }
}

/// The longest a single booking may run.
pub const MAX_BOOKING_DAYS: i64 = 731;

/// Checks a booking's dates (both included) and returns them.
pub fn check_range(
    starts_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate), FieldErrors> {
    let mut errors = FieldErrors::new();
    match (starts_on, ends_on) {
        (Some(start), Some(end)) => {
            if end < start {
                errors.add("ends_on", crate::t("sl-err-not-before-start"));
            } else if (end - start).num_days() + 1 > MAX_BOOKING_DAYS {
                errors.add("ends_on", crate::t("sl-err-booking-two-years"));
            }
            if start < today {
                errors.add("starts_on", crate::t("sl-err-not-in-past"));
            }
            errors.into_result((start, end))
        }
        (start, end) => {
            if start.is_none() {
                errors.add("starts_on", crate::t("val-required"));
            }
            if end.is_none() {
                errors.add("ends_on", crate::t("val-required"));
            }
            Err(errors)
        }
    }
}

/// Every day of a booking, both ends included.
pub fn days(starts_on: NaiveDate, ends_on: NaiveDate) -> Vec<NaiveDate> {
    starts_on
        .iter_days()
        .take_while(|d| *d <= ends_on)
        .collect()
}

pub fn overlaps(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// The first and last day of the month containing `day`.
pub fn month_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = day.with_day(1).unwrap_or(day);
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    (first, next.map(|n| n - Duration::days(1)).unwrap_or(first))
}

/// One desk's month: which days are taken, and the share of days taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeskMonth {
    pub taken: Vec<bool>,
    pub percent: u8,
}

/// Occupancy of a desk in a month from its approved bookings.
pub fn occupancy(month: (NaiveDate, NaiveDate), approved: &[(NaiveDate, NaiveDate)]) -> DeskMonth {
    let taken: Vec<bool> = days(month.0, month.1)
        .into_iter()
        .map(|day| approved.iter().any(|(s, e)| *s <= day && day <= *e))
        .collect();
    let used = taken.iter().filter(|t| **t).count();
    let percent = (100 * used).checked_div(taken.len()).unwrap_or(0);
    DeskMonth {
        taken,
        percent: u8::try_from(percent).unwrap_or(100),
    }
}

impl DeskKind {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            DeskKind::HotDesk => "sl-desk-kind-hot-desk",
            DeskKind::FixedDesk => "sl-desk-kind-fixed-desk",
            DeskKind::PrivateOffice => "sl-desk-kind-private-office",
        })
    }
}

impl BookingStatus {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            BookingStatus::Requested => "sl-booking-requested",
            BookingStatus::Approved => "sl-booking-approved",
            BookingStatus::Declined => "sl-booking-declined",
            BookingStatus::Waitlisted => "sl-booking-waitlisted",
            BookingStatus::Cancelled => "sl-booking-cancelled",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, d).unwrap()
    }

    #[test]
    fn a_booking_holds_its_participant_until_it_is_over_or_let_go() {
        use BookingStatus::*;
        let today = date(5, 10);
        for status in [Requested, Waitlisted] {
            assert!(status.still_open(date(1, 1), today), "{status:?}");
        }
        assert!(Approved.still_open(today, today), "its last day");
        assert!(!Approved.still_open(date(5, 9), today), "over");
        for status in [Declined, Cancelled] {
            assert!(!status.still_open(date(12, 31), today), "{status:?}");
        }
    }

    #[test]
    fn decisions_follow_the_booking_states() {
        use BookingStatus::*;
        assert_eq!(BookingDecision::Approve.next(Requested), Ok(Approved));
        assert_eq!(BookingDecision::Approve.next(Waitlisted), Ok(Approved));
        assert_eq!(BookingDecision::Cancel.next(Approved), Ok(Cancelled));
        assert!(BookingDecision::Approve.next(Declined).is_err());
        assert!(
            BookingDecision::Decline
                .next(Approved)
                .unwrap_err()
                .contains("approved")
        );
    }

    #[test]
    fn ranges_are_checked_and_expanded() {
        let today = date(3, 1);
        assert_eq!(
            check_range(Some(date(4, 1)), Some(date(4, 3)), today),
            Ok((date(4, 1), date(4, 3)))
        );
        assert!(
            check_range(Some(date(4, 3)), Some(date(4, 1)), today)
                .unwrap_err()
                .contains("ends_on")
        );
        assert!(
            check_range(Some(date(2, 3)), Some(date(4, 1)), today)
                .unwrap_err()
                .contains("starts_on")
        );
        assert!(
            check_range(None, None, today)
                .unwrap_err()
                .contains("ends_on")
        );
        assert_eq!(days(date(4, 29), date(5, 2)).len(), 4);
        assert!(overlaps(
            (date(4, 1), date(4, 10)),
            (date(4, 10), date(4, 20))
        ));
        assert!(!overlaps(
            (date(4, 1), date(4, 9)),
            (date(4, 10), date(4, 20))
        ));
    }

    #[test]
    fn occupancy_counts_taken_days() {
        let february = month_of(date(2, 14));
        assert_eq!(february, (date(2, 1), date(2, 28)));
        assert_eq!(
            month_of(NaiveDate::from_ymd_opt(2027, 12, 5).unwrap()).1,
            NaiveDate::from_ymd_opt(2027, 12, 31).unwrap()
        );
        let month = occupancy(
            february,
            &[(date(1, 20), date(2, 7)), (date(2, 22), date(3, 31))],
        );
        assert_eq!(month.taken.len(), 28);
        assert_eq!(month.taken.iter().filter(|t| **t).count(), 14);
        assert_eq!(month.percent, 50);
    }

    #[test]
    fn desks_are_checked() {
        let desk = DeskInput {
            organisation_id: Some(3),
            name: "Window desk 1".into(),
            kind: "fixed_desk".into(),
            capacity: Some(1),
            monthly_price_cents: Some(35_000),
            active: true,
            ..Default::default()
        };
        assert!(desk.validate(true).is_ok());
        assert!(
            desk.validate(false)
                .unwrap_err()
                .contains("organisation_id")
        );
        let bad = DeskInput {
            kind: "sofa".into(),
            capacity: Some(0),
            monthly_price_cents: Some(-1),
            ..desk
        };
        let errors = bad.validate(true).unwrap_err();
        assert!(
            errors.contains("kind")
                && errors.contains("capacity")
                && errors.contains("monthly_price_cents")
        );
    }
}

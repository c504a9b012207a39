//! API: outcome records, figures and indicators.

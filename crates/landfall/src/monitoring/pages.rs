//! Pages: outcome records, dashboards, drill-down, exports and results.

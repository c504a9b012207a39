//! The toolbox pages: the hub, the instrument catalogue, plans (with items,
//! KPI targets, exports and the comparison across markets), the methods
//! library and the strategy checklist.

pub mod instruments;
pub mod methods;
pub mod plans;
pub mod strategy;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use crate::app::AppState;
use crate::auth::Actor;
use crate::db::Db;
use crate::registry::model::parse_eur_cents;
use crate::toolbox::model::budget::CostInput;
use crate::validation::FieldErrors;
use crate::web::forms::Choice;
use crate::web::{AppError, Layout};

/// The main-menu entry every toolbox page sits under.
pub(crate) const SECTION: &str = "toolbox";

/// Every organisation as a choice, for admins acting on an organisation's behalf.
pub(crate) async fn organisation_choices(db: &Db, selected: &str) -> Result<Vec<Choice>, AppError> {
    Ok(crate::registry::store::organisation_options(db, None)
        .await?
        .into_iter()
        .map(|o| {
            let id = o.id.to_string();
            Choice::new(id.clone(), o.name, id == selected)
        })
        .collect())
}

/// A form that carries nothing but its CSRF token (a button).
#[derive(Debug, Default, serde::Deserialize)]
pub struct EmptyForm {}

/// One row of cost items on a form, as typed.
#[derive(Clone, Debug, Default)]
pub struct CostRow {
    pub label: String,
    pub amount: String,
}

/// Cost rows typed in a form (amounts in euros) as the model reads them;
/// unreadable amounts are reported under `costs`.
pub(crate) fn cost_inputs(
    labels: &[String],
    amounts: &[String],
    errors: &mut FieldErrors,
) -> Vec<CostInput> {
    labels
        .iter()
        .zip(amounts.iter().chain(std::iter::repeat(&String::new())))
        .enumerate()
        .map(|(i, (label, amount))| CostInput {
            label: label.clone(),
            amount_cents: parse_eur_cents(amount).unwrap_or_else(|message| {
                errors.add(
                    "costs",
                    crate::t2("tb-err-cost-amount", "n", i + 1, "message", message),
                );
                None
            }),
        })
        .collect()
}

/// Rows to show on a form: those typed (or stored) and two empty ones.
pub(crate) fn cost_rows(labels: &[String], amounts: &[String]) -> Vec<CostRow> {
    labels
        .iter()
        .zip(amounts.iter().chain(std::iter::repeat(&String::new())))
        .filter(|(l, a)| !l.trim().is_empty() || !a.trim().is_empty())
        .map(|(label, amount)| CostRow {
            label: label.clone(),
            amount: amount.clone(),
        })
        .chain(std::iter::repeat_n(CostRow::default(), 2))
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/hub.html")]
struct HubPage {
    layout: Layout,
    instruments: usize,
    plans: usize,
    methods: usize,
    can_plan: bool,
    /// The actor's organisation: id and name (for the strategy checklist).
    organisation: Option<(i64, String)>,
}

/// The toolbox's front page: what is in it and where to go.
#[tracing::instrument(skip_all)]
pub async fn hub(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    use crate::toolbox::operations::{instruments, methods, plans};
    let instruments = instruments::catalogue(&state.db, None, None).await?.len();
    let methods = methods::library(&state.db, None, None, None).await?.len();
    let plans = plans::plans(&state.db, &actor, None).await?.len();
    let organisation = match actor.organisation_id {
        Some(id) if actor.manages(id) => {
            crate::registry::store::organisation_refs(&state.db, &[id])
                .await?
                .remove(&id)
                .map(|o| (o.id, o.name))
        }
        _ => None,
    };
    Ok(HubPage {
        layout: Layout::new(crate::t("tb-toolbox"), Some(&actor), SECTION),
        instruments,
        plans,
        methods,
        can_plan: crate::toolbox::model::plans::can_create(&actor),
        organisation,
    }
    .into_response())
}

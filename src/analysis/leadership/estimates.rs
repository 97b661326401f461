//! Estimates and PoCs: what was estimated against what it took, and what each PoC concluded.

use super::*;

/// One estimate document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EstimateRow {
    /// Source path.
    pub id: String,
    /// Title.
    pub title: String,
    /// Hours, days or weeks, when written.
    pub unit: Option<Unit>,
    /// PERT expected value or written total.
    pub expected: Option<f64>,
    /// Σ optimistic … Σ pessimistic.
    pub range: Option<(f64, f64)>,
    /// What it actually took, when written.
    pub actual: Option<f64>,
    /// actual / expected.
    pub accuracy: Option<f64>,
    /// Within ±20%.
    pub within_20_percent: Option<bool>,
}

/// One PoC's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PocRow {
    /// Source path.
    pub id: String,
    /// Title.
    pub title: String,
    /// Its date.
    pub date: Option<Date>,
    /// Go, no-go, or not said.
    pub go: Option<bool>,
    /// The verdict as written.
    pub verdict: Option<String>,
}

pub(super) fn estimate(doc: &Document) -> EstimateRow {
    let written = doc.estimate.as_ref();
    // An actual written as metadata («**Факт:** 40 дн.») counts as well as one in the text.
    let actual = written.and_then(|e| e.actual).or_else(|| field(doc, FieldKey::Actual).and_then(measures::number));
    let expected = written.and_then(|e| e.expected);
    let accuracy = match (actual, expected) {
        (Some(actual), Some(expected)) if expected > 0.0 => Some(actual / expected),
        _ => None,
    };
    EstimateRow {
        id: doc.id.clone(),
        title: doc.title().to_owned(),
        unit: written.and_then(|e| e.unit),
        expected,
        range: written.and_then(|e| e.range),
        actual,
        accuracy,
        within_20_percent: accuracy.map(|ratio| (ratio - 1.0).abs() <= 0.2 + 1e-9),
    }
}

//! Estimates and PoCs: what was estimated against what it took, and what each PoC concluded.

use super::*;
use crate::deliverable::estimate::Estimate;

/// One estimate document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EstimateRow {
    /// The document.
    #[serde(flatten)]
    pub document: DocumentRef,
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
    /// The document.
    #[serde(flatten)]
    pub document: DocumentRef,
    /// Its date.
    pub date: Option<Date>,
    /// Go, no-go, or not said.
    pub go: Option<bool>,
    /// The verdict as written.
    pub verdict: Option<String>,
}

pub(super) fn estimate(doc: &Document) -> EstimateRow {
    // An actual written as metadata («**Факт:** 40 дн.») counts as well as one in the text.
    let from_metadata = || doc.field(FieldKey::Actual).and_then(measures::number);
    let measured = doc.estimate.clone().map(|mut estimate| {
        estimate.actual = estimate.actual.or_else(from_metadata);
        estimate
    });
    let written = measured.as_ref();
    EstimateRow {
        document: DocumentRef::of(doc),
        unit: written.and_then(|e| e.unit),
        expected: written.and_then(|e| e.expected),
        range: written.and_then(|e| e.range),
        actual: written.map_or_else(from_metadata, |e| e.actual),
        accuracy: written.and_then(Estimate::accuracy),
        within_20_percent: written.and_then(Estimate::within_20_percent),
    }
}

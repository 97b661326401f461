//! A PoC report's outcome: the `Результат:` / `Result:` line, else the first sentence under
//! a «Рекомендация» / «Вывод» / "Recommendation" / "Conclusion" heading, classified as go
//! or no-go when its words say so.

use serde::Serialize;

use super::outline::{Outline, Role};
use super::vocab::fold;

/// What a PoC concluded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Verdict {
    /// `true` go, `false` no-go, `None` when the words do not say.
    pub go: Option<bool>,
    /// The verdict sentence as written (shortened).
    pub text: String,
    /// 1-based source line.
    pub line: usize,
}

const HEADINGS: [&str; 9] =
    ["рекомендац", "вывод", "итог", "заключение", "recommendation", "conclusion", "verdict", "outcome", "result"];

/// Reads the verdict of a normalised text; `result_field` is the `Результат:` value and its
/// line, when the metadata has one.
pub(crate) fn read(outline: &Outline<'_>, result_field: Option<(&str, usize)>) -> Option<Verdict> {
    if let Some((value, line)) = result_field.filter(|(value, _)| !value.trim().is_empty()) {
        return Some(Verdict { go: classify(value), text: first_sentence(value), line });
    }
    let mut in_section = false;
    for (index, line, role) in outline.iter() {
        match role {
            Role::Heading(heading) => {
                let folded = fold(heading.text);
                in_section = HEADINGS.iter().any(|word| folded.contains(word));
                // `## Verdict: GO`, «## Итог: не рекомендуем»: the verdict is in the heading.
                if let Some(said) = in_section.then(|| after_colon(heading.text)).flatten() {
                    return Some(Verdict { go: classify(said), text: first_sentence(said), line: index + 1 });
                }
                continue;
            }
            Role::Text | Role::Item(_) => {}
            _ => continue,
        }
        let trimmed = line.trim().trim_start_matches(['-', '*', '>', ' ']);
        // `**Recommendation:** adopt with conditions`, «Вывод: рекомендуем к внедрению».
        if let Some(said) = labelled_verdict(trimmed) {
            return Some(Verdict { go: classify(said), text: first_sentence(said), line: index + 1 });
        }
        if in_section && !trimmed.is_empty() && !trimmed.starts_with('|') {
            return Some(Verdict { go: classify(trimmed), text: first_sentence(trimmed), line: index + 1 });
        }
    }
    None
}

/// The text after `Key:` when there is some.
fn after_colon(text: &str) -> Option<&str> {
    let (_, said) = text.split_once(':')?;
    let said = said.trim().trim_start_matches(['*', '_', ' ']).trim();
    (!said.is_empty()).then_some(said)
}

/// `Recommendation: …`, `**Вывод:** …`: a line whose label is a verdict word.
fn labelled_verdict(line: &str) -> Option<&str> {
    let (label, _) = line.split_once(':')?;
    let label = fold(label);
    let verdict_words = ["рекомендация", "вывод", "итог", "заключение", "recommendation", "conclusion", "verdict"];
    verdict_words.contains(&label.trim()).then(|| after_colon(line)).flatten()
}

/// go / no-go from the words of a verdict.
pub(crate) fn classify(text: &str) -> Option<bool> {
    let folded = fold(text);
    let no = [
        "не рекоменд",
        "неуспешн",
        "не успешн",
        "отказ",
        "не внедр",
        "не подходит",
        "not recommend",
        "no-go",
        "no go",
        "do not",
        "don't",
        "rejected",
        "unsuccessful",
        "failed",
    ];
    let yes = ["рекоменд", "успешн", "внедр", "подходит", "recommend", "adopt", "successful"];
    let tokens: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
    if no.iter().any(|word| folded.contains(word)) {
        Some(false)
    } else if tokens.iter().any(|token| *token == "go" || yes.iter().any(|word| token.starts_with(word))) {
        Some(true)
    } else {
        None
    }
}

fn first_sentence(text: &str) -> String {
    let cleaned = text.replace("**", "").replace('`', "");
    let sentence = cleaned.split_inclusive(['.', '!', '?']).next().unwrap_or(&cleaned).trim();
    let short: String = sentence.chars().take(200).collect();
    if short.chars().count() < sentence.chars().count() {
        format!("{short}…")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, result_field: Option<(&str, usize)>) -> Option<Verdict> {
        super::read(&Outline::read(text, 0), result_field)
    }

    #[test]
    fn verdicts_from_a_result_line_or_a_section() {
        for (text, go) in [
            ("неуспешно — не рекомендуется к внедрению в текущем виде", Some(false)),
            ("Рекомендуем внедрять ClickHouse для аналитики.", Some(true)),
            ("Go: adopt pgvector for search.", Some(true)),
            ("No-go for now.", Some(false)),
            ("Нужны ещё данные.", None),
        ] {
            assert_eq!(read("", Some((text, 12))).map(|v| (v.go, v.line)), Some((go, 12)), "{text}");
        }
        let text = "# PoC\n\n## Замеры\n\n| a | b |\n\n## Рекомендация\n\nРекомендуем ClickHouse для событий заказов. Дальше — пилот.\n";
        let verdict = read(text, None).unwrap();
        assert_eq!(
            (verdict.go, verdict.text.as_str(), verdict.line),
            (Some(true), "Рекомендуем ClickHouse для событий заказов.", 9)
        );
        assert_eq!(read("# PoC\n\nТекст.\n", None), None);
        for (text, go) in [
            ("# PoC\n\n## Verdict: GO\n\nDetails.\n", Some(true)),
            ("# PoC\n\n## Итог: не рекомендуем\n", Some(false)),
            ("# PoC\n\n**Recommendation:** adopt with conditions\n", Some(true)),
            ("# PoC\n\n## Выводы\n\nВывод: рекомендуем к внедрению.\n", Some(true)),
        ] {
            assert_eq!(read(text, None).and_then(|v| v.go), go, "{text}");
        }
    }
}

//! The palette's contrast in both themes, checked against WCAG 2.1 AA: every text colour,
//! badge, diagram label and line of the default theme's stylesheet.

use std::collections::HashMap;
use std::path::Path;

use super::Rgb;

/// The custom properties set by every top-level rule with exactly `selector`, in order.
fn variables(css: &str, selector: &str) -> HashMap<String, String> {
    let mut found = HashMap::new();
    let mut rest = css;
    while let Some(at) = rest.find(&format!("\n{selector} {{")) {
        let body_start = at + selector.len() + 3;
        let body_end = body_start + rest[body_start..].find('}').unwrap();
        for declaration in rest[body_start..body_end].split(';') {
            let declaration = declaration.split("*/").last().unwrap_or("").trim();
            if let Some((name, value)) = declaration.split_once(':') {
                if name.trim().starts_with("--") {
                    found.insert(name.trim().to_owned(), value.trim().to_owned());
                }
            }
        }
        rest = &rest[body_end..];
    }
    found
}

/// A variable's colour, following `var(--x)` references.
fn colour(vars: &HashMap<String, String>, light: &HashMap<String, String>, name: &str) -> Rgb {
    let value = vars.get(name).or_else(|| light.get(name)).unwrap_or_else(|| panic!("{name} is not set"));
    if let Some(inner) = value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
        return colour(vars, light, inner.split(',').next().unwrap().trim());
    }
    if let Some(inner) = value.strip_prefix("rgba(").and_then(|v| v.strip_suffix(')')) {
        // A translucent fill over the page: composite it on `--bg`.
        let parts: Vec<f64> = inner.split(',').map(|part| part.trim().parse().unwrap()).collect();
        let under = colour(vars, light, "--bg");
        let mix = |channel: f64, base: u8| (channel * parts[3] + f64::from(base) * (1.0 - parts[3])).round() as u8;
        return Rgb(mix(parts[0], under.0), mix(parts[1], under.1), mix(parts[2], under.2));
    }
    Rgb::parse(value).unwrap_or_else(|| panic!("{name}: {value} is not a colour"))
}

#[test]
fn the_palette_meets_wcag_aa_in_both_themes() {
    let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/tpmdocs.css"))
        .unwrap();
    let light = variables(&css, ":root");
    let dark = variables(&css, "html[data-theme=\"dark\"]");
    assert!(dark.contains_key("--text-faint") && dark.contains_key("--dg-unknown-stroke"), "{dark:?}");
    let mut failures = Vec::new();
    for (theme, vars) in [("light", &light), ("dark", &dark)] {
        let mut check = |fg: &str, bg: &str, minimum: f64| {
            let ratio = colour(vars, &light, fg).contrast(colour(vars, &light, bg));
            if ratio < minimum {
                failures.push(format!("{theme}: {fg} on {bg} is {ratio:.2}:1, needs {minimum}:1"));
            }
        };
        for text in ["--text", "--text-muted", "--text-faint", "--link", "--link-hover"] {
            for background in ["--bg", "--bg-subtle", "--bg-header"] {
                check(text, background, 4.5);
            }
        }
        for status in ["accepted", "proposed", "draft", "rejected", "deprecated", "superseded", "unknown"] {
            check(&format!("--{status}-fg"), &format!("--{status}-bg"), 4.5);
            check(&format!("--dg-{status}-stroke"), "--bg", 3.0);
            check("--dg-text", &format!("--dg-{status}-fill"), 4.5);
            check("--dg-text-muted", &format!("--dg-{status}-fill"), 4.5);
        }
        for relation in ["--dg-supersedes", "--dg-amends", "--dg-depends-on", "--dg-relates-to", "--dg-clarifies"] {
            check(relation, "--bg", 3.0);
        }
        check("--focus", "--bg", 3.0);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

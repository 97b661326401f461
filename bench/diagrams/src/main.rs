//! Renders every `*.mmd` fixture of a folder through each candidate Mermaid crate and
//! prints, per crate and fixture: ok/error, mean render time over 20 runs, SVG size, and how
//! many of the Cyrillic words of the source appear in the SVG. SVGs are written to
//! `OUT/<crate>/<fixture>.svg` for looking at (bench/diagrams.sh makes a contact sheet).

use std::time::Instant;

type Renderer = fn(&str) -> Result<String, String>;

fn mermaid_rs_renderer(source: &str) -> Result<String, String> {
    mermaid_rs_renderer::render(source).map_err(|e| e.to_string())
}

fn mermaid_svg(source: &str) -> Result<String, String> {
    mermaid_svg::render(source).map_err(|e| e.to_string())
}

fn ariel(source: &str) -> Result<String, String> {
    ariel_rs::try_render(source, ariel_rs::theme::Theme::Default).map_err(|e| e.to_string())
}

fn merman(source: &str) -> Result<String, String> {
    use merman::{OperationControl, RenderOutput, RenderRequest, Renderer, SvgRequest};
    match Renderer::new().render(RenderRequest::svg(source, OperationControl::new(), SvgRequest::default())) {
        Ok(RenderOutput::Svg(Some(svg))) => Ok(svg.svg().to_string()),
        Ok(_) => Err("no diagram".into()),
        Err(e) => Err(e.to_string()),
    }
}

fn cyrillic_words(source: &str) -> Vec<&str> {
    source
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            w.chars().count() > 3 && w.chars().any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
        })
        .collect()
}

fn main() {
    // ariel-rs panics on some Cyrillic input; that is a result, not noise.
    std::panic::set_hook(Box::new(|_| {}));
    let mut args = std::env::args().skip(1);
    let fixtures_dir = args.next().expect("fixtures folder");
    let out_dir = args.next().unwrap_or_else(|| "out".into());
    let mut fixtures: Vec<(String, String)> = std::fs::read_dir(&fixtures_dir)
        .expect("fixtures folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "mmd"))
        .map(|e| {
            (e.path().file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).unwrap())
        })
        .collect();
    fixtures.sort();
    let candidates: [(&str, Renderer); 4] = [
        ("mermaid-svg", mermaid_svg),
        ("merman", merman),
        ("mermaid-rs-renderer", mermaid_rs_renderer),
        ("ariel-rs", ariel),
    ];
    println!("| crate | diagram | result | ms per render | SVG bytes | Cyrillic words in SVG |\n|---|---|---|---:|---:|---:|");
    for (name, render) in candidates {
        std::fs::create_dir_all(format!("{out_dir}/{name}")).unwrap();
        for (kind, source) in &fixtures {
            let runs = 20;
            let started = Instant::now();
            let mut result = Err(String::new());
            for _ in 0..runs {
                result = std::panic::catch_unwind(|| render(source)).unwrap_or_else(|_| Err("panicked".into()));
            }
            let per_run = started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
            match result {
                Ok(svg) => {
                    let words = cyrillic_words(source);
                    let present = words.iter().filter(|w| svg.contains(**w)).count();
                    std::fs::write(format!("{out_dir}/{name}/{kind}.svg"), &svg).unwrap();
                    println!("| {name} | {kind} | ok | {per_run:.3} | {} | {present}/{} |", svg.len(), words.len());
                }
                Err(error) => {
                    let short: String = error.chars().take(70).collect::<String>().replace(['\n', '|'], " ");
                    println!("| {name} | {kind} | error: {short} | {per_run:.3} | | |");
                }
            }
        }
    }
}

//! `feed.xml`: an Atom feed of decisions and post-mortems, advertised in every page's head,
//! newest first, well-formed whatever the titles hold, and relative so it works from any
//! sub-path unless `site-url` makes it absolute.

mod common;

/// The `<entry>` titles in feed order.
fn entry_titles(feed: &str) -> Vec<&str> {
    feed.split("<entry>")
        .skip(1)
        .map(|entry| {
            let start = entry.find("<title>").expect("entry title") + "<title>".len();
            &entry[start..entry.find("</title>").expect("title end")]
        })
        .collect()
}

#[test]
fn decisions_and_post_mortems_are_in_the_feed_newest_first() {
    let (out, output) = common::build(&common::fixture("leadership"));
    assert!(output.status.success(), "{}", common::stderr(&output));
    let feed = common::page(&out, "feed.xml");
    assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    assert_eq!(
        entry_titles(&feed),
        [
            "ADR-0004: Service mesh",
            "Postmortem: search index lagged behind prices",
            "Пост-мортем: оформление заказа недоступно 2 октября 2026",
            "ADR-0003: ClickHouse для аналитики",
            "ADR-0002: PgBouncer в режиме транзакций",
            "ADR-0001: Kafka для событий",
        ],
        "{feed}"
    );
    assert!(feed.contains("<link href=\"adr/adr-0003-clickhouse.html\"/>"), "links relative to the feed");
    assert!(feed.contains("<updated>2026-11-21T00:00:00Z</updated>"), "the feed is as new as its newest entry");
    assert!(feed.contains("<summary>ADR · Предложено</summary>"), "kind and status");
    assert!(!feed.contains("poc-") && !feed.contains("estimate-"), "only decisions and post-mortems");
    let home = common::page(&out, "index.html");
    assert!(
        home.contains("<link rel=\"alternate\" type=\"application/atom+xml\"") && home.contains("href=\"feed.xml\">"),
        "advertised in the head"
    );
    let nested = common::page(&out, "adr/adr-0001-kafka.html");
    assert!(nested.contains("href=\"../feed.xml\">"), "relative from nested pages");
}

#[test]
fn titles_are_escaped_and_site_url_makes_links_absolute() {
    let project = common::repo(&[
        (
            "adr/adr-0001-x.md",
            "# ADR-0001: <script>alert(1)</script> & \"кавычки\"\n\n**Статус:** Принято  \n**Дата:** 01.02.2026\n",
        ),
        ("decisions/0002-два слова.md", "# 2. Второе\n\nDate: 2026-03-01\n\n## Status\n\nAccepted\n"),
    ]);
    std::fs::write(
        project.path().join("book.toml"),
        "[book]\ntitle = \"A & B\"\nauthors = [\"Анна <anna>\"]\n\n[output.html]\nsite-url = \"https://docs.example/portal/\"\n",
    )
    .unwrap();
    let (out, output) = common::build(project.path());
    assert!(output.status.success(), "{}", common::stderr(&output));
    let feed = common::page(&out, "feed.xml");
    assert!(!feed.contains("<script>"), "{feed}");
    // A title is the H1's text as rendered: its tags are markup, not text (see tests/escaping.rs
    // for a title that spells them out).
    assert!(feed.contains("ADR-0001: alert(1) &amp; &quot;кавычки&quot;"), "{feed}");
    assert!(feed.contains("<author><name>Анна &lt;anna&gt;</name></author>"), "{feed}");
    assert!(feed.contains("<id>https://docs.example/portal/feed.xml</id>"), "{feed}");
    assert!(feed.contains("href=\"https://docs.example/portal/decisions/0002-%D0%B4%D0%B2%D0%B0%20"), "{feed}");
    assert_eq!(entry_titles(&feed).len(), 2);
}

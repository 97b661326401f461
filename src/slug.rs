//! File-name slugs from titles. Cyrillic is transliterated by ICAO Doc 9303 (the standard
//! of Russian international passports since 2013: й → i, ц → ts, х → kh, щ → shch,
//! ю → iu, я → ia, ъ → ie, ь dropped), so «Выбор очереди сообщений» becomes
//! `vybor-ocheredi-soobshchenii`.

/// ICAO Doc 9303 transliteration of one lower-case Cyrillic letter.
fn icao(letter: char) -> Option<&'static str> {
    Some(match letter {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ie",
        'ы' => "y",
        'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// A lower-case ASCII slug: letters and digits, words joined by `-`, at most `max_len`
/// bytes (cut at a word boundary).
pub fn slugify(title: &str, max_len: usize) -> String {
    let mut slug = String::with_capacity(title.len());
    for ch in title.chars().flat_map(char::to_lowercase) {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if let Some(latin) = icao(ch) {
            slug.push_str(latin);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_matches('-').to_owned();
    if slug.len() > max_len {
        let cut = slug[..max_len].rfind('-').unwrap_or(max_len);
        slug.truncate(cut);
    }
    if slug.is_empty() {
        slug.push_str("untitled");
    }
    slug
}

#[cfg(test)]
mod tests {

    #[test]
    fn example_slugify() {
        use crate::slug::slugify;
        assert_eq!(slugify("Выбор очереди сообщений", 60), "vybor-ocheredi-soobshchenii");
        assert_eq!(slugify("Переход на NATS (JetStream) — v2.10", 60), "perekhod-na-nats-jetstream-v2-10");
        assert_eq!(slugify("Щука, ёж и подъезд", 60), "shchuka-ezh-i-podieezd");
    }
}

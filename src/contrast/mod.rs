//! WCAG 2.1 colour contrast: relative luminance, contrast ratios, and the nudge that makes a
//! colour readable on its backgrounds. Used to derive the syntax-highlighting themes (and to
//! test every colour the portal emits) so text keeps ≥ 4.5:1 in both themes.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

/// The ratio WCAG 2.1 AA asks of normal text (1.4.3).
pub(crate) const TEXT_MINIMUM: f64 = 4.5;

impl Rgb {
    /// `#rrggbb` (or `#rgb`) → the colour.
    #[cfg(test)]
    pub(crate) fn parse(hex: &str) -> Option<Rgb> {
        let digits = hex.trim().strip_prefix('#')?;
        let channel = |at: usize, len: usize| {
            let part = digits.get(at..at + len)?;
            let value = u8::from_str_radix(part, 16).ok()?;
            Some(if len == 1 { value * 17 } else { value })
        };
        match digits.len() {
            3 => Some(Rgb(channel(0, 1)?, channel(1, 1)?, channel(2, 1)?)),
            6 | 8 => Some(Rgb(channel(0, 2)?, channel(2, 2)?, channel(4, 2)?)),
            _ => None,
        }
    }

    /// `#rrggbb`.
    #[cfg(test)]
    pub(crate) fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.1).
    pub(crate) fn luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// Contrast ratio against `other`, 1 to 21.
    pub(crate) fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `self` mixed with `other`; `amount` 0 keeps `self`, 1 gives `other`.
    fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let channel = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(channel(self.0, other.0), channel(self.1, other.1), channel(self.2, other.2))
    }

    /// The colour nearest to `self` (mixed towards black on light backgrounds, towards white
    /// on dark ones) whose contrast reaches `minimum` against every one of `backgrounds`;
    /// `self` when it already does. Hue is kept as far as the contrast allows.
    pub(crate) fn readable_on(self, backgrounds: &[Rgb], minimum: f64) -> Rgb {
        let light = backgrounds.iter().map(|bg| bg.luminance()).sum::<f64>() / backgrounds.len().max(1) as f64 > 0.18;
        let target = if light { Rgb(0, 0, 0) } else { Rgb(255, 255, 255) };
        let meets = |colour: Rgb| backgrounds.iter().all(|bg| colour.contrast(*bg) >= minimum);
        (0..=100).map(|step| self.mix(target, f64::from(step) / 100.0)).find(|c| meets(*c)).unwrap_or(target)
    }
}

#[cfg(test)]
mod palette;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_wcag() {
        let white = Rgb(255, 255, 255);
        assert!((Rgb(0, 0, 0).contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        let grey = Rgb::parse("#818b98").unwrap();
        assert!((grey.contrast(white) - 3.45).abs() < 0.01, "{}", grey.contrast(white));
        assert_eq!(Rgb::parse("#fff"), Some(white));
        assert_eq!(Rgb::parse("#0969daff"), Some(Rgb(9, 105, 218)));
        assert_eq!(Rgb::parse("red"), None);
        assert_eq!(Rgb(9, 105, 218).hex(), "#0969da");
    }

    #[test]
    fn a_faint_colour_is_darkened_on_light_and_lightened_on_dark_backgrounds() {
        let light = [Rgb::parse("#ffffff").unwrap(), Rgb::parse("#f6f8fa").unwrap()];
        let green = Rgb::parse("#63a35c").unwrap();
        let fixed = green.readable_on(&light, TEXT_MINIMUM);
        assert!(light.iter().all(|bg| fixed.contrast(*bg) >= TEXT_MINIMUM));
        assert!(fixed.1 > fixed.0 && fixed.1 > fixed.2, "still green: {}", fixed.hex());
        let dark = [Rgb::parse("#151b23").unwrap()];
        let navy = Rgb::parse("#183691").unwrap();
        let lifted = navy.readable_on(&dark, TEXT_MINIMUM);
        assert!(lifted.contrast(dark[0]) >= TEXT_MINIMUM && lifted.2 > lifted.0, "{}", lifted.hex());
        let fine = Rgb::parse("#24292f").unwrap();
        assert_eq!(fine.readable_on(&light, TEXT_MINIMUM), fine, "already readable: unchanged");
    }
}

//! How fine a place tag is.
//!
//! A check-in at "PureGym Bristol Harbourside" says where the doctor is to within metres, and at
//! what time; a tag reading "Paris, France" or "Cornwall, UK" says only which town, region or
//! country. The eval guide (and the MDU's "would you want patients to know your whereabouts")
//! treats the second kind, posted from a trip, as borderline rather than exposure. A tag counts as
//! coarse when every comma-separated part of its name is a town, city, region or country from the
//! lists here (`lexicons/regions.txt`, `lexicons/towns.txt`); anything else, a venue, a street or a
//! neighbourhood not listed, is taken to be fine-grained, so an unknown name is never excused.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Lower-cased names of towns, cities, regions and countries.
static COARSE_PLACES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let regions = include_str!("lexicons/regions.txt").lines();
    // towns.txt lines read "Ludlow | town | cs": the name is the first field.
    let towns = include_str!("lexicons/towns.txt")
        .lines()
        .filter_map(|line| line.split('|').next());
    regions
        .chain(towns)
        .map(str::trim)
        .filter(|name| !name.is_empty() && !name.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

/// Whether a place tag's name only names a town, region or country ("London, England",
/// "Manchester", "Tenerife, Canary Islands, Spain"), never a venue or a street.
pub fn is_coarse_place(name: &str) -> bool {
    let mut parts = name
        .split(',')
        .map(|part| part.trim().trim_end_matches('.'))
        .peekable();
    parts.peek().is_some()
        && parts.all(|part| !part.is_empty() && COARSE_PLACES.contains(&part.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::is_coarse_place;

    #[test]
    fn towns_regions_and_countries_are_coarse() {
        for name in [
            "Paris, France",
            "London, England",
            "London, United Kingdom",
            "Manchester",
            "Tenerife, Canary Islands, Spain",
            "Cornwall, UK",
            "New York, NY",
            "Ludlow, Shropshire",
            "bath, england",
        ] {
            assert!(is_coarse_place(name), "{name}");
        }
    }

    #[test]
    fn venues_streets_and_unknown_names_are_not() {
        for name in [
            "PureGym Bristol Harbourside",
            "Royal College of Physicians",
            "Elm Grove, Bristol",
            "St Saviour's Infant School",
            "Home Sweet Home 🏠",
            "Chorlton, Manchester",
            "",
            " , ",
            "London,",
        ] {
            assert!(!is_coarse_place(name), "{name}");
        }
    }
}

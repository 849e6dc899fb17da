//! X/Twitter archives. (Being written: see issue 2.)

use super::{Claim, Export, Probe, ReadStats, Source};
use crate::model::{Platform, Record};

pub struct Twitter;

impl Source for Twitter {
    fn name(&self) -> &'static str {
        "twitter"
    }

    fn platform(&self) -> Platform {
        Platform::Twitter
    }

    fn detect(&self, probe: &Probe) -> Claim {
        if probe.head_contains("window.YTD.") {
            Claim::records(90)
        } else {
            Claim::NOT_MINE
        }
    }

    fn read(&self, _export: &Export, _emit: &mut dyn FnMut(Record)) -> ReadStats {
        ReadStats::default()
    }
}

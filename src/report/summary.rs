//! `summary.csv` and `summary.parquet`: findings by year × platform × category × severity, with the
//! records scanned in that year on that platform and the rate per thousand records.
//!
//! The rate is what makes years comparable: forty findings in a year of four thousand posts is a
//! different story from forty in four hundred, and an adviser wants to see whether the problem is an
//! old habit or a current one. The records come from `coverage.totals.by_year_platform`, counted by the
//! engine over the same records the rules saw.
//!
//! Layout, one row per group, sorted by year (`undated` last), platform, then the `all`/`all` total row
//! of that year and platform (present for every year and platform with records, even without findings),
//! then category and severity (high first):
//!
//! `year, platform, category, severity, findings, allowed, records, rate_per_1000`
//!
//! `findings` counts this run's findings (resolved baseline findings are not), `allowed` those of them
//! accepted through `--allow`. Rates are rounded to two decimals.
//!
//! This is the only module that uses polars (eager API: group-by, join, sort; no lazy engine), so its
//! build cost stays in one place. Output is byte-stable: rows are fully sorted on a unique key, the
//! Parquet file is written uncompressed, single-threaded, in one row group, and polars writes no
//! timestamp (its `created_by` is the constant "Polars").

use super::Report;
use crate::rules::Severity;
use polars::prelude::*;

const TOTAL: &str = "all";

fn severity_rank(s: Severity) -> i32 {
    match s {
        Severity::Info => 0,
        Severity::Low => 1,
        Severity::Medium => 2,
        Severity::High => 3,
    }
}

/// One row per finding of this run.
fn findings_frame(report: &Report) -> PolarsResult<DataFrame> {
    let (mut year, mut platform, mut category, mut severity, mut rank, mut allowed) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    for f in report.current() {
        year.push(crate::engine::year_label(f.record.timestamp));
        platform.push(f.record.platform.as_str());
        category.push(f.category.as_str());
        severity.push(f.severity.as_str());
        rank.push(severity_rank(f.severity));
        allowed.push(i64::from(f.status.as_deref() == Some("allowed")));
    }
    let ones = vec![1i64; year.len()];
    df!(
        "year" => year,
        "platform" => platform,
        "category" => category,
        "severity" => severity,
        "severity_rank" => rank,
        "findings" => ones,
        "allowed" => allowed,
    )
}

/// Records scanned per year and platform.
fn records_frame(report: &Report) -> PolarsResult<DataFrame> {
    let (mut year, mut platform, mut records) = (vec![], vec![], vec![]);
    for (y, by_platform) in &report.coverage.totals.by_year_platform {
        for (p, n) in by_platform {
            year.push(y.as_str());
            platform.push(p.as_str());
            records.push(i64::try_from(*n).unwrap_or(i64::MAX));
        }
    }
    df!("year" => year, "platform" => platform, "records" => records)
}

/// Sum the count columns of `df` grouped by `keys`, naming the sums back to the column names.
///
/// polars marks the eager group-by aggregations deprecated in favour of its lazy engine; the lazy
/// engine roughly doubles polars' build cost for a table of a few hundred rows, so the eager API stays.
#[allow(deprecated)]
fn sum_by(df: &DataFrame, keys: &[&str]) -> PolarsResult<DataFrame> {
    let mut out = df
        .group_by(keys.iter().copied())?
        .select(["findings", "allowed"])
        .sum()?;
    out.rename("findings_sum", "findings".into())?;
    out.rename("allowed_sum", "allowed".into())?;
    Ok(out)
}

fn left_join(a: &DataFrame, b: &DataFrame, on: &[&str]) -> PolarsResult<DataFrame> {
    let mut args = JoinArgs::new(JoinType::Left);
    args.maintain_order = MaintainOrderJoin::Left;
    a.join(b, on.iter().copied(), on.iter().copied(), args, None)
}

/// The summary table (see the module docs for its layout).
pub fn build(report: &Report) -> PolarsResult<DataFrame> {
    let findings = findings_frame(report)?;
    let records = records_frame(report)?;

    let detail = sum_by(
        &findings,
        &["year", "platform", "category", "severity", "severity_rank"],
    )?;
    let mut detail = left_join(&detail, &records, &["year", "platform"])?;
    detail.with_column(Column::new("level".into(), vec![1i32; detail.height()]))?;

    // Totals for every year and platform with records, and for any with findings but no records.
    let per_group = sum_by(&findings, &["year", "platform"])?;
    let keys = records
        .select(["year", "platform"])?
        .vstack(&per_group.select(["year", "platform"])?)?
        .unique_stable(None, UniqueKeepStrategy::First, None)?;
    let mut totals = left_join(&keys, &per_group, &["year", "platform"])?;
    totals = left_join(&totals, &records, &["year", "platform"])?;
    for c in ["findings", "allowed"] {
        let filled = totals.column(c)?.fill_null(FillNullStrategy::Zero)?;
        totals.with_column(filled)?;
    }
    let h = totals.height();
    totals.with_column(Column::new("category".into(), vec![TOTAL; h]))?;
    totals.with_column(Column::new("severity".into(), vec![TOTAL; h]))?;
    totals.with_column(Column::new("severity_rank".into(), vec![99i32; h]))?;
    totals.with_column(Column::new("level".into(), vec![0i32; h]))?;

    let order = [
        "year",
        "platform",
        "category",
        "severity",
        "severity_rank",
        "level",
        "findings",
        "allowed",
        "records",
    ];
    let all = totals.select(order)?.vstack(&detail.select(order)?)?;
    let mut all = all.sort(
        ["year", "platform", "level", "category", "severity_rank"],
        SortMultipleOptions::default()
            .with_order_descending_multi([false, false, false, false, true])
            .with_maintain_order(true)
            .with_multithreaded(false),
    )?;

    let f = all.column("findings")?.cast(&DataType::Float64)?;
    let r = all.column("records")?.cast(&DataType::Float64)?;
    let rate: Float64Chunked = f
        .f64()?
        .iter()
        .zip(r.f64()?.iter())
        .map(|(f, r)| match (f, r) {
            (Some(f), Some(r)) if r > 0.0 => Some((f * 1000.0 / r * 100.0).round() / 100.0),
            _ => None,
        })
        .collect();
    all.with_column(rate.with_name("rate_per_1000".into()).into_column())?;
    all.select([
        "year",
        "platform",
        "category",
        "severity",
        "findings",
        "allowed",
        "records",
        "rate_per_1000",
    ])
}

/// CSV with a header, two-decimal rates, empty cells for missing values.
pub fn to_csv(df: &DataFrame) -> PolarsResult<Vec<u8>> {
    let mut buf = Vec::new();
    let mut df = df.clone();
    CsvWriter::new(&mut buf)
        .include_header(true)
        .with_float_precision(Some(2))
        .n_threads(1)
        .finish(&mut df)?;
    Ok(buf)
}

/// Parquet, written so the same table always gives the same bytes.
pub fn to_parquet(df: &DataFrame) -> PolarsResult<Vec<u8>> {
    let mut buf = Vec::new();
    let mut df = df.clone();
    ParquetWriter::new(&mut buf)
        .with_compression(ParquetCompression::Uncompressed)
        .with_statistics(StatisticsOptions::default())
        .with_row_group_size(Some(1 << 20))
        .set_parallel(false)
        .finish(&mut df)?;
    Ok(buf)
}

//! hindsight: audit a doctor's social-media archives against the GMC's social-media guidance, offline.
//!
//! Pipeline (see DESIGN.md): [`input`] lists every file under the given paths (folders, zips, tar.gz,
//! nested archives) without extracting anything; [`ingest`] recognises each platform's files and turns
//! them into [`model::Record`]s; [`rules`] (over [`detect`] helpers) turn records into findings;
//! [`engine`] runs it all in parallel with deterministic output; [`report`] renders one findings list
//! into every output file.

pub mod app;
pub mod bench;
pub mod cli;
pub mod detect;
pub mod engine;
pub mod ingest;
pub mod input;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod rules;

//! EXIF GPS position and capture time, read from a photo file inside an export.
//!
//! Platforms strip EXIF from what they serve, but exports often hand back the original upload, and
//! Facebook/Instagram JSON only sometimes carries the coordinates in `media_metadata`. A doctor's
//! photos taken at home or at a hospital reveal where they live and work (GMC 2013 ¶8c), so any
//! source that knows which file a record refers to can call [`read_photo_exif`] to fill
//! `Media.gps` and `Media.taken_at`.
//!
//! Only the head of the file is read ([`EXIF_HEAD_BYTES`]): the EXIF block sits at the start of a
//! JPEG (APP1, at most 64 KiB) and near the start of HEIC/PNG/WebP containers, and `.tar.gz` inputs
//! keep only that much of each media file anyway. Bad bytes are never an error worth reporting: a
//! photo without readable EXIF simply has no EXIF.

use crate::input::{Entry, Limits};
use crate::model::{GeoPoint, Timestamp};
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use exif::{In, Tag, Value};
use std::io::Cursor;

/// How much of a photo is read to find its EXIF block.
pub const EXIF_HEAD_BYTES: usize = 256 * 1024;

/// What a photo's EXIF says about where and when it was taken.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhotoExif {
    pub gps: Option<GeoPoint>,
    /// `DateTimeOriginal` (falling back to `DateTimeDigitized`, `DateTime`): UTC when the file records
    /// its offset (`OffsetTimeOriginal`) or a GPS time stamp, otherwise the camera's local time.
    pub taken_at: Option<Timestamp>,
}

/// Read GPS and capture time from the first [`EXIF_HEAD_BYTES`] of `entry`. `None` when the file
/// cannot be read, has no EXIF block, or the block has neither field.
pub fn read_photo_exif(entry: &Entry, limits: &Limits) -> Option<PhotoExif> {
    let head = entry.head(EXIF_HEAD_BYTES, limits).ok()?;
    photo_exif_from_bytes(&head)
}

/// Fill a media item's GPS position and capture time from the photo file itself, keeping whatever
/// the export already said. Only image files are opened.
pub fn fill_from_file(media: &mut crate::model::Media, file: &Entry, limits: &Limits) {
    const IMAGES: [&str; 8] = [
        ".jpg", ".jpeg", ".heic", ".heif", ".png", ".webp", ".tif", ".tiff",
    ];
    let name = file.file_name_lower();
    if (media.gps.is_some() && media.taken_at.is_some())
        || !IMAGES.iter().any(|e| name.ends_with(e))
    {
        return;
    }
    if let Some(x) = read_photo_exif(file, limits) {
        media.gps = media.gps.or(x.gps);
        media.taken_at = media.taken_at.or(x.taken_at);
    }
}

/// As [`read_photo_exif`], from bytes already in memory (a JPEG/HEIC/PNG/WebP/TIFF head).
pub fn photo_exif_from_bytes(bytes: &[u8]) -> Option<PhotoExif> {
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()?;
    let found = PhotoExif {
        gps: gps_of(&exif),
        taken_at: taken_at_of(&exif),
    };
    (found.gps.is_some() || found.taken_at.is_some()).then_some(found)
}

fn gps_of(exif: &exif::Exif) -> Option<GeoPoint> {
    let lat = degrees(exif, Tag::GPSLatitude)?;
    let lon = degrees(exif, Tag::GPSLongitude)?;
    let lat = if reference(exif, Tag::GPSLatitudeRef) == Some(b'S') {
        -lat
    } else {
        lat
    };
    let lon = if reference(exif, Tag::GPSLongitudeRef) == Some(b'W') {
        -lon
    } else {
        lon
    };
    GeoPoint::new(lat, lon)
}

/// Degrees, minutes, seconds as rationals → decimal degrees. A zero denominator makes the value
/// non-finite, which [`GeoPoint::new`] rejects.
fn degrees(exif: &exif::Exif, tag: Tag) -> Option<f64> {
    let field = exif.get_field(tag, In::PRIMARY)?;
    let parts: Vec<f64> = match &field.value {
        Value::Rational(v) => v.iter().map(|r| r.to_f64()).collect(),
        Value::SRational(v) => v.iter().map(|r| r.to_f64()).collect(),
        _ => return None,
    };
    let deg = *parts.first()?;
    let min = parts.get(1).copied().unwrap_or(0.0);
    let sec = parts.get(2).copied().unwrap_or(0.0);
    let value = deg + min / 60.0 + sec / 3600.0;
    value.is_finite().then_some(value)
}

fn reference(exif: &exif::Exif, tag: Tag) -> Option<u8> {
    match &exif.get_field(tag, In::PRIMARY)?.value {
        Value::Ascii(v) => v.first()?.first().map(|b| b.to_ascii_uppercase()),
        _ => None,
    }
}

fn ascii(exif: &exif::Exif, tag: Tag) -> Option<&[u8]> {
    match &exif.get_field(tag, In::PRIMARY)?.value {
        Value::Ascii(v) => v.first().map(Vec::as_slice),
        _ => None,
    }
}

fn taken_at_of(exif: &exif::Exif) -> Option<Timestamp> {
    let (raw, offset_tag) = [
        (Tag::DateTimeOriginal, Tag::OffsetTimeOriginal),
        (Tag::DateTimeDigitized, Tag::OffsetTimeDigitized),
        (Tag::DateTime, Tag::OffsetTime),
    ]
    .into_iter()
    .find_map(|(t, o)| ascii(exif, t).map(|raw| (raw, o)))?;
    let mut dt = exif::DateTime::from_ascii(raw).ok()?;
    let local = naive(&dt)?;
    if let Some(off) = ascii(exif, offset_tag) {
        if dt.parse_offset(off).is_ok() {
            if let Some(minutes) = dt.offset {
                let utc = local.checked_sub_signed(Duration::minutes(i64::from(minutes)))?;
                return Some(Timestamp {
                    at: utc,
                    local: false,
                });
            }
        }
    }
    if let Some(utc) = gps_time(exif) {
        return Some(Timestamp {
            at: utc,
            local: false,
        });
    }
    Some(Timestamp::local(local))
}

fn naive(dt: &exif::DateTime) -> Option<NaiveDateTime> {
    let date = NaiveDate::from_ymd_opt(i32::from(dt.year), u32::from(dt.month), u32::from(dt.day))?;
    let time = NaiveTime::from_hms_opt(
        u32::from(dt.hour),
        u32::from(dt.minute),
        u32::from(dt.second),
    )?;
    // A zeroed or absurd camera clock is no capture time at all.
    (dt.year >= 1900).then(|| date.and_time(time))
}

/// `GPSDateStamp` ("YYYY:MM:DD") plus `GPSTimeStamp` (three rationals), which are UTC by definition.
fn gps_time(exif: &exif::Exif) -> Option<NaiveDateTime> {
    let date = std::str::from_utf8(ascii(exif, Tag::GPSDateStamp)?).ok()?;
    let date = NaiveDate::parse_from_str(date.trim(), "%Y:%m:%d").ok()?;
    let parts: Vec<f64> = match &exif.get_field(Tag::GPSTimeStamp, In::PRIMARY)?.value {
        Value::Rational(v) => v.iter().map(|r| r.to_f64()).collect(),
        _ => return None,
    };
    let [h, m, s] = parts.as_slice() else {
        return None;
    };
    if !(h.is_finite() && m.is_finite() && s.is_finite()) {
        return None;
    }
    let time = NaiveTime::from_hms_opt(*h as u32, *m as u32, *s as u32)?;
    Some(date.and_time(time))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use exif::experimental::Writer;
    use exif::{Field, Rational};

    fn dms(v: f64) -> Vec<Rational> {
        let v = v.abs();
        let d = v.trunc();
        let m = ((v - d) * 60.0).trunc();
        let s = ((v - d) * 60.0 - m) * 60.0;
        vec![
            Rational::from((d as u32, 1)),
            Rational::from((m as u32, 1)),
            Rational::from(((s * 1000.0).round() as u32, 1000)),
        ]
    }

    /// A minimal JPEG (SOI, APP1 Exif, EOI) carrying the given GPS and capture time.
    pub(crate) fn jpeg_with_exif(gps: Option<(f64, f64)>, taken: Option<&str>) -> Vec<u8> {
        let mut fields = Vec::new();
        if let Some((lat, lon)) = gps {
            let ns = if lat < 0.0 { "S" } else { "N" };
            let ew = if lon < 0.0 { "W" } else { "E" };
            fields.push(Field {
                tag: Tag::GPSLatitudeRef,
                ifd_num: In::PRIMARY,
                value: Value::Ascii(vec![ns.as_bytes().to_vec()]),
            });
            fields.push(Field {
                tag: Tag::GPSLatitude,
                ifd_num: In::PRIMARY,
                value: Value::Rational(dms(lat)),
            });
            fields.push(Field {
                tag: Tag::GPSLongitudeRef,
                ifd_num: In::PRIMARY,
                value: Value::Ascii(vec![ew.as_bytes().to_vec()]),
            });
            fields.push(Field {
                tag: Tag::GPSLongitude,
                ifd_num: In::PRIMARY,
                value: Value::Rational(dms(lon)),
            });
        }
        if let Some(t) = taken {
            fields.push(Field {
                tag: Tag::DateTimeOriginal,
                ifd_num: In::PRIMARY,
                value: Value::Ascii(vec![t.as_bytes().to_vec()]),
            });
        }
        fields.push(Field {
            tag: Tag::Make,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![b"Test".to_vec()]),
        });
        let mut w = Writer::new();
        for f in &fields {
            w.push_field(f);
        }
        let mut tiff = Cursor::new(Vec::new());
        w.write(&mut tiff, false).expect("exif writes");
        let tiff = tiff.into_inner();
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
        let len = (tiff.len() + 8) as u16;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(b"Exif\0\0");
        out.extend_from_slice(&tiff);
        out.extend_from_slice(&[0xFF, 0xD9]);
        out
    }

    #[test]
    fn reads_gps_and_local_capture_time() {
        let jpg = jpeg_with_exif(Some((51.5074, -0.1278)), Some("2023:06:01 08:30:00"));
        let e = Entry::from_bytes("in", "photo.jpg", jpg);
        let got = read_photo_exif(&e, &Limits::default()).expect("exif");
        let gps = got.gps.expect("gps");
        assert!((gps.lat - 51.5074).abs() < 1e-5, "{gps:?}");
        assert!((gps.lon + 0.1278).abs() < 1e-5, "{gps:?}");
        assert_eq!(
            got.taken_at.map(|t| t.to_canonical()).as_deref(),
            Some("2023-06-01T08:30:00")
        );
    }

    #[test]
    fn southern_and_time_only() {
        let jpg = jpeg_with_exif(Some((-33.8688, 151.2093)), None);
        let got = photo_exif_from_bytes(&jpg).unwrap();
        assert!(got.gps.unwrap().lat < 0.0);
        assert_eq!(got.taken_at, None);
        let jpg = jpeg_with_exif(None, Some("2020:01:02 03:04:05"));
        let got = photo_exif_from_bytes(&jpg).unwrap();
        assert_eq!(got.gps, None);
        assert!(got.taken_at.unwrap().local);
    }

    #[test]
    fn garbage_and_truncation_are_none_not_panics() {
        assert_eq!(photo_exif_from_bytes(b""), None);
        assert_eq!(photo_exif_from_bytes(b"\xFF\xD8\xFF\xE1\xFF\xFFExif"), None);
        assert_eq!(photo_exif_from_bytes(b"not an image at all"), None);
        let jpg = jpeg_with_exif(Some((10.0, 10.0)), None);
        for cut in 0..jpg.len() {
            let _ = photo_exif_from_bytes(&jpg[..cut]);
        }
        // No EXIF fields of interest: only Make.
        let jpg = jpeg_with_exif(None, None);
        assert_eq!(photo_exif_from_bytes(&jpg), None);
        // A zeroed clock is no time.
        let jpg = jpeg_with_exif(None, Some("0000:00:00 00:00:00"));
        assert_eq!(photo_exif_from_bytes(&jpg), None);
    }
}

//! The public validation set: published case reports (engine/tests/cases/, listed with their
//! sources in its README) run through the engine. Reports top-1 and top-3 accuracy per
//! category and fails below 80% top-1 or 95% top-3.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;

use calcinosis_engine::answers::from_file;
use calcinosis_engine::assess::assess;
use calcinosis_engine::knowledge::Category;

const MIN_TOP1: f64 = 0.80;
const MIN_TOP3: f64 = 0.95;

#[test]
fn validation_set_accuracy() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 30, "only {} cases", files.len());
    let (mut top1, mut top3) = (0usize, 0usize);
    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let meta: serde_json::Value = serde_json::from_str(&text).unwrap();
        let expected_id = meta["case"]["expected"].as_str().unwrap();
        let expected = Category::from_id(expected_id)
            .unwrap_or_else(|| panic!("{}: unknown category {expected_id}", f.display()));
        assert!(
            meta["case"]["citation"]
                .as_str()
                .is_some_and(|c| !c.is_empty()),
            "{}: no citation",
            f.display()
        );
        let answers = from_file(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let a = assess(&answers);
        let pos = a
            .ranking
            .iter()
            .position(|r| r.category == expected)
            .unwrap();
        let e = per.entry(expected.id()).or_default();
        e.1 += 1;
        if pos == 0 {
            top1 += 1;
            e.0 += 1;
        } else {
            misses.push(format!(
                "{}: expected {} (rank {}, score {}), got {} (score {})",
                f.file_name().unwrap().to_string_lossy(),
                expected_id,
                pos + 1,
                a.ranking[pos].score,
                a.ranking[0].category.id(),
                a.ranking[0].score
            ));
        }
        if pos < 3 {
            top3 += 1;
        }
    }
    let n = files.len() as f64;
    let (t1, t3) = (top1 as f64 / n, top3 as f64 / n);
    println!(
        "validation set: {} cases, top-1 {:.1}% ({top1}), top-3 {:.1}% ({top3})",
        files.len(),
        t1 * 100.0,
        t3 * 100.0
    );
    for (c, (ok, total)) in &per {
        println!("  {c:<36} top-1 {ok}/{total}");
    }
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(
        t1 >= MIN_TOP1,
        "top-1 accuracy {:.1}% is below {:.0}%",
        t1 * 100.0,
        MIN_TOP1 * 100.0
    );
    assert!(
        t3 >= MIN_TOP3,
        "top-3 accuracy {:.1}% is below {:.0}%",
        t3 * 100.0,
        MIN_TOP3 * 100.0
    );
}

//! The `assess` command: one file, a folder, a bad file, and the language option.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

fn run(arg: &str) -> (i32, serde_json::Value, String) {
    run_with(&[arg])
}

fn run_with(args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("calcinosis-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn one_file_prints_the_assessment_red_flags_first() {
    let d = temp_dir("one");
    let f = d.join("a.json");
    std::fs::write(&f, r#"{"format":"calcinosis-aid/answers","version":1,"answers":{"sites":["thigh"],"looks":["livedo","ulcer_eschar"],"pain":"severe","kidney":"dialysis"}}"#).unwrap();
    let (code, v, _) = run(f.to_str().unwrap());
    assert_eq!(code, 0);
    assert_eq!(v["red_flags"][0]["id"], "calciphylaxis");
    assert_eq!(v["ranking"][0]["category"], "calciphylaxis");
    assert_eq!(v["ranking"][0]["label"], "likely");
    assert!(v["ranking"][0]["for"][0]["sources"][0]["url"]
        .as_str()
        .unwrap()
        .starts_with("http"));
    let first_key = v.as_object().unwrap().keys().next().unwrap().clone();
    assert_eq!(first_key, "notice");
}

#[test]
fn a_folder_is_assessed_file_by_file_and_a_bad_file_names_its_field() {
    let d = temp_dir("folder");
    std::fs::write(d.join("good.json"), r#"{"format":"calcinosis-aid/answers","version":1,"answers":{"sex":"male","sites":["scrotum"]}}"#).unwrap();
    std::fs::write(
        d.join("bad.json"),
        r#"{"format":"calcinosis-aid/answers","version":1,"answers":{"pain":"unbearable"}}"#,
    )
    .unwrap();
    let (code, v, err) = run(d.to_str().unwrap());
    assert_eq!(code, 1, "a bad file must fail the run");
    assert!(
        err.contains("bad.json") && err.contains("answers.pain"),
        "{err}"
    );
    assert_eq!(v["good.json"]["ranking"][0]["category"], "idiopathic");
}

#[test]
fn lang_es_writes_the_texts_in_spanish_and_a_bad_language_is_refused() {
    let d = temp_dir("lang");
    let f = d.join("a.json");
    std::fs::write(&f, r#"{"format":"calcinosis-aid/answers","version":1,"answers":{"sites":["thigh"],"looks":["livedo","ulcer_eschar"],"pain":"severe","kidney":"dialysis"}}"#).unwrap();
    let path = f.to_str().unwrap();
    let (code, en, _) = run_with(&[path]);
    assert_eq!(code, 0);
    let (code, es, _) = run_with(&["--lang", "es", path]);
    assert_eq!(code, 0);
    // The same assessment, in other words.
    assert_eq!(es["red_flags"][0]["id"], en["red_flags"][0]["id"]);
    assert_eq!(es["ranking"][0]["category"], en["ranking"][0]["category"]);
    assert_ne!(es["notice"], en["notice"]);
    assert_eq!(
        es["notice"].as_str().unwrap(),
        calcinosis_engine::text::t(calcinosis_engine::text::Lang::Es, "ui.not_a_diagnosis")
    );
    let (code, _, err) = run_with(&["--lang", "fr", path]);
    assert_eq!(code, 2);
    assert!(err.contains("use en or es"), "{err}");
}

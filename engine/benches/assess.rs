//! One assessment over a full answer set (every question answered), as the app runs it on
//! each change. Target: median under 20 microseconds natively.

use calcinosis_engine::answers::from_file;
use calcinosis_engine::assess::assess;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

const FULL: &str = include_str!("full_answers.json");

fn bench(c: &mut Criterion) {
    let answers = match from_file(FULL) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("benchmark answers do not load: {e}");
            return;
        }
    };
    c.bench_function("assess_full_answer_set", |b| {
        b.iter(|| assess(black_box(&answers)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

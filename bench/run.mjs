// Issue 8: Calcinosis Aid against SurveyJS and LHC-Forms, same questionnaire, same
// headless Chromium run, measured side by side. Not part of CI.
//
//   cd bench && npm ci && node run.mjs
//
// 1. gen.mjs builds the three sites into bench/work/site/ (our app with trunk; SurveyJS and
//    LHC-Forms pages from npm packages, fed from the engine's FHIR R4 Questionnaire).
// 2. serve.mjs serves each on 127.0.0.1, gzip -9, correct MIME types (ours with its CSP).
// 3. For CPU throttling 1x, then 4x: ROUNDS rounds, each visiting all three apps in a
//    rotating order, each visit in a fresh context (first visit, empty cache): bytes over
//    the wire, time to the first question being visible and clickable, time per answer over
//    a full walk, the answer that opens a follow-up question, the heap after the walk.
// 4. Lighthouse (mobile) on our intro, question screens and result screen (user flow).
// 5. Medians and ratios to bench/results.md, printed too. Raw samples: bench/work/raw.json.
//
// Options: --rounds N (default 10), --ref REF (build that commit, exported clean, instead of
// the working tree), --skip-build (reuse bench/work/site), --ours-dist DIR (use an existing
// build of our app), --no-lighthouse, --cpu 1,4 (throttling rates).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BENCH, REPO, SITE, WORK, generate, inventory } from './gen.mjs';
import { serveStatic } from './serve.mjs';
import { CHROMIUM_ARGS, median, visit } from './measure.mjs';
// The policy our app ships with (README, "Deploying"); the peers cannot run under it.
import { CSP } from '../tests/e2e/web.mjs';
import { lighthouseFlow } from './lighthouse.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function parseArgs(argv) {
  const o = { rounds: 10, cpu: [1, 4], lighthouse: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--skip-build') o.skipBuild = true;
    else if (a === '--ours-dist') o.oursDist = argv[++i];
    else if (a === '--ref') o.ref = argv[++i];
    else if (a === '--no-lighthouse') o.lighthouse = false;
    else if (a === '--cpu') o.cpu = argv[++i].split(',').map(Number);
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(0, 18).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(o.rounds >= 1)) throw new Error('--rounds must be at least 1');
  return o;
}

const log = (...a) => console.log('[bench]', ...a);

function find(q, linkId) {
  let hit = null;
  const walk = (items) => {
    for (const it of items ?? []) {
      if (it.linkId === linkId) hit = it;
      walk(it.item);
    }
  };
  walk(q.item);
  if (!hit) throw new Error(`no item ${linkId} in the Questionnaire`);
  return hit;
}

const display = (item, code) => item.answerOption.find((o) => o.valueCoding.code === code).valueCoding.display;

function version(pkg) {
  return JSON.parse(readFileSync(join(BENCH, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

// ---- Formatting ----

const kb = (b) => (Number.isFinite(b) ? `${(b / 1024).toFixed(1)} KB` : '–');
const mb = (b) => (Number.isFinite(b) ? `${(b / 1048576).toFixed(1)} MB` : '–');
const ms = (t) => (Number.isFinite(t) ? `${Math.round(t)} ms` : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '–');
const times = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(1)}×` : '–');

const APPS = ['ours', 'surveyjs', 'lforms'];
const TITLE = { ours: 'Calcinosis Aid', surveyjs: 'SurveyJS', lforms: 'LHC-Forms' };

const METRICS = [
  ['bytes', 'First visit: bytes transferred (gzip, with headers)', kb],
  ['requests', 'First visit: requests', (n) => String(n)],
  ['startInteractive', 'Start button interactive (ours only)', ms],
  ['firstQuestion', 'Navigation → first question visible and clickable', ms],
  ['fcp', 'First contentful paint (ours: "Loading…" or the static intro)', ms],
  ['answerPaint', 'Answer → next paint (median of the walk)', ms],
  ['answerWork', 'Answer → handlers and re-render done (median of the walk)', ms],
  ['reveal', 'Answer that opens a follow-up → follow-up shown', ms],
  ['heapUsed', 'JS heap after the full walk (after GC)', mb],
  ['heapWithWasm', 'JS heap + wasm memory after the walk', mb],
];

function summarise(samples) {
  const out = {};
  for (const app of APPS) {
    out[app] = {};
    for (const [key] of METRICS) {
      out[app][key] = median(samples.filter((s) => s.app === app).map((s) => s[key]).filter((v) => v !== null));
    }
    out[app].n = samples.filter((s) => s.app === app).length;
    out[app].answers = median(samples.filter((s) => s.app === app).map((s) => s.answers));
  }
  return out;
}

function table(sum) {
  const lines = [
    '| metric (median) | Calcinosis Aid | SurveyJS | LHC-Forms | ours/SurveyJS | ours/LHC-Forms |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [key, label, fmt] of METRICS) {
    const o = sum.ours[key];
    const s = sum.surveyjs[key];
    const l = sum.lforms[key];
    const cell = (v) => (Number.isFinite(v) ? fmt(v) : '–');
    const r = (b) => (Number.isFinite(o) && Number.isFinite(b) ? `${ratio(o, b)} (${times(o, b)})` : '–');
    lines.push(`| ${label} | ${cell(o)} | ${cell(s)} | ${cell(l)} | ${r(s)} | ${r(l)} |`);
  }
  return lines.join('\n');
}

function filesTable(servers) {
  const lines = [
    '| app | files of a first visit | raw | gzip -9 (served) | brotli -11 (not served) |',
    '|---|---|---:|---:|---:|',
  ];
  for (const app of APPS) {
    const files = servers[app].requested;
    let raw = 0;
    let gz = 0;
    let br = 0;
    const names = [];
    for (const [path, f] of files) {
      raw += f.raw;
      gz += f.gzip;
      br += f.brotli;
      names.push(`${path.replace(/^\//, '') || 'index.html'} ${kb(f.gzip)}`);
    }
    lines.push(`| ${TITLE[app]} | ${names.join(', ')} | ${kb(raw)} | ${kb(gz)} | ${kb(br)} |`);
  }
  return lines.join('\n');
}

function targets(sums, lh) {
  const rows = [];
  const one = sums[1] ?? Object.values(sums)[0];
  const bytes = one.ours.bytes;
  rows.push(['First-visit transfer ≤ 110 KB gzip', kb(bytes), bytes <= 110 * 1024]);
  for (const [cpu, sum] of Object.entries(sums)) {
    const label = cpu === '1' ? 'no throttling' : `CPU ${cpu}x slower`;
    const peers = ['surveyjs', 'lforms'];
    for (const [key, name] of [
      ['firstQuestion', 'First question interactive'],
      ['answerPaint', 'Answer → next paint'],
      ['reveal', 'Answer → follow-up shown'],
    ]) {
      const faster = Math.min(...peers.map((p) => sum[p][key]));
      const f = faster / sum.ours[key];
      rows.push([`${name} ≥ 3× better than the faster peer (${label})`, `${f.toFixed(1)}×`, f >= 3]);
    }
  }
  if (lh) {
    const nav = lh.find((s) => s.mode === 'navigation');
    rows.push(['Lighthouse mobile performance ≥ 98 (intro)', String(nav?.performance), nav?.performance >= 98]);
    const bp = lh.map((s) => s.bestPractices).filter((x) => x !== null);
    rows.push(['Lighthouse best practices 100 (every step)', bp.join(' / '), bp.every((x) => x === 100)]);
  }
  return [
    '| target | measured | met |',
    '|---|---:|:---:|',
    ...rows.map(([t, m, ok]) => `| ${t} | ${m} | ${ok ? 'yes' : '**no**'} |`),
  ].join('\n');
}

function lighthouseTable(lh) {
  const lines = [
    '| step | mode | performance | accessibility | best practices | below 90 | metrics |',
    '|---|---|---:|---:|---:|---|---|',
  ];
  for (const s of lh) {
    const perf = s.mode === 'snapshot' ? 'n/a' : s.performance;
    const m = Object.entries(s.metrics)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ');
    lines.push(
      `| ${s.step} | ${s.mode} | ${perf ?? '–'} | ${s.accessibility ?? '–'} | ${s.bestPractices ?? '–'} | ${s.failing.join(', ') || '–'} | ${m || '–'} |`,
    );
  }
  return lines.join('\n');
}

// ---- Main ----

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const began = Date.now();
  const loadBefore = os.loadavg();

  if (options.skipBuild && existsSync(join(SITE, 'ours', 'index.html')) && existsSync(join(WORK, 'Questionnaire.json'))) {
    log('reusing the sites in bench/work/site (--skip-build)');
  } else {
    generate({ oursDist: options.oursDist, ref: options.ref });
  }
  const q = JSON.parse(readFileSync(join(WORK, 'Questionnaire.json'), 'utf8'));
  const inv = inventory(q);
  const kidney = find(q, 'kidney');
  const years = find(q, 'dialysis_years');
  const reveal = { option: display(kidney, 'dialysis'), follow: years.answerOption[0].valueCoding.display };
  const sexFirst = find(q, 'sex').answerOption[0].valueCoding.display;

  const cfg = {
    ours: { app: 'ours', firstOption: sexFirst, start: 'Start', next: ['See my summary', 'Next'], summary: 'Your summary', reveal },
    surveyjs: { app: 'surveyjs', firstOption: sexFirst, next: ['Complete', 'Next'], reveal },
    lforms: { app: 'lforms', firstOption: sexFirst, next: [], reveal },
  };

  const servers = {};
  for (const app of APPS) {
    servers[app] = await serveStatic(join(SITE, app), { csp: app === 'ours' ? CSP : undefined });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const samples = [];
  try {
    // Which files a first visit loads (for the size table): one unmeasured visit each.
    for (const app of APPS) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const paths = new Set();
      page.on('requestfinished', (r) => paths.add(new URL(r.url()).pathname));
      await page.goto(`${servers[app].origin}/`, { waitUntil: 'networkidle' });
      servers[app].requested = [...paths]
        .map((p) => [p, servers[app].files.get(p.endsWith('/') ? `${p}index.html` : p)])
        .filter(([, f]) => f);
      await ctx.close();
    }
    for (const cpu of options.cpu) {
      for (let round = 0; round < options.rounds; round++) {
        const order = APPS.map((_, i) => APPS[(i + round) % APPS.length]);
        const line = [];
        for (const app of order) {
          const target = { name: app, origin: servers[app].origin, cfg: cfg[app] };
          let r;
          try {
            r = await visit(browser, target, { cpu });
          } catch (error) {
            // One more try (a click the shared machine made miss, say); a second failure ends the run.
            log(`${app} failed (${error.message.split('\n')[0]}); trying that visit again`);
            r = await visit(browser, target, { cpu });
            r.retried = true;
          }
          samples.push({ app, cpu, round, ...r });
          line.push(`${app} ${ms(r.firstQuestion)}/${ms(r.answerPaint)}`);
        }
        log(`cpu ${cpu}x round ${round + 1}/${options.rounds}: ${line.join(', ')}`);
      }
    }
  } finally {
    await browser.close();
  }

  let lh = null;
  if (options.lighthouse) {
    log('Lighthouse (mobile) user flow on our app');
    lh = await lighthouseFlow(servers.ours.origin, WORK, { executablePath: CHROMIUM });
  }
  for (const app of APPS) await servers[app].close();

  const sums = {};
  for (const cpu of options.cpu) sums[cpu] = summarise(samples.filter((s) => s.cpu === cpu));
  const loadAfter = os.loadavg();
  const minutes = ((Date.now() - began) / 60000).toFixed(1);

  const cpus = os.cpus();
  let built = { ref: null, commit: null };
  try {
    built = JSON.parse(readFileSync(join(WORK, 'built-from.json'), 'utf8'));
  } catch {
    // an older work/ folder
  }
  const what = options.oursDist
    ? `a given build of our app (${options.oursDist})`
    : built.commit
      ? `commit ${built.commit.slice(0, 12)} (exported clean)`
      : `the working tree at ${git('rev-parse', '--short', 'HEAD')}` +
        (git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench') ? ' with uncommitted changes' : '');
  const md = [];
  md.push('# Benchmark: Calcinosis Aid, SurveyJS and LHC-Forms side by side (issue 8)');
  md.push('');
  md.push(`Run ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, our app built from ${what}, with \`cd bench && npm ci && node run.mjs\`` +
    (process.argv.length > 2 ? ` (options: ${process.argv.slice(2).join(' ')})` : '') + `; took ${minutes} min.`);
  md.push('');
  md.push(`**Machine:** ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; ` +
    `Chromium ${chromiumVersion} headless; Node ${process.version}. ` +
    `**A shared 2-core machine**: other builds ran at the same time (load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} at the start, ` +
    `${loadAfter.map((x) => x.toFixed(1)).join(' ')} at the end), so absolute times are noisy; the three apps alternate within every round, so the ratios are the fair part.`);
  md.push('');
  md.push(`**Versions:** survey-core ${version('survey-core')} + survey-js-ui ${version('survey-js-ui')} (vanilla, fontless stylesheet); ` +
    `lforms ${version('lforms')} (web component + FHIR R4 support); playwright-core ${version('playwright-core')}; lighthouse ${version('lighthouse')}.`);
  md.push('');
  md.push(`**Same questionnaire in all three**, generated from the engine's FHIR R4 Questionnaire: ${inv.sections} sections, ${inv.questions} questions, ` +
    `${inv.options} answer choices, ${inv.questions} help texts (SurveyJS: one page per section, help as descriptions, enableWhen as visibleIf; ` +
    `LHC-Forms: the Questionnaire itself; ours: intro, five section screens, review, summary).`);
  md.push('');
  md.push(`**Method:** ${options.rounds} rounds per throttling rate, the three apps alternating in a rotating order within each round; every visit a fresh browser context (empty cache), ` +
    `viewport 412×823, reduced motion. Served from 127.0.0.1 with \`Content-Encoding: gzip\` (zlib level 9), our app under its production CSP. ` +
    'Bytes: CDP `Network.loadingFinished` encodedDataLength, all requests until the load event and the first question. ' +
    '"First question visible and clickable": from navigation start until the first option of the first choice question (Sex: Female, on the first screen with Age) ' +
    'is laid out, enabled and hit-testable, and that frame painted; for ours that includes clicking Start the moment it is hit-testable (in-page click; the intro and the first questions are static HTML in index.html, shown by start.js before the wasm has started, and the app takes over from them). ' +
    '"Answer → next paint": a real mouse click (CDP input) on the first option of each visible unanswered question along a full walk to the end, from the click event\'s timestamp to the ' +
    'end of the next rendered frame (as INP counts it); the median of each walk, then the median over visits. ' +
    '"Answer that opens a follow-up": kidney disease = On dialysis, until the first option of "How long on dialysis?" is shown and painted (SurveyJS defers such changes). ' +
    'Heap: after the walk, two CDP `HeapProfiler.collectGarbage`, then `Performance.getMetrics` JSHeapUsedSize; ours keeps its state in wasm linear memory, which is not in the JS heap, ' +
    'so it is added in the next row. Throttling: CDP `Emulation.setCPUThrottlingRate` for the whole visit (network not throttled). ' +
    'A ratio ours/theirs below 1 means ours is smaller or faster; the factor in brackets is how many times.');
  md.push('');
  for (const cpu of options.cpu) {
    md.push(`## ${cpu === 1 ? 'No CPU throttling' : `CPU throttled ${cpu}x`} (${sums[cpu].ours.n} visits per app)`);
    md.push('');
    md.push(table(sums[cpu]));
    md.push('');
    md.push(`Answers measured per walk (median): ours ${sums[cpu].ours.answers}, SurveyJS ${sums[cpu].surveyjs.answers}, LHC-Forms ${sums[cpu].lforms.answers} ` +
      '(a question or two apart: each applies the show conditions a little differently, e.g. SurveyJS hides "Does it hurt when touched?" only 0.1–0.4 s after "No pain", and the walk answers it meanwhile).');
    md.push('');
  }
  md.push('## What a first visit downloads');
  md.push('');
  md.push(filesTable(servers));
  md.push('');
  if (lh) {
    md.push('## Lighthouse (mobile), our app');
    md.push('');
    md.push('One user flow (Lighthouse\'s Node API with puppeteer-core): the intro as a navigation (default mobile: phone emulation, simulated slow 4G, 4x CPU), ' +
      'then the Start tap as a timespan (1 s in), then snapshots of two question screens and the result screen, reached by tapping. The app keeps no state in the URL, ' +
      'so only the intro can be a navigation, the only mode with a performance score; snapshots have none (n/a). Report: bench/work/lighthouse-flow.html.');
    md.push('');
    md.push(lighthouseTable(lh));
    md.push('');
    const errors = [...new Set(lh.flatMap((x) => x.consoleErrors ?? []))];
    if (errors.length) {
      md.push(`Console errors Lighthouse saw (they cost best practices): ${errors.join('; ')}.`);
      md.push('');
    }
  }
  md.push('## Targets of issue 8');
  md.push('');
  md.push(targets(sums, lh));
  md.push('');
  const text = md.join('\n');
  writeFileSync(join(BENCH, 'results.md'), text);
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, 'raw.json'), JSON.stringify({ samples, lighthouse: lh }, null, 1));
  console.log(`\n${text}`);
  log('written to bench/results.md (raw samples: bench/work/raw.json)');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

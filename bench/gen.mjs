// Builds the three sites the benchmark serves, under bench/work/site/:
//
//   ours/      Calcinosis Aid, `trunk build --release` into it (never the repo's dist/)
//   surveyjs/  the same questionnaire as a SurveyJS survey (survey-core + survey-js-ui)
//   lforms/    the same questionnaire as a FHIR R4 Questionnaire in LHC-Forms
//
// The single source of the questions, choices and help texts is the FHIR R4 Questionnaire
// the engine generates (engine/src/fhir.rs). `cargo test -p calcinosis-engine --test fhir
// the_resources_are_written_for_the_validator` writes it to $CARGO_TARGET_TMPDIR/fhir/;
// it is copied to bench/work/Questionnaire.json. The SurveyJS JSON is derived from it:
// one page per section, radiogroup / checkbox / number text (+ unit dropdown), help texts
// as descriptions, enableWhen as visibleIf.
//
// Usage: node gen.mjs [--ref REF] [--ours-dist DIR] [--questionnaire FILE] [--skip-ours-build]
// --ref builds a clean export of that commit (bench/work/src, own target dir bench/work/target)
// instead of the working tree.
// Imported by run.mjs as generate(options).

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(BENCH, '..');
export const WORK = join(BENCH, 'work');
export const SITE = join(WORK, 'site');
const NM = join(BENCH, 'node_modules');

const HELP_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const UNIT_OPTION = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption';

function log(...args) {
  console.log('[gen]', ...args);
}

/**
 * The source tree to build: the working tree (default), or with `ref` a clean export of
 * that commit into work/src, built with its own target directory work/target (so neither
 * others' uncommitted edits nor their builds get in the way). Returns { dir, env, commit }.
 */
export function sourceTree({ ref } = {}) {
  if (!ref) {
    return { dir: REPO, env: process.env, commit: null };
  }
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: REPO,
    encoding: 'utf8',
  }).trim();
  const dir = join(WORK, 'src');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`exporting ${ref} (${commit.slice(0, 12)}) to bench/work/src`);
  execFileSync('sh', ['-c', 'git archive --format=tar "$1" | tar -x -C "$2"', 'sh', commit, dir], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The build's npm tools (wasm-opt, terser) are the checkout's, at node_modules/.bin.
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, env: { ...process.env, CARGO_TARGET_DIR: join(WORK, 'target') }, commit };
}

/** Runs the engine's FHIR test that writes Questionnaire.json and copies it to work/. */
export function questionnaireFile({ questionnaire, tree = sourceTree() } = {}) {
  mkdirSync(WORK, { recursive: true });
  const out = join(WORK, 'Questionnaire.json');
  if (questionnaire) {
    copyFileSync(resolve(questionnaire), out);
    return out;
  }
  log('generating the FHIR Questionnaire with the engine (cargo test --test fhir)');
  execFileSync(
    'cargo',
    [
      'test', '-q', '-p', 'calcinosis-engine', '--test', 'fhir',
      'the_resources_are_written_for_the_validator', '--', '--exact',
    ],
    { cwd: tree.dir, env: tree.env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const meta = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], {
      cwd: tree.dir,
      env: tree.env,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }),
  );
  const written = join(meta.target_directory, 'tmp', 'fhir', 'Questionnaire.json');
  copyFileSync(written, out);
  return out;
}

// ---- FHIR Questionnaire → SurveyJS JSON ----

const isHelp = (item) =>
  item.type === 'display' &&
  (item.extension ?? []).some(
    (e) => e.url === HELP_CONTROL && e.valueCodeableConcept?.coding?.some((c) => c.code === 'help'),
  );

const helpOf = (item) => (item.item ?? []).find(isHelp)?.text;

const units = (item) =>
  (item.extension ?? []).filter((e) => e.url === UNIT_OPTION).map((e) => e.valueCoding);

const quote = (v) => `'${String(v).replace(/'/g, "\\'")}'`;

/** One enableWhen condition as a SurveyJS expression. */
function condition(ew, quantities) {
  const q = `{${ew.question}}`;
  if (ew.operator === 'exists') return ew.answerBoolean ? `${q} notempty` : `${q} empty`;
  if (ew.answerCoding) {
    const op = ew.operator === '!=' ? '!=' : '=';
    return `${q} ${op} ${quote(ew.answerCoding.code)}`;
  }
  if (ew.answerQuantity) {
    const unit = quantities.has(ew.question) ? `{${ew.question}_unit} = ${quote(ew.answerQuantity.code)} and ` : '';
    return `(${unit}${q} ${ew.operator} ${ew.answerQuantity.value})`;
  }
  for (const key of ['answerInteger', 'answerDecimal', 'answerBoolean', 'answerString']) {
    if (key in ew) return `${q} ${ew.operator} ${JSON.stringify(ew[key])}`;
  }
  throw new Error(`enableWhen not handled: ${JSON.stringify(ew)}`);
}

function visibleIf(item, quantities) {
  if (!item.enableWhen) return undefined;
  const join = item.enableBehavior === 'all' || item.enableWhen.length === 1 ? ' and ' : ' or ';
  return item.enableWhen.map((ew) => condition(ew, quantities)).join(join);
}

/** The SurveyJS elements for one FHIR question item. */
function elements(item, quantities) {
  const base = {
    name: item.linkId,
    title: item.text,
    description: helpOf(item),
    visibleIf: visibleIf(item, quantities),
  };
  switch (item.type) {
    case 'choice': {
      const choices = item.answerOption.map((o) => ({
        value: o.valueCoding.code,
        text: o.valueCoding.display,
      }));
      return [{ type: item.repeats ? 'checkbox' : 'radiogroup', ...base, choices }];
    }
    case 'quantity':
    case 'decimal':
    case 'integer': {
      const list = units(item);
      const out = [{ type: 'text', inputType: 'number', ...base }];
      if (list.length > 0) {
        out.push({
          type: 'dropdown',
          name: `${item.linkId}_unit`,
          title: `Unit for ${item.text}`,
          titleLocation: 'hidden',
          startWithNewLine: false,
          visibleIf: base.visibleIf,
          allowClear: false,
          defaultValue: list[0].code,
          choices: list.map((u) => ({ value: u.code, text: u.display ?? u.code })),
        });
      }
      return out;
    }
    case 'string':
    case 'text':
      return [{ type: item.type === 'text' ? 'comment' : 'text', ...base }];
    case 'boolean':
      return [{ type: 'boolean', ...base }];
    default:
      throw new Error(`item type not handled: ${item.type} (${item.linkId})`);
  }
}

export function surveyJson(q) {
  const quantities = new Set();
  const scan = (items) => {
    for (const it of items ?? []) {
      if (it.type === 'quantity') quantities.add(it.linkId);
      scan(it.item);
    }
  };
  scan(q.item);
  const pages = q.item.map((section) => {
    const intro = (section.item ?? []).filter((i) => i.type === 'display' && !isHelp(i));
    const page = {
      name: section.linkId,
      title: section.text,
      description: intro.map((i) => i.text).join('\n') || undefined,
      elements: (section.item ?? [])
        .filter((i) => i.type !== 'display')
        .flatMap((i) => elements(i, quantities)),
    };
    return page;
  });
  return JSON.parse(
    JSON.stringify({
      title: q.title,
      description: q.description,
      locale: 'en',
      showQuestionNumbers: 'off',
      questionsOnPageMode: 'standard',
      checkErrorsMode: 'onComplete',
      pages,
    }),
  );
}

/** Counts of what the questionnaire holds, to show the three are the same. */
export function inventory(q) {
  let questions = 0;
  let options = 0;
  let helps = 0;
  const walk = (items) => {
    for (const it of items ?? []) {
      if (it.type !== 'group' && it.type !== 'display') questions++;
      options += (it.answerOption ?? []).length;
      if (isHelp(it)) helps++;
      walk(it.item);
    }
  };
  walk(q.item);
  return { sections: q.item.length, questions, options, helps };
}

// ---- The sites ----

function copyFrom(pkgPath, site, to = pkgPath) {
  const src = join(NM, pkgPath);
  const dest = join(site, to);
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(src, dest);
}

function buildSurveyjs(q) {
  const site = join(SITE, 'surveyjs');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  copyFileSync(join(BENCH, 'pages', 'surveyjs', 'index.html'), join(site, 'index.html'));
  copyFrom('survey-core/survey.core.min.js', site, 'survey.core.min.js');
  copyFrom('survey-core/survey-core.fontless.min.css', site, 'survey-core.fontless.min.css');
  copyFrom('survey-js-ui/survey-js-ui.min.js', site, 'survey-js-ui.min.js');
  const json = surveyJson(q);
  writeFileSync(join(WORK, 'survey.json'), JSON.stringify(json, null, 2) + '\n');
  const app = `// Generated by bench/gen.mjs from the engine's FHIR Questionnaire.
(function () {
  var json = ${JSON.stringify(json)};
  var model = new Survey.Model(json);
  window.__survey = model;
  SurveyUI.renderSurvey(model, document.getElementById('survey'));
})();
`;
  writeFileSync(join(site, 'app.js'), app);
  return json;
}

function buildLforms(q) {
  const site = join(SITE, 'lforms');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  copyFileSync(join(BENCH, 'pages', 'lforms', 'index.html'), join(site, 'index.html'));
  const base = 'lforms/dist/lforms/';
  for (const f of [
    'webcomponent/styles.css',
    'webcomponent/assets/lib/zone.min.js',
    'webcomponent/runtime.js',
    'webcomponent/polyfills.js',
    'webcomponent/main.js',
    'webcomponent/down_arrow_gray_10_10.png',
    'webcomponent/magnifying_glass.png',
    'fhir/R4/lformsFHIR.min.js',
  ]) {
    copyFrom(base + f, site, f);
  }
  const app = `// Generated by bench/gen.mjs: the engine's FHIR R4 Questionnaire, rendered by LHC-Forms.
(function () {
  var questionnaire = ${JSON.stringify(q)};
  LForms.Util.addFormToPage(questionnaire, 'form', {}).then(
    function () { window.__formReady = true; },
    function (error) { console.error('LHC-Forms could not render the form:', error); },
  );
})();
`;
  writeFileSync(join(site, 'app.js'), app);
}

/** Builds our app with trunk into work/site/ours (or copies a given dist). */
function buildOurs({ oursDist, skipOursBuild, tree = sourceTree() } = {}) {
  const site = join(SITE, 'ours');
  if (oursDist) {
    rmSync(site, { recursive: true, force: true });
    cpSync(resolve(oursDist), site, { recursive: true });
    return site;
  }
  if (skipOursBuild && existsSync(join(site, 'index.html'))) return site;
  log('building Calcinosis Aid: trunk build --release (into bench/work/site/ours)');
  const env = {
    ...tree.env,
    PATH: [join(REPO, 'node_modules', '.bin'), join(process.env.HOME ?? '', '.cargo', 'bin'), process.env.PATH]
      .join(delimiter),
  };
  execFileSync('trunk', ['build', '--release', '--dist', site], {
    cwd: tree.dir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return site;
}

export function generate(options = {}) {
  const tree = options.oursDist && options.questionnaire ? null : sourceTree(options);
  const file = questionnaireFile({ ...options, tree });
  const q = JSON.parse(readFileSync(file, 'utf8'));
  buildOurs({ ...options, tree });
  const survey = buildSurveyjs(q);
  buildLforms(q);
  const inv = inventory(q);
  const surveyQuestions = survey.pages
    .flatMap((p) => p.elements)
    .filter((e) => !e.name.endsWith('_unit')).length;
  if (surveyQuestions !== inv.questions) {
    throw new Error(`SurveyJS has ${surveyQuestions} questions, the Questionnaire ${inv.questions}`);
  }
  log(
    `sites ready in ${SITE}: ${inv.sections} sections, ${inv.questions} questions, ` +
      `${inv.options} choices, ${inv.helps} help texts`,
  );
  const commit = tree?.commit ?? null;
  writeFileSync(join(WORK, 'built-from.json'), JSON.stringify({ ref: options.ref ?? null, commit }) + '\n');
  return { questionnaire: q, inventory: inv, commit };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--ours-dist') options.oursDist = argv[++i];
    else if (a === '--questionnaire') options.questionnaire = argv[++i];
    else if (a === '--skip-ours-build') options.skipOursBuild = true;
    else if (a === '--ref') options.ref = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  generate(parseArgs(process.argv.slice(2)));
}

export { parseArgs };

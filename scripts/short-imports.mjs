// Shortens the names of a wasm-bindgen module's imports, in the wasm and its JS glue alike.
//
//   node scripts/short-imports.mjs DIR NAME     (DIR/NAME_bg.wasm and DIR/NAME.js)
//
// wasm-bindgen names every import it makes after the function and a hash
// (`__wbg_createElement_7d6b0fa3a2b41bc3`), and both files carry each name: about 120 names,
// 4 KB that gzip cannot shrink much (the hashes are random), paid twice. This renames them
// `a`, `b`, … `a0`, … in the wasm's import section and in the glue, about 3 KB gzip less
// per first visit. Written by hand: binaryen's --minify-imports only renames the imports of
// an "env" module and cannot rewrite the glue, and no maintained tool does both.
//
// Safe by construction: only the import section changes (the rest of the wasm is copied byte
// for byte), and only names that the wasm imports are replaced in the glue, as whole words.
// Any surprise (a name the glue does not contain, an unknown import kind) stops the build
// with a message instead of shipping a module that cannot start.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, name] = process.argv.slice(2);
if (!dir || !name) {
  console.error('usage: node scripts/short-imports.mjs DIR NAME');
  process.exit(2);
}
const wasmPath = join(dir, `${name}_bg.wasm`);
const gluePath = join(dir, `${name}.js`);
const fail = (message) => {
  console.error(`short-imports: ${wasmPath}: ${message}`);
  process.exit(1);
};

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) fail('truncated number');
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeUleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const encodeName = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([encodeUleb(bytes.length), bytes]);
};

/** The short name number `i`: a…z, then a0…z9, a00…, never a JS keyword. */
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = letters[i % 26];
  i = Math.floor(i / 26);
  while (i > 0) {
    i -= 1;
    out += String(i % 10);
    i = Math.floor(i / 10);
  }
  return out;
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail('not a wasm module');
const parts = [wasm.subarray(0, 8)];
let at = 8;
const renamed = new Map();
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = uleb(wasm, at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  // The import section: count, then (module, field, kind, description) entries.
  let p = body;
  let count;
  [count, p] = uleb(wasm, p);
  const entries = [];
  const readName = () => {
    let length;
    [length, p] = uleb(wasm, p);
    const text = wasm.toString('utf8', p, p + length);
    p += length;
    return text;
  };
  for (let n = 0; n < count; n++) {
    const module = readName();
    const field = readName();
    const start = p;
    const kind = wasm[p++];
    if (kind === 0) [, p] = uleb(wasm, p); // function: type index
    else if (kind === 1 || kind === 2) {
      if (kind === 1) p++; // table: element type
      const flags = wasm[p++];
      [, p] = uleb(wasm, p);
      if (flags & 1) [, p] = uleb(wasm, p);
    } else if (kind === 3) p += 2; // global: value type, mutability
    else fail(`import kind ${kind} of ${module}.${field} is not known`);
    entries.push({ module, field, description: wasm.subarray(start, p) });
  }
  if (p !== end) fail('the import section did not end where it says');
  const fields = entries.map((e) => e.field).filter((f) => /^__wb(g|indgen)_/.test(f));
  const taken = new Set(entries.map((e) => e.field));
  let next = 0;
  for (const field of new Set(fields)) {
    let short;
    do short = shortName(next++);
    while (taken.has(short));
    renamed.set(field, short);
  }
  const out = [encodeUleb(count)];
  for (const e of entries) {
    out.push(encodeName(e.module), encodeName(renamed.get(e.field) ?? e.field), e.description);
  }
  const content = Buffer.concat(out);
  parts.push(Buffer.from([2]), encodeUleb(content.length), content);
  at = end;
}
if (renamed.size === 0) fail('no import to shorten (already done?)');

for (const [long, short] of renamed) {
  const word = new RegExp(`(?<![\\w$])${long}(?![\\w$])`, 'g');
  const found = glue.match(word)?.length ?? 0;
  if (found === 0) fail(`the glue ${gluePath} does not name the import ${long}`);
  glue = glue.replace(word, short);
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed.size} import names shortened in ${name}`);

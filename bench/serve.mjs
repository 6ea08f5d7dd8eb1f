// A static file server on 127.0.0.1 that compresses the way a static host does: every
// text-like file (HTML, JS, CSS, JSON, SVG, wasm) is gzipped once at start-up with zlib
// level 9 and sent with `Content-Encoding: gzip` to a browser that accepts it. Correct MIME
// types (application/wasm, from tests/e2e/web.mjs). Node's standard library otherwise.
//
// Usage: node serve.mjs DIR [PORT]   (or import { serveStatic } from './serve.mjs')

import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { MIME } from '../tests/e2e/web.mjs';

const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt', '.ico']);

function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile() && !entry.name.endsWith('.map')) out.push(path);
  }
  return out;
}

/**
 * Loads every file of `dir` into memory, raw and gzip -9 (brotli sizes are computed too,
 * for the report, but not served). Resolves to { origin, files, close() }, where files
 * maps '/path' to { raw, gzip, brotli } byte counts.
 */
export async function serveStatic(dir, { csp, port = 0 } = {}) {
  const root = resolve(dir);
  const table = new Map();
  for (const file of listFiles(root)) {
    const urlPath = '/' + relative(root, file).split(sep).join('/');
    const body = readFileSync(file);
    const ext = extname(file);
    const entry = { body, type: MIME[ext] ?? 'application/octet-stream', size: statSync(file).size };
    if (COMPRESS.has(ext)) {
      entry.gzip = gzipSync(body, { level: 9 });
      entry.brotliSize = brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length;
    }
    table.set(urlPath, entry);
  }
  const server = createServer((request, response) => {
    const headers = {
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    if (csp) headers['Content-Security-Policy'] = csp;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400, headers).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const entry = table.get(path);
    if (!entry) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip : entry.body;
    response.writeHead(200, {
      ...headers,
      'Content-Type': entry.type,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (request.method === 'HEAD') response.end();
    else response.end(body);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const files = new Map(
    [...table].map(([p, e]) => [p, { raw: e.size, gzip: e.gzip?.length ?? e.size, brotli: e.brotliSize ?? e.size }]),
  );
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    files,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, port] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node serve.mjs DIR [PORT]');
    process.exit(2);
  }
  const s = await serveStatic(dir, { port: Number(port ?? 0) });
  console.log(`serving ${dir} gzipped at ${s.origin}/ (Ctrl-C to stop)`);
}

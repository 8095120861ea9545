#!/usr/bin/env node
// Builds the server (tsc → dist/) and the web app (vite → dist/web) when their sources
// are newer than the last build, so `npm install` and `npm start` are enough on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const force = process.argv.includes('--force');

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = join(dir, entry.name);
    const t = entry.isDirectory() ? newest(p) : statSync(p).mtimeMs;
    if (t > latest) latest = t;
  }
  return latest;
}

function stale(stamp, inputs) {
  if (force || !existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs.some(
    (p) =>
      (existsSync(p) && statSync(p).isDirectory() ? newest(p) : existsSync(p) ? statSync(p).mtimeMs : 0) >
      built,
  );
}

function run(cmd, args) {
  execFileSync(process.execPath, [join(root, 'node_modules', ...cmd), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
}

const serverStamp = join(root, 'dist', '.server-stamp');
if (stale(serverStamp, [join(root, 'src'), join(root, 'tsconfig.build.json'), join(root, 'package.json')])) {
  console.log('polku: building the server (tsc)…');
  run(['typescript', 'bin', 'tsc'], ['-p', 'tsconfig.build.json']);
  writeFileSync(serverStamp, new Date().toISOString());
}
const webStamp = join(root, 'dist', 'web', '.web-stamp');
// The web app imports zod-free shared code from src/domain and src/imports (the import targets).
const webInputs = [
  join(root, 'web'),
  join(root, 'src', 'domain'),
  join(root, 'src', 'imports'),
  join(root, 'package.json'),
];
if (stale(webStamp, webInputs)) {
  console.log('polku: building the web app (vite)…');
  run(['vite', 'bin', 'vite.js'], ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  writeFileSync(webStamp, new Date().toISOString());
}

// Builds the web app (Vite) and bundles the server (esbuild) into dist/.
// --if-stale skips the build when dist/ is newer than every source file.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist/server/main.js');
const inputs = ['src', 'migrations', 'index.html', 'public', 'package.json', 'vite.config.ts', 'package-lock.json'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

export function isStale() {
  if (!existsSync(stamp) || !existsSync(path.join(root, 'dist/web/index.html'))) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs.some((i) => newestMtime(path.join(root, i)) > built);
}

export async function build() {
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  // Always a production build, even when called from the test runner (NODE_ENV=test would
  // otherwise bundle React's development files, and `npm start` would then serve those).
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    outfile: stamp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    define: { KINDRED_VERSION: JSON.stringify(version) },
  });
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  console.log('Building Kindred…');
  await build();
}

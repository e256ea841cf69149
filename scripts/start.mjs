// `npm start`: builds when the build is missing or older than the sources, then runs the
// server in this same process so signals reach it directly.
import { build, isStale } from './build.mjs';

if (isStale()) {
  console.log('Building Kindred (first start or sources changed)…');
  await build();
}
await import('../dist/server/main.js');

// The yardstick: bare Fastify with one JSON route and nothing else. Whatever Kindred
// does beyond this (plugins, hooks, auth, database) shows up as the gap to this server.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ status: 'ok' }));

// A clean exit on SIGTERM, so `--cpu-prof` (via BENCH_NODE_FLAGS) gets to write its profile.
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));

const port = Number(process.env.PORT ?? 0);
await app.listen({ host: '127.0.0.1', port });
process.stdout.write(`baseline listening on ${port}\n`);

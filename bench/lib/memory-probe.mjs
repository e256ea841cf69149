// Preloaded into a bench's server (`node --expose-gc --import <this file> dist/server/main.js`)
// so the bench can read the heap of a process it only spawned: on SIGUSR2 it collects
// garbage and writes process.memoryUsage() (rss, heapUsed, external, arrayBuffers, bytes)
// to BENCH_MEMORY_FILE, renamed into place so a reader never sees half a file.
import { renameSync, writeFileSync } from 'node:fs';

const file = process.env.BENCH_MEMORY_FILE;
if (file) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    writeFileSync(`${file}.tmp`, JSON.stringify({ ...process.memoryUsage(), gc: typeof globalThis.gc === 'function' }));
    renameSync(`${file}.tmp`, file);
  });
}

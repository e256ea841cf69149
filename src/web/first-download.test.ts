import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const web = path.dirname(fileURLToPath(import.meta.url));

/**
 * The packages in what a phone downloads before the first screen: the app's entry and its
 * static imports, with every `import()` left to a chunk of its own, as Vite splits it.
 */
async function firstDownloadPackages(): Promise<Set<string>> {
  const result = await build({
    entryPoints: [path.join(web, 'main.tsx')],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: path.join(web, '.first-download'),
    loader: { '.css': 'empty', '.svg': 'empty' },
    logLevel: 'silent',
  });
  const { outputs } = result.metafile;
  const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint?.endsWith('main.tsx'));
  if (!entry) throw new Error('no entry chunk');
  // The entry and every chunk it imports statically, however deep; not those behind import().
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const next of outputs[file]!.imports) if (next.kind === 'import-statement') visit(next.path);
  };
  visit(entry);
  const packages = [...loaded].flatMap((file) => Object.keys(outputs[file]!.inputs)).flatMap((input) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    return match ? [match[1]!] : [];
  });
  return new Set(packages);
}

describe('the first download', () => {
  it('leaves zod and the chart library to the pages that need them', async () => {
    const packages = await firstDownloadPackages();
    expect(packages).toContain('react-dom'); // the check sees the entry's packages at all
    expect(packages).not.toContain('zod');
    expect([...packages].filter((p) => /chart|d3|victory|uplot/i.test(p))).toEqual([]);
  });
});

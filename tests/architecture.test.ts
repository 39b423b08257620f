/**
 * The architecture DESIGN.md draws: imports run one way down the flow (cli → node → index → parse/record/extract
 * → grammar/ast → ids/diagnostics → tables/position/render; the schemas of src/schemas/ beside the ast and
 * position), the core (src/ but node/ and cli.ts) uses no Node API, so it runs in browsers, and takes only types
 * from the schema modules, so a bundle that never validates has no zod.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/** The layer of a module (0 is the top); a module may import from its own layer or those below. */
function layerOf(path: string): number {
  const rel = relative(SRC, path).replaceAll('\\', '/');
  const layers: Array<[RegExp, number]> = [
    [/^cli\.ts$/, 0],
    [/^node\//, 1],
    [/^index\.ts$/, 2],
    [/^(?:parse|record|options|graph)\.ts$|^extract\//, 3],
    [/^grammar\/|^ast\.ts$|^schemas\/(?:record|graph)\.ts$/, 4],
    [/^(?:canonical-id|diagnostics)\.ts$/, 5],
    [/^tables\/|^position\.ts$|^render\/|^schemas\/(?:position|diagnostic)\.ts$/, 6],
    // The package's own manifest (the command line reads its version), data below everything.
    [/^\.\.\/package\.json$/, 7],
  ];
  const found = layers.find(([pattern]) => pattern.test(rel));
  if (!found) throw new Error(`no layer for src/${rel}: add it to the architecture test and to DESIGN's flow`);
  return found[1];
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The static imports and re-exports of a module: what each takes (`{ a, type B }`, `type { C }`) and from where. */
function importClausesOf(path: string): Array<{ clause: string; specifier: string }> {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s([^;]*?)from\s+'([^']+)'/gms)].map((m) => ({
    clause: (m[1] as string).trim(),
    specifier: m[2] as string,
  }));
}

/** The specifiers a module imports (static imports and re-exports). */
function importsOf(path: string): string[] {
  return importClausesOf(path).map(({ specifier }) => specifier);
}

/** True when an import takes types only: `import type { A }`, or `{ type A, type B }`. */
function typesOnly(clause: string): boolean {
  if (clause.startsWith('type ')) return true;
  const names = /^\{([^}]*)\}$/.exec(clause)?.[1];
  return names?.split(',').every((name) => /^(?:type\s|$)/.test(name.trim())) ?? false;
}

// The schema modules hold zod schemas and nothing else; the entries re-export them to the package's users.
const SCHEMA_MODULE = /^(?:ast\.ts|schemas\/.+\.ts|extract\/schema\.ts)$/;
const ENTRY = /^(?:index\.ts|extract\/index\.ts)$/;

describe('the architecture', () => {
  const files = sources(SRC);
  it('imports run down the flow, never up', () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const specifier of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (layerOf(target) < layerOf(file)) upward.push(`${relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });
  it('keeps Node APIs out of the core', () => {
    const core = files.filter((file) => layerOf(file) >= 2);
    const nodeImports = core.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('node:') || ['fs', 'path', 'worker_threads', 'stream'].includes(s))
        .map((s) => `${relative(ROOT, file)} imports ${s}`),
    );
    expect(nodeImports).toEqual([]);
  });
  it("takes the schema modules' types, not their values, in the core: a bundle that never validates lacks zod", () => {
    const rel = (path: string) => relative(SRC, path).replaceAll('\\', '/');
    const takers = files.filter(
      (file) => layerOf(file) >= 2 && !SCHEMA_MODULE.test(rel(file)) && !ENTRY.test(rel(file)),
    );
    const valueImports = takers.flatMap((file) =>
      importClausesOf(file)
        .filter(({ specifier }) => specifier.startsWith('.'))
        .filter(({ specifier }) => SCHEMA_MODULE.test(rel(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))))
        .filter(({ clause }) => !typesOnly(clause))
        .map(({ clause, specifier }) => `${relative(ROOT, file)}: ${clause} from ${specifier}`),
    );
    expect(takers.length).toBeGreaterThan(50);
    expect(valueImports).toEqual([]);
  });
});

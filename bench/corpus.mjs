// The shared corpus beside the project, for the benchmarks: its texts' paths, or none when absent.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared/corpus` from the project root. */
export const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(txt|html|md)$/.test(name) ? [path] : [];
  });

/** Every .txt, .html and .md file of the corpus ([] when ../shared is absent). */
export const corpusFiles = () => (existsSync(CORPUS) ? walk(CORPUS) : []);

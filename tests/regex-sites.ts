/**
 * Every regexp of `src/`, for the ReDoS audit (tests/regex-audit.test.ts): the literals, found in the source by
 * TypeScript's parser, and the regexps built with `RegExp(...)`, caught as they are made while every module is
 * imported and a few cables of each rendering are read (their sources are built from parts, so they are taken as
 * built, not evaluated from the source text). A literal or a built regexp handed to parsimmon's `P.regexp` runs
 * only in parsimmon's anchored copy, `^(?:source)`, which is caught too and checked in its place.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from './helpers.js';

/** One regexp of the source: where it is written, and what it is. */
export interface RegexSite {
  /** `src/file.ts:line` of the literal, or of the `RegExp(...)` call or `P.regexp` call that made it. */
  site: string;
  source: string;
  flags: string;
  /** How it was found: a literal, a built regexp, or parsimmon's anchored copy of either. */
  how: 'literal' | 'built' | 'anchored';
  /** A built regexp's `RegExp(...)` call, as `src/file.ts:line` (where `site` is that of a call of `regexpOf`). */
  made?: string;
}

/** The `.ts` files under `dir`. */
export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** True when `node` is the first argument of a `P.regexp(...)` call: it runs only in parsimmon's anchored copy. */
function inParsimmon(node: ts.Node): boolean {
  const call = node.parent;
  return (
    call !== undefined &&
    ts.isCallExpression(call) &&
    call.arguments[0] === node &&
    /^P\.regexp?$/.test(call.expression.getText())
  );
}

/**
 * True when the literal `node` is only a part of a regexp built from it: an element of `regexpOf([...])` or
 * `anyOf([...])`, or read for its `.source`. The built regexp is the one that runs, and is checked.
 */
function isPart(node: ts.Node): boolean {
  const parent = node.parent;
  if (parent && ts.isPropertyAccessExpression(parent) && parent.name.text === 'source') return true;
  const call = parent?.parent;
  return (
    parent !== undefined &&
    ts.isArrayLiteralExpression(parent) &&
    call !== undefined &&
    ts.isCallExpression(call) &&
    /^(?:regexpOf|anyOf)$/.test(call.expression.getText())
  );
}

/** The regexp literals of `src/`, the `src/file.ts:line` of every `RegExp(...)` call, and of those in `P.regexp`. */
export function literalSites(): { literals: RegexSite[]; calls: string[]; wrappedCalls: string[] } {
  const literals: RegexSite[] = [];
  const calls: string[] = [];
  const wrappedCalls: string[] = [];
  for (const file of sourceFiles()) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const siteOf = (node: ts.Node) =>
      `${relative(ROOT, file)}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        const source = text.slice(1, slash);
        const flags = text.slice(slash + 1);
        // A literal in P.regexp is caught again as parsimmon's anchored copy is made; a part, in what it is part of.
        if (!inParsimmon(node) && !isPart(node)) literals.push({ site: siteOf(node), source, flags, how: 'literal' });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        calls.push(siteOf(node));
        if (inParsimmon(node)) wrappedCalls.push(siteOf(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return { literals, calls, wrappedCalls };
}

/**
 * Where the current stack is in `src/`: the line of the `RegExp(...)` call that made the regexp (`made`), and the
 * line the regexp is sited at, the same but for a regexp made by `regexpOf` (grammar/shared.ts), sited where
 * `regexpOf` is called (each is written there); and whether parsimmon made the regexp.
 */
function callerSite(): { site: string | null; made: string | null; anchored: boolean } {
  const frames = String(new Error().stack).split('\n').slice(3);
  const anchored = frames[0]?.includes('anchoredRegexp') ?? false;
  let made: string | null = null;
  for (const frame of frames) {
    const found = /\/(src\/[^:)]+\.ts):(\d+):\d+/.exec(frame);
    if (!found) continue;
    made ??= `${found[1]}:${found[2]}`;
    if (!/\bat regexpOf \(/.test(frame)) return { site: `${found[1]}:${found[2]}`, made, anchored };
  }
  return { site: null, made, anchored };
}

/**
 * The regexps made by `RegExp(...)` (with or without `new`) while `run` runs, each with the `src/` line that made
 * it (the line of `P.regexp` for parsimmon's anchored copies). `run` should import the modules afresh.
 */
export async function builtSites(run: () => Promise<void>): Promise<RegexSite[]> {
  const Original = globalThis.RegExp;
  const found: RegexSite[] = [];
  const record = (made: RegExp): RegExp => {
    const caller = callerSite();
    if (caller.site !== null) {
      const how = caller.anchored ? 'anchored' : 'built';
      found.push({ site: caller.site, source: made.source, flags: made.flags, how, made: caller.made ?? caller.site });
    }
    return made;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget)),
    apply: (target, self, args) => record(Reflect.apply(target, self, args)),
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

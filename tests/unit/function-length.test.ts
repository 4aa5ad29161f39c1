import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 11: "no function over about 60 lines in src/". Long functions were where the planner and
// the script generator hid their bugs (plan() was 160 lines, buildScripts 254). This test reads
// every .ts, .tsx and .mjs file under src/ and scripts/ with the TypeScript parser and lists each
// function, method or arrow function longer than the limit, by file, line and name.

const ROOT = join(__dirname, '../..');
/** Lines from the function's first line to its closing brace, both included. */
const MAX_LINES = 60;

interface FunctionSpan {
  where: string;
  name: string;
  lines: number;
}

function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts'], { cwd: ROOT, encoding: 'utf8' });
  return listed.split('\n').filter((file) => /\.(ts|tsx|mjs)$/.test(file));
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

function isFunction(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/** Every function in a source text, with its length in lines. */
export function functionSpans(file: string, text: string): FunctionSpan[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const spans: FunctionSpan[] = [];
  const visit = (node: ts.Node) => {
    if (isFunction(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      spans.push({ where: `${file}:${first + 1}`, name: functionName(node), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

describe('function length', () => {
  it('measures a function from its first line to its closing brace (the detector itself)', () => {
    const long = `export function long() {\n${'  step();\n'.repeat(70)}}\nconst short = () => 1;\n`;
    const spans = functionSpans('sample.ts', long);
    expect(spans).toEqual([
      { where: 'sample.ts:1', name: 'long', lines: 72 },
      { where: 'sample.ts:73', name: 'short', lines: 1 },
    ]);
  });

  it(`keeps every function in src/ and scripts/ to ${MAX_LINES} lines or fewer`, () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);
    const tooLong = files
      .flatMap((file) => functionSpans(file, readFileSync(join(ROOT, file), 'utf8')))
      .filter((span) => span.lines > MAX_LINES)
      .map((span) => `${span.where} ${span.name}: ${span.lines} lines`);
    expect(tooLong, 'split these into smaller named functions').toEqual([]);
  });
});

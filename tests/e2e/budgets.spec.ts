import { expect, test } from '@playwright/test';
import { BUDGETS, checkBudgets, formatTable, kb, measureSite, type PageReport } from '../../scripts/lib/page-bytes.mjs';
import { DIST } from '../support/built-pages';

// Byte budgets on the build output. No browser is needed: bytes are deterministic, so these read
// dist/ directly. Pages are found in dist/, so a new page is checked as soon as it is built.
// On failure the message holds the table of every page, with the pages over budget marked.

let reports: PageReport[] = [];
test.beforeAll(async () => {
  reports = await measureSite(DIST);
});

/** Fails with the whole table when any page breaks one of the budgets chosen by `select`. */
function expectWithinBudget(select: (problem: string) => boolean) {
  const all = checkBudgets(reports);
  const chosen = new Map([...all].map(([path, list]) => [path, list.filter(select)] as const).filter(([, list]) => list.length > 0));
  const summary = [...chosen].map(([path, list]) => `${path}: ${list.join('; ')}`).join('\n');
  expect(chosen.size, `Over budget:\n${summary}\n\n${formatTable(reports, all)}\n`).toBe(0);
}

test('the build has guides to measure', () => {
  expect(reports.filter((report) => report.kind === 'guide').length).toBeGreaterThan(0);
});

test('a guide without an island ships no JavaScript', () => {
  expectWithinBudget((problem) => problem.startsWith('guide without an island ships'));
});

test(`a guide's HTML with its CSS inlined is at most ${kb(BUDGETS.guideHtmlBrotli)} KB brotli (${kb(BUDGETS.guideWithToolHtmlBrotli)} KB if it embeds a tool)`, () => {
  expectWithinBudget((problem) => problem.startsWith('HTML '));
});

test(`a guide makes at most ${BUDGETS.guideRequests} requests, the document included`, () => {
  expectWithinBudget((problem) => / requests > /.test(problem));
});

test(`a tool page loads at most ${kb(BUDGETS.toolJsBrotli)} KB of JavaScript (brotli) on first load; the checklist ${kb(BUDGETS.toolJsBrotliByPath['/tools/checklist/'])} KB`, () => {
  expectWithinBudget((problem) => problem.startsWith('JS '));
});

test('no page uses web fonts', () => {
  expectWithinBudget((problem) => problem.startsWith('web fonts'));
});

test('no request leaves the site, and every requested file exists', () => {
  expectWithinBudget((problem) => problem.startsWith('loads from another origin') || problem.startsWith('missing files'));
});

test('every tool page hydrates from files that are in the build', () => {
  // A tool page whose island URLs point nowhere would measure as zero bytes and pass the budget.
  for (const report of reports.filter((r) => r.kind === 'tool' && r.islands > 0)) {
    expect(report.scripts.length, `${report.path} loads no script files`).toBeGreaterThan(0);
    expect(report.missing, `${report.path} refers to files that are not in dist/`).toEqual([]);
  }
});

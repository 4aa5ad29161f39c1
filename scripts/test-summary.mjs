#!/usr/bin/env node
// Prints one plain line, `N passed, N failed`, totalling every Vitest and Playwright report in
// test-results/. CI reads only this line. Usage: node scripts/test-summary.mjs [exit code of the run]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test-results';
const runExitCode = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
const seen = [];

const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
for (const name of files) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  if (typeof report.numPassedTests === 'number') {
    // Vitest's JSON reporter (Jest-compatible shape).
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    seen.push(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } else if (report.stats && typeof report.stats.expected === 'number') {
    // Playwright's JSON reporter: flaky tests passed on a retry.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    seen.push(`${name}: ${report.stats.expected + report.stats.flaky} passed, ${report.stats.unexpected} failed`);
  }
}

for (const line of seen) console.log(`  ${line}`);
// A step that failed before any test ran (type check, build) still counts as a failure.
if (runExitCode !== 0 && failed === 0) {
  console.log('  a step failed outside the test runners (see the log above)');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);

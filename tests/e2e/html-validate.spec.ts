import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { listPages } from '../../scripts/lib/page-bytes.mjs';
import { DIST } from '../support/built-pages';

// html-validate over every built page (found in dist/), with the settings in .htmlvalidate.mjs.
// Zero errors allowed; warnings are printed in the failure message too.
const validator = new HtmlValidate(config);

for (const { path, file } of listPages(DIST)) {
  test(`${path} is valid HTML`, async () => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.severity === 2 ? 'error' : 'warning'} [${m.ruleId}] line ${m.line}:${m.column} ${m.message} (${m.selector ?? ''})`),
    );
    expect(report.errorCount, messages.join('\n')).toBe(0);
  });
}

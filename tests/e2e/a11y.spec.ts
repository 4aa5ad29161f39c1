import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPagePaths } from '../support/built-pages';

// WCAG 2.2 levels A and AA, which include the 2.0 and 2.1 criteria.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of builtPagePaths()) {
  test(`${path} has no axe violations, console errors or CSP violations`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'page status').toBeLessThan(path === '/404.html' ? 500 : 400);
    // Bring every client:visible island into view so that hydrated markup is checked too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = results.violations.map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(violations, 'axe violations').toEqual([]);
    expect(problems, 'console errors').toEqual([]);
  });
}

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The JSON report feeds the one-line total that CI prints (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});

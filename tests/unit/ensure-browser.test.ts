import { describe, expect, it } from 'vitest';
import { ensureBrowser } from '../../scripts/ensure-browser.mjs';

// The order in which `npm test` tries to get a Chromium: one already there, Playwright's
// download, then apt-get when root; each step is a fake that records being called.
type Scenario = {
  name: string;
  installed: boolean;
  downloadWorks: boolean;
  root: boolean;
  aptWorks: boolean;
  install?: boolean;
  outcome: string;
  tried: string[];
};

const scenarios: Scenario[] = [
  { name: 'a browser is there', installed: true, downloadWorks: false, root: false, aptWorks: false, outcome: 'found', tried: [] },
  { name: 'only report (--no-install)', installed: false, downloadWorks: true, root: true, aptWorks: true, install: false, outcome: 'none', tried: [] },
  { name: 'Playwright downloads one', installed: false, downloadWorks: true, root: true, aptWorks: true, outcome: 'downloaded', tried: ['download'] },
  { name: 'no internet, root: apt-get', installed: false, downloadWorks: false, root: true, aptWorks: true, outcome: 'apt', tried: ['download', 'apt'] },
  { name: 'no internet, not root: give up', installed: false, downloadWorks: false, root: false, aptWorks: true, outcome: 'none', tried: ['download'] },
  { name: 'apt-get fails too', installed: false, downloadWorks: false, root: true, aptWorks: false, outcome: 'none', tried: ['download', 'apt'] },
];

describe('ensureBrowser', () => {
  it.each(scenarios)('$name → $outcome', async ({ installed, downloadWorks, root, aptWorks, install = true, outcome, tried }) => {
    let present = installed;
    const calls: string[] = [];
    const result = await ensureBrowser({
      found: () => present,
      download: () => {
        calls.push('download');
        present ||= downloadWorks;
        return downloadWorks;
      },
      canUseApt: () => root,
      installWithApt: async () => {
        calls.push('apt');
        present ||= aptWorks;
        return aptWorks;
      },
      install,
    });
    expect(result).toBe(outcome);
    expect(calls).toEqual(tried);
  });

  it('goes on to apt-get when a download "succeeds" but no browser can be found afterwards', async () => {
    const calls: string[] = [];
    const result = await ensureBrowser({
      found: () => calls.includes('apt'),
      download: () => (calls.push('download'), true),
      canUseApt: () => true,
      installWithApt: async () => (calls.push('apt'), true),
      install: true,
    });
    expect([result, calls]).toEqual(['apt', ['download', 'apt']]);
  });
});

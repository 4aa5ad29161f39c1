// Runs the unit tests once as usual, then runs the date-sensitive ones again under several
// time zones: the planner must give the same calendar dates wherever the machine is.
// Each run writes its own JSON report, test-results/vitest*.json; the CI summary adds
// them all up. Exits non-zero if any run fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Zones with awkward offsets and daylight-saving rules: a -8/-7 shift, a +0/+1 shift, a
// half-hour DST shift (Lord Howe), a +5:45 offset, +14, and UTC.
const ZONES = ['America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'UTC'];

// The tests whose results could change with the machine's zone: anything doing date work.
const TZ_SENSITIVE = [
  'tests/unit/calendar-dates.test.ts',
  'tests/unit/dates.test.ts',
  'tests/unit/planner-channel-rules.test.ts',
  'tests/unit/follow-up-plan.test.ts',
  'tests/unit/zoned-time.test.ts',
  'tests/unit/planner-state.test.ts',
  'tests/unit/plan-export.test.ts',
  'tests/unit/follow-up-scripts.test.ts',
  'tests/unit/wait-scripts.test.ts',
  'tests/unit/follow-ups-today.test.ts',
].filter((file) => existsSync(file));

const vitest = process.platform === 'win32' ? 'vitest.cmd' : 'vitest';
let failed = false;

function run(label, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(vitest, ['run', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    failed = true;
    console.error(`✗ ${label} failed`);
  }
}

run('all unit tests', process.argv.slice(2));
for (const zone of ZONES) {
  const slug = zone.replace(/[^A-Za-z0-9]+/g, '-');
  run(`date tests with TZ=${zone}`, [...TZ_SENSITIVE, `--outputFile.json=test-results/vitest-tz-${slug}.json`], { TZ: zone });
}
process.exit(failed ? 1 : 0);

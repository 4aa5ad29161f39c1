import { describe, expect, it } from 'vitest';
import { browserZone, zoneChoices } from '../../src/components/shared/time-zones';
import { isTimeZone } from '../../src/lib/zoned-time';

describe('the time zones the islands offer', () => {
  it('the browser’s zone is one Intl can use', () => {
    expect(isTimeZone(browserZone())).toBe(true);
  });

  it('lists the current zone, the user’s and UTC once each, sorted', () => {
    const list = zoneChoices('Asia/Kolkata', 'Europe/London');
    for (const zone of ['Asia/Kolkata', 'Europe/London', 'UTC']) expect(list.filter((z) => z === zone)).toHaveLength(1);
    expect(list).toEqual([...list].sort());
    expect(list).not.toContain('');
  });

  it('keeps a zone the browser doesn’t list (a saved one), and drops an empty one', () => {
    expect(zoneChoices('Mars/Olympus_Mons', '')).toContain('Mars/Olympus_Mons');
    expect(zoneChoices('', 'UTC')).not.toContain('');
  });
});

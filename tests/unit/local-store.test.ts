import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, readRaw, removeRaw, upgrade, writeRaw, type StorageLike, type StoreSpec } from '../../src/components/shared/local-store';

/** A store of names: version 2 writes {names: [...]}; version 1 wrote {name: "..."}; version 0 was a bare {"Ana": true} map. */
const SPEC: StoreSpec<string[]> = {
  version: 2,
  read(data, from) {
    if (from === 2) return Array.isArray(data.names) && data.names.every((n) => typeof n === 'string') ? (data.names as string[]) : null;
    if (from === 1) return typeof data.name === 'string' ? [data.name] : null;
    return Object.values(data).every((v) => v === true) ? Object.keys(data) : null;
  },
  write: (names) => ({ names }),
};

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  getItem(key: string) { return this.map.get(key) ?? null; }
  setItem(key: string, value: string) { this.map.set(key, value); }
  removeItem(key: string) { this.map.delete(key); }
}

const throwing = (name: string): StorageLike => ({
  getItem() { throw new DOMException('no', name); },
  setItem() { throw new DOMException('no', name); },
  removeItem() { throw new DOMException('no', name); },
});

describe('decode', () => {
  it.each([
    [null, { status: 'empty' }],
    ['', { status: 'empty' }],
    ['{', { status: 'corrupt' }],
    ['[]', { status: 'corrupt' }],
    ['null', { status: 'corrupt' }],
    ['"text"', { status: 'corrupt' }],
    ['{"version":"2","names":[]}', { status: 'corrupt' }],
    ['{"version":0}', { status: 'corrupt' }],
    ['{"version":1.5,"name":"Ana"}', { status: 'corrupt' }],
    ['{"version":2,"names":[1]}', { status: 'corrupt' }],
    ['{"version":3,"names":["Ana"]}', { status: 'newer' }],
    ['{"version":2,"names":["Ana"]}', { status: 'ok', value: ['Ana'] }],
    ['{"version":1,"name":"Ana"}', { status: 'migrated', value: ['Ana'] }],
    ['{"Ana":true,"Bo":true}', { status: 'migrated', value: ['Ana', 'Bo'] }],
  ] as const)('%s → %j', (raw, expected) => {
    expect(decode(SPEC, raw)).toEqual(expected);
  });

  it('reads back whatever it wrote, and never throws on any text', () => {
    fc.assert(fc.property(fc.array(fc.string()), (names) => {
      expect(decode(SPEC, encode(SPEC, names))).toEqual({ status: 'ok', value: names });
    }));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
      expect(['empty', 'ok', 'migrated', 'corrupt', 'newer']).toContain(decode(SPEC, raw).status);
    }));
  });

  it('upgrade names the version it read from', () => {
    expect(upgrade(SPEC, { version: 1, name: 'Ana' })).toEqual({ value: ['Ana'], from: 1 });
    expect(upgrade(SPEC, { version: 9 })).toBe('newer');
  });
});

describe('raw storage calls', () => {
  it('write, read and remove', () => {
    const storage = new MemoryStorage();
    expect(readRaw('k', storage)).toBeNull();
    expect(writeRaw('k', 'v', storage)).toBeNull();
    expect(readRaw('k', storage)).toBe('v');
    expect(removeRaw('k', storage)).toBe(true);
    expect(readRaw('k', storage)).toBeNull();
  });

  it.each([
    ['blocked', throwing('SecurityError'), 'unavailable'],
    ['full', throwing('QuotaExceededError'), 'full'],
    ['full (Firefox)', throwing('NS_ERROR_DOM_QUOTA_REACHED'), 'full'],
    ['missing', null, 'unavailable'],
  ] as const)('never throws when storage is %s', (_label, storage, problem) => {
    expect(readRaw('k', storage)).toBeUndefined();
    expect(writeRaw('k', 'v', storage)).toBe(problem);
    expect(removeRaw('k', storage)).toBe(false);
  });

  it('without a window (no browser storage at all) reports it unavailable', () => {
    expect(readRaw('k')).toBeUndefined();
    expect(writeRaw('k', 'v')).toBe('unavailable');
  });
});

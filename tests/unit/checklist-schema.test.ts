import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checklistSchema, type Checklist } from '../../src/lib/checklist-schema';

const DIR = new URL('../../src/content/checklists/', import.meta.url);
const GUIDES = new URL('../../src/content/guides/', import.meta.url);

function readChecklist(file: string): unknown {
  return load(readFileSync(new URL(file, DIR), 'utf8'));
}

/** The first error message for `input`, or undefined when it parses. */
function errorsOf(input: unknown): string[] {
  const result = checklistSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function item(id: string, overrides: Record<string, unknown> = {}) {
  return { id, text: 'Send a thank-you note', why: 'It keeps you in mind.', kind: 'do', fact: 'C1', ...overrides };
}

function checklistWith(groups: unknown[]) {
  return { id: 'sample', title: 'Sample checklist', groups };
}

describe('the checklist files', () => {
  const files = readdirSync(DIR).filter((name) => name.endsWith('.yaml'));

  it('has the follow-up checklist', () => {
    expect(files).toContain('follow-up.yaml');
  });

  describe.each(files)('%s', (file) => {
    const raw = readChecklist(file);

    it('matches the schema', () => {
      expect(errorsOf(raw)).toEqual([]);
    });

    it('has an id matching its file name', () => {
      expect((raw as Checklist).id).toBe(file.replace(/\.yaml$/, ''));
    });

    it('links only to guides that exist', () => {
      const slugs = new Set(readdirSync(GUIDES).map((name) => name.replace(/\.mdx?$/, '')));
      const links = (raw as Checklist).groups.flatMap((group) => group.items.flatMap((each) => (each.link ? [each.link] : [])));
      for (const link of links) {
        const slug = link.split('/')[2];
        expect(slugs, `${link} points to a missing guide`).toContain(slug);
      }
    });
  });

  it('covers every etiquette fact F1 to F11 in the follow-up checklist', () => {
    const checklist = checklistSchema.parse(readChecklist('follow-up.yaml'));
    const facts = new Set(checklist.groups.flatMap((group) => group.items.map((each) => each.fact)));
    for (let n = 1; n <= 11; n += 1) expect(facts, `F${n} is missing`).toContain(`F${n}`);
  });

  it('spaces calls a full seven days apart, as the etiquette guide and planner rule H6 do (F4)', () => {
    // "Not twice in the same week" would allow a Friday call and another on Tuesday.
    const checklist = checklistSchema.parse(readChecklist('follow-up.yaml'));
    const item = checklist.groups.flatMap((group) => group.items).find((each) => each.fact === 'F4');
    expect(item?.text).toMatch(/seven days|full week/);
    expect(item?.text).not.toMatch(/same week/);
  });

  it('has dos and don’ts in every stage of the journey', () => {
    const checklist = checklistSchema.parse(readChecklist('follow-up.yaml'));
    expect(checklist.groups.map((group) => group.id)).toEqual([
      'after-the-interview',
      'timing-the-call',
      'on-the-call',
      'after-the-call',
    ]);
  });
});

describe('checklistSchema', () => {
  it('accepts a minimal valid checklist', () => {
    expect(errorsOf(checklistWith([{ id: 'one', title: 'One', items: [item('a')] }]))).toEqual([]);
  });

  it('rejects an item id used twice in one group, naming the id', () => {
    const errors = errorsOf(checklistWith([{ id: 'one', title: 'One', items: [item('send-thanks'), item('send-thanks')] }]));
    expect(errors).toEqual([
      'Item id "send-thanks" is used more than once in checklist "sample"; item ids must be unique because saved ticks are keyed by them.',
    ]);
  });

  it('rejects an item id reused across groups, naming each duplicate once', () => {
    const errors = errorsOf(
      checklistWith([
        { id: 'one', title: 'One', items: [item('a'), item('b')] },
        { id: 'two', title: 'Two', items: [item('b'), item('a'), item('a')] },
      ]),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('Item id "b"');
    expect(errors[1]).toContain('Item id "a"');
  });

  it('rejects a group id used twice', () => {
    const errors = errorsOf(
      checklistWith([
        { id: 'one', title: 'One', items: [item('a')] },
        { id: 'one', title: 'Again', items: [item('b')] },
      ]),
    );
    expect(errors).toEqual(['Group id "one" is used more than once in checklist "sample"; group ids must be unique.']);
  });

  it.each([
    ['an unknown fact', { fact: 'Z9' }, 'Expected `fact` to be a fact id'],
    ['an unknown kind', { kind: 'maybe' }, 'Expected `kind` to be one of: do, dont.'],
    ['a why of two sentences', { why: 'It helps. It really does.' }, 'must be one sentence'],
    ['a why with no full stop', { why: 'It keeps you in mind' }, 'ending in a period'],
    ['a do worded as a don’t', { text: 'Don’t call on a Monday' }, 'must start with "Don’t"'],
    ['a dont worded as a do', { kind: 'dont', fact: 'F1' }, 'must start with "Don’t"'],
    ['a link outside the guides', { link: 'https://example.com/' }, 'A link must point to a guide'],
    ['a link without its trailing slash', { link: '/guides/etiquette#timing' }, 'A link must point to a guide'],
    ['an id that is not kebab-case', { id: 'Send_Thanks' }, 'must be kebab-case'],
  ])('rejects %s with a clear message', (_name, overrides, message) => {
    const errors = errorsOf(checklistWith([{ id: 'one', title: 'One', items: [item('a', overrides)] }]));
    expect(errors.join('\n')).toContain(message);
  });

  it.each([['/guides/follow-up-call-etiquette/'], ['/guides/follow-up-call-etiquette/#timing-the-call']])('accepts the link %s', (link) => {
    expect(errorsOf(checklistWith([{ id: 'one', title: 'One', items: [item('a', { link })] }]))).toEqual([]);
  });

  it('accepts a straight apostrophe in a don’t', () => {
    const dont = item('a', { kind: 'dont', text: "Don't call on a Monday", fact: 'F1' });
    expect(errorsOf(checklistWith([{ id: 'one', title: 'One', items: [dont] }]))).toEqual([]);
  });

  it('rejects an empty group', () => {
    expect(errorsOf(checklistWith([{ id: 'one', title: 'One', items: [] }]))).toEqual(['A group needs at least one item.']);
  });
});

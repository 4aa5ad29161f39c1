import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFaq, markdownToText } from '../../src/lib/faq';

const GUIDES_DIR = join(process.cwd(), 'src/content/guides');

describe('markdownToText', () => {
  it.each([
    ['Read [the guide](/guides/x/#part) first.', 'Read the guide first.'],
    ['This is **very** important, *really*.', 'This is very important, really.'],
    ['Use `Tab` to move.', 'Use Tab to move.'],
    ['A snake_case_word stays.', 'A snake_case_word stays.'],
    ['<Aside>Inside</Aside> text', 'Inside text'],
    ['- one\n- two', 'one two'],
    ['Costs \\*nothing\\*', 'Costs *nothing*'],
    ['![A phone](/x.png) call', 'A phone call'],
  ])('%j becomes %j', (input, expected) => {
    expect(markdownToText(input)).toBe(expected);
  });
});

describe('extractFaq', () => {
  const body = [
    '## Before',
    '',
    '### Not a question',
    '',
    'Ignored.',
    '',
    '## Frequently asked questions',
    '',
    '### Should I call on a Monday?',
    '',
    'Usually not. See [the etiquette guide](/guides/follow-up-call-etiquette/).',
    '',
    'Tuesday is **better**.',
    '',
    '### What if they ask for an email?',
    '',
    '```',
    '## not a heading',
    '```',
    '',
    'Send one the same day.',
    '',
    '## After',
    '',
    '### Also not a question',
    '',
    'Ignored too.',
  ].join('\n');

  it('reads each ### heading in the section as a question and the prose below as its answer', () => {
    expect(extractFaq(body)).toEqual([
      { question: 'Should I call on a Monday?', answer: 'Usually not. See the etiquette guide. Tuesday is better.' },
      { question: 'What if they ask for an email?', answer: '## not a heading Send one the same day.' },
    ]);
  });

  it('returns nothing when the guide has no FAQ section', () => {
    expect(extractFaq('## Intro\n\nText.\n\n### A heading\n\nMore.')).toEqual([]);
  });

  it('fails loudly when a question has no answer', () => {
    expect(() => extractFaq('## Frequently asked questions\n\n### Lonely question?\n\n### Next?\n\nAnswer.')).toThrow(
      /Lonely question\? has no answer|"Lonely question\?" has no answer/,
    );
  });

  it('is deterministic and handles Windows line endings', () => {
    expect(extractFaq(body.replace(/\n/g, '\r\n'))).toEqual(extractFaq(body));
  });

  const guides = readdirSync(GUIDES_DIR).filter((file) => file.endsWith('.mdx'));
  it.each(guides)('%s: every FAQ question has a plain-text answer', (file) => {
    const source = readFileSync(join(GUIDES_DIR, file), 'utf8');
    const body = source.replace(/^---[\s\S]*?\n---\n/, '');
    const faq = extractFaq(body);
    const hasSection = /^## Frequently asked questions\s*$/m.test(body);
    expect(faq.length > 0).toBe(hasSection);
    for (const item of faq) {
      expect(item.question).toMatch(/\?$/);
      expect(item.answer.length).toBeGreaterThan(10);
      expect(item.answer).not.toMatch(/\]\(|\*\*|<\/?[A-Za-z]/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { phoneProblem } from '../../src/components/call-scripts/phone-problem';

describe('phoneProblem', () => {
  it.each([
    ['', null],
    ['(202) 555-0143', null],
    ['202.555.0143', null],
    ['+1 202 555 0143', null],
    ['+44 20 7946 0958', null],
    ['+44 (0)20 7946 0958', null],
    ['202 55', /too short/],
    ['abc', /in digits/],
    ['020 7946 0958', /too many digits for a US number.*\+44/],
    ['+44 20 7946 0958 12345', /too many digits\. Check it/],
    ['+999 123 4567', /real country code/],
    ['(123) 555-0143', /Check the area code/],
    ['+44 11 1111 1111', /for its country|wrong number of digits/],
  ])('%j → %s', (typed, expected) => {
    const problem = phoneProblem(typed);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

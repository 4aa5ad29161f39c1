/**
 * Where each planner rule is explained: sections of the rules guide, by heading id.
 * tests/e2e/planner.spec.ts checks that every target exists in the built guide.
 */
export const RULES_GUIDE = '/guides/when-to-call-the-planner-rules/';

const SECTIONS: Record<string, string> = {
  H1: 'never-on-the-interview-day-or-the-day-after',
  H2: 'if-they-didnt-promise-a-date',
  H3: 'if-they-promised-a-date',
  H4: 'if-you-want-to-call-on-the-promised-day',
  H5: 'what-time-to-call',
  H6: 'later-calls',
  H7: 'when-to-take-silence-as-a-no',
  H8: 'when-they-give-you-a-new-date',
  H9: 'the-thank-you-note',
  H10: 'how-todays-date-changes-the-plan',
  H11: 'what-the-planner-wont-accept',
  H12: 'if-you-only-reach-the-front-desk',
  H13: 'calls-or-emails-follow-their-lead',
  H14: 'if-an-agency-arranged-the-interview',
};

export const RULE_LINKS: Record<string, string> = Object.fromEntries(
  Object.entries(SECTIONS).map(([rule, id]) => [rule, `${RULES_GUIDE}#${id}`]),
);

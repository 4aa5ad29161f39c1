/**
 * The change log on "About our advice": substantive corrections only, newest first. A typo, a
 * clearer sentence or a new example is not a correction; a fix to what a guide or tool told you
 * to do, or to a fact, is. Dates are ISO YYYY-MM-DD. `guides` are slugs in src/content/guides
 * (tests/unit/corrections.test.ts checks that they exist).
 */
export interface Correction {
  /** When the corrected version went live (YYYY-MM-DD). */
  date: string;
  /** What we used to say, in a phrase. */
  was: string;
  /** What we say now, and why. */
  now: string;
  /** Guides that carried the mistake; empty when it was in a tool. */
  guides: readonly string[];
  /** Tools that carried it, by slug (src/data/tools.ts). */
  tools?: readonly string[];
}

export const CORRECTIONS: readonly Correction[] = [
  {
    date: '2026-12-01',
    was: 'A phone call was presented as the normal, expected way to follow up.',
    now: 'A call is one good option. Employers rate email at least as highly, and the way your contact has been in touch, or asked you to get in touch, comes first. The guides now help you choose.',
    guides: ['how-to-make-the-follow-up-call', 'follow-up-call-etiquette', 'thank-you-notes-and-other-channels'],
  },
  {
    date: '2026-12-01',
    was: 'A written offer was treated as the end of the wait.',
    now: 'Many offers depend on checks, such as references or a background check, and can be withdrawn until those are done. Wait until the offer is in writing and its conditions have cleared before you resign.',
    guides: ['what-well-call-you-back-means', 'how-to-make-the-follow-up-call'],
  },
  {
    date: '2026-12-01',
    was: 'A sample line mentioned “other offers”, and we said most job seekers have them.',
    now: 'Mention another offer only when you really have one. The call scripts already worked this way; the guides now match.',
    guides: ['how-to-make-the-follow-up-call'],
  },
  {
    date: '2026-12-01',
    was: 'On an offer call, we suggested sounding excited about joining and talked about pay while you were only a top candidate.',
    now: 'You don’t have to accept on the call: thank them, ask for the offer in writing and for time to decide. Leave pay and start dates until there is an offer.',
    guides: ['how-to-make-the-follow-up-call'],
  },
  {
    date: '2026-12-01',
    was: 'We said a missed call is not a rejection, and that employers never promise a call to people they have ruled out.',
    now: 'Both overstated it. A missed call is not necessarily a no, and a promised call is a good sign rather than a guarantee.',
    guides: ['when-the-call-doesnt-come', 'what-well-call-you-back-means'],
  },
  {
    date: '2026-12-01',
    was: 'We advised asking to be put back through to your interviewer when the front desk offered HR or the recruiter.',
    now: 'HR or the recruiter is often the right person, especially if they set the timeline or arranged the interview. A call that only reaches the front desk no longer counts as one of your tries in the planner.',
    guides: ['how-to-make-the-follow-up-call', 'when-to-call-the-planner-rules'],
    tools: ['when-to-call'],
  },
  {
    date: '2026-12-01',
    was: 'The checklist said to call yourself if a week passed with no word.',
    now: 'That applies only when no date was named. If they gave you a date, wait for it.',
    guides: [],
    tools: ['checklist'],
  },
  {
    date: '2026-12-01',
    was: 'Asking for feedback was presented as something employers will answer.',
    now: 'Ask once if you like, but many employers give no feedback at all, often as a matter of policy.',
    guides: ['thank-you-notes-and-other-channels'],
  },
];

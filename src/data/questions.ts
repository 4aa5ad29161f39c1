import type { ToolSlug } from './tools';

/**
 * The three questions most readers arrive with, shown first on the home page and the guides
 * index. Each lists where to go, best first; a guide that doesn't exist (yet) is skipped, so the
 * list can name guides before they are written and the page never links nowhere.
 */
export type QuestionLink = { guide: string } | { tool: ToolSlug };

export interface ArrivalQuestion {
  id: string;
  question: string;
  /** One or two sentences: the short answer, before the links. */
  answer: string;
  links: readonly QuestionLink[];
}

/** Shown at most per question, so the block stays short on a phone. */
export const LINKS_PER_QUESTION = 3;

export const QUESTIONS: readonly ArrivalQuestion[] = [
  {
    id: 'when-to-follow-up',
    question: 'They said they’d call. When should I follow up?',
    answer: 'Wait for the day they named. If it passes quietly, follow up on the second working day after it, the way they have been in touch. The planner works out the dates.',
    links: [{ tool: 'when-to-call' }, { guide: 'call-email-or-wait' }, { guide: 'what-well-call-you-back-means' }, { guide: 'when-to-call-the-planner-rules' }],
  },
  {
    id: 'ghosted',
    question: 'It’s been weeks. Have I been ghosted?',
    answer: 'Not necessarily: hiring often takes longer than anyone expects. See what is normal, when one more try makes sense, and when to move on.',
    links: [{ guide: 'when-the-call-doesnt-come' }, { guide: 'silence-after-a-final-round' }, { guide: 'how-long-it-takes-to-hear-back' }, { guide: 'reading-the-signals' }],
  },
  {
    id: 'offer-or-no',
    question: 'I got an offer, or a no. What now?',
    answer: 'Get an offer in writing and take time to read it before you resign from anything. Answer a no politely: the door may open again.',
    links: [{ guide: 'a-job-offer-on-the-phone' }, { guide: 'after-a-rejection' }, { guide: 'another-offer-with-a-deadline' }, { guide: 'how-to-make-the-follow-up-call' }],
  },
];

/** The interactive tools, listed on the home page, the tools page and in the footer. */
export const TOOLS = [
  {
    slug: 'when-to-call',
    title: 'When should I call?',
    summary: 'Enter your interview date and what you were told. Get the dates and times to call, ready for your calendar.',
  },
  {
    slug: 'call-scripts',
    title: 'Call and email scripts',
    summary: 'Fill in a few details once. Get a voicemail, a call opener, replies for every answer, a follow-up email and a thank-you note.',
  },
  {
    slug: 'checklist',
    title: 'Dos and don’ts checklist',
    summary: 'Tick through what to do before, during and after the call. Your progress stays on this device.',
  },
] as const;

export function toolHref(slug: string): string {
  return `/tools/${slug}/`;
}

/** The interactive tools, listed on the home page, the tools page and in the footer. */
export const TOOLS = [
  {
    slug: 'when-to-call',
    /** The tag a guide uses to embed the tool (see toolsEmbeddedIn). */
    component: 'Planner',
    title: 'When should I call?',
    summary: 'Enter your interview date and what you were told. Get the dates and times to call, ready for your calendar.',
  },
  {
    slug: 'call-scripts',
    component: 'CallScripts',
    title: 'Call and email scripts',
    summary: 'Fill in a few details once. Get a voicemail, a call opener, replies for every answer, a follow-up email and a thank-you note.',
  },
  {
    slug: 'checklist',
    component: 'Checklist',
    title: 'Dos and don’ts checklist',
    summary: 'Tick through what to do before, during and after the call. Your progress stays on this device.',
  },
  {
    slug: 'follow-ups',
    component: 'FollowUps',
    title: 'My follow-ups',
    summary: 'Keep every application on one private board: what to do today, each plan, your calls logged, reminders and backups.',
  },
] as const;

export function toolHref(slug: string): string {
  return `/tools/${slug}/`;
}

export type ToolSlug = (typeof TOOLS)[number]['slug'];

/**
 * The tools a guide embeds, read from its MDX source (`<Planner />`, `<CallScripts … />`,
 * `<Checklist … />`). A guide that embeds a tool already loads JavaScript, so it can also
 * register the offline service worker; one that embeds none must stay script-free.
 */
export function toolsEmbeddedIn(mdxBody: string): ToolSlug[] {
  return TOOLS.filter((tool) => new RegExp(`<${tool.component}[\\s/>]`).test(mdxBody)).map((tool) => tool.slug);
}

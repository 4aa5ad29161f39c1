/** The stages of the wait after an interview, in the order a reader lives through them. */
export const STAGES = [
  { id: 'after-the-interview', title: 'Right after the interview', summary: 'What the interviewer’s words mean, and what to send before you hear anything.' },
  { id: 'waiting', title: 'While you wait', summary: 'How long hiring takes, when to follow up, and how to choose between a call and an email.' },
  { id: 'making-the-call', title: 'Making the call', summary: 'Getting ready, getting through, and what to say for every answer you might hear.' },
  { id: 'no-callback', title: 'When no call comes', summary: 'Silence, reposted jobs and missed dates: what they mean and when to move on.' },
  { id: 'the-answer', title: 'Offers, rejections and moving on', summary: 'An offer, a no, a competing deadline or a decision to withdraw: what to do next.' },
  { id: 'etiquette', title: 'Etiquette', summary: 'The manners of following up, with the reason behind each rule.' },
] as const;

export type StageId = (typeof STAGES)[number]['id'];
export const STAGE_IDS = STAGES.map((stage) => stage.id) as [StageId, ...StageId[]];

/** The page that lists a stage's guides in reading order; page 1 has no number in its address. */
export function stageHref(stage: StageId, page = 1): string {
  return page <= 1 ? `/guides/stage/${stage}/` : `/guides/stage/${stage}/${page}/`;
}

export function stageTitle(stage: StageId): string {
  return STAGES.find((entry) => entry.id === stage)?.title ?? stage;
}

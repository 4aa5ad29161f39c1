/** The stages of the wait after an interview, in the order a reader lives through them. */
export const STAGES = [
  { id: 'after-the-interview', title: 'Right after the interview' },
  { id: 'waiting', title: 'While you wait' },
  { id: 'making-the-call', title: 'Making the call' },
  { id: 'no-callback', title: 'When no call comes' },
  { id: 'the-answer', title: 'Offers, rejections and moving on' },
  { id: 'etiquette', title: 'Etiquette' },
] as const;

export type StageId = (typeof STAGES)[number]['id'];
export const STAGE_IDS = STAGES.map((stage) => stage.id) as [StageId, ...StageId[]];

/**
 * Their answer on the call: not decided yet, not selected, position filled, an offer.
 * Facts: D1–D4, A5, L1–L3.
 * Each script is a function of the ScriptContext (script-text.ts), both tones in one place.
 */
import { paragraphs, stop, type ScriptContext } from './script-text';

/** D1: no decision yet. Ask if you're still considered and when to check back; then wait. */
export function notDecided(c: ScriptContext): string {
  const { formal, them } = c;
  return formal
    ? paragraphs(
        'Thank you for the update. May I ask whether I am still being considered for the position?',
        '(Wait for their answer.)',
        'Thank you. When would it be appropriate for me to follow up again?',
        '(If they say they will contact you:) Thank you. Could you tell me roughly when I might expect to hear from you?',
        `I appreciate your time, ${stop(them)} I look forward to hearing from you.`,
      )
    : paragraphs(
        "Thanks for letting me know. Am I still in the running for the role?",
        '(Wait for their answer.)',
        "That's good to hear. When would be a good time for me to check back?",
        "(If they say they'll call you:) That sounds great. Roughly when should I expect to hear from you?",
        `Thanks again for your time, ${stop(them)} I look forward to hearing from you.`,
      );
}

/** D2, D4: not selected. No sign of disappointment; ask for feedback; stay in their mind. */
export function notSelected(c: ScriptContext): string {
  const { formal, company, them } = c;
  return formal
    ? paragraphs(
        `Thank you for letting me know, ${stop(them)} I appreciated the chance to meet you and to learn about ${stop(company)}`,
        'If you are able to share it, I would value any feedback on my interview, so that I can improve.',
        '(Listen and take notes. Thank them; do not argue with what they say.)',
        'Thank you, that is helpful. I would welcome being considered for similar positions in the future. Thank you again for your time.',
      )
    : paragraphs(
        `Thank you for telling me, ${stop(them)} I really enjoyed meeting you and learning about ${stop(company)}`,
        "Would you be willing to share any feedback on my interview? Anything you can tell me will help me next time.",
        "(Listen and take notes. Thank them; don't argue with what they say.)",
        "That's really helpful, thank you. If a similar role comes up, I'd love to be considered. Thanks again for your time.",
      );
}

export function positionFilled(c: ScriptContext): string {
  const { formal, role, company, them } = c;
  return formal
    ? paragraphs(
        `I understand. Thank you for telling me. I remain interested in working at ${company}, so I would be grateful if you kept me in mind for similar openings.`,
        'May I ask whether there is anything from my interview that I could improve?',
        '(Listen and take notes.)',
        `Thank you for your time, ${stop(them)} I wish you and the team every success.`,
      )
    : paragraphs(
        `I see. Thanks for letting me know. I enjoyed learning about ${company}, and I'd still love to work with your team.`,
        `If another ${role} role or something similar opens up, could you keep me in mind?`,
        "(If they seem open to it:) Is there anything from my interview you'd suggest I work on?",
        `Thanks so much for your time, ${stop(them)} All the best to you and the team.`,
      );
}

export function offer(c: ScriptContext): string {
  const { formal, company, them, job } = c;
  // D3, A5, L1–L3: an offer. Thanks, no need to accept on the call; write everything down; ask for it in writing.
  const writeDown = [
    '(Write down:)',
    '- Start date and time: ______',
    '- Where to go on day one (address, department, who to ask for): ______',
    '- Dress code: ______',
    '- Salary and pay schedule: ______',
    '- Hours and type of contract: ______',
    '- When the written offer will arrive: ______',
  ].join('\n');
  return formal
    ? paragraphs(
        `Thank you very much. I am delighted to receive the offer for ${job} at ${stop(company)}`,
        '(You need not accept on the call. Thank them, note the details, and ask for the offer in writing.)',
        'May I take a moment to write down the details?',
        writeDown,
        'Would you be able to send the offer in writing, with the salary, start date, benefits and any conditions? I would like to review it before I give you my answer. When do you need my reply?',
        `Thank you again, ${stop(them)} I look forward to receiving it.`,
        '(Many offers depend on references or other checks. Keep your other applications going, and don’t resign from a job, until the offer is in writing and its conditions have cleared.)',
      )
    : paragraphs(
        `That's wonderful news, thank you so much! I'm really pleased, and excited about the offer for ${job} at ${stop(company)}`,
        "(You don't have to say yes on the call. Thank them, note the details, and ask for the offer in writing.)",
        'Do you mind if I grab a pen and note down the details?',
        writeDown,
        "Could you send me the offer in writing, with the pay, start date, benefits and any conditions? I'd like to read it through before I give you my answer. When would you like to hear back?",
        `Thanks again, ${stop(them)} I'm really looking forward to reading it.`,
        "(Many offers depend on references or other checks. Keep your other applications going, and don't resign from a job, until the offer is in writing and its conditions have cleared.)",
      );
}

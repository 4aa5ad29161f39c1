/**
 * On the phone: the voicemail, the call opener, the front desk, and a call they set up and missed.
 * Facts: C3–C9, E3, F5.
 * Each script is a function of the ScriptContext (script-text.ts), both tones in one place.
 */
import { joinSentences, midSentence, paragraphs, stop, type ScriptContext } from './script-text';

/** Voicemail (C8): who you are, the interview, still interested, the number twice, thanks. */
export function voicemail(c: ScriptContext): string {
  const { formal, name, spokenPhone, company, them, job, interview, deadline, beforeDeadline } = c;
  return formal
    ? joinSentences(
        `Hello ${them}, this is ${stop(name)}`,
        `I interviewed for ${job} at ${company} ${interview.on}, and I'm calling to follow up.`,
        // With another offer waiting, one sentence carries both, so the message stays short.
        deadline
          ? `I remain very interested, and I would value an update ${beforeDeadline}, when I need to answer another offer.`
          : 'I remain very interested in the position.',
        `Please call me back at ${spokenPhone}. Again, my number is ${spokenPhone}.`,
        'Thank you for your time.',
      )
    : joinSentences(
        `Hi ${them}, this is ${stop(name)}`,
        `We met ${midSentence(interview.on)} when I interviewed for ${job} at ${stop(company)}`,
        deadline
          ? `I'm still really interested, and I'd love to hear where things stand ${beforeDeadline}, when I need to answer another offer.`
          : "I'm following up because I'm still really interested.",
        `You can call me back at ${spokenPhone}. That's ${spokenPhone}.`,
        'Thanks, and have a good day.',
      );
}

/** Opening a live call (C4, C5, C6, E3): who, which role, when; then the question, politely. */
export function callOpener(c: ScriptContext): string {
  const { formal, name, company, them, job, interview, promised, promiseDue, deadline, deadlineThisWeek } = c;
  return formal
    ? paragraphs(
        `Hello ${them}, this is ${stop(name)} I interviewed for ${job} at ${company} ${interview.on}. Do you have two or three minutes to talk?`,
        '(Wait for their answer.)',
        joinSentences(
          'Thank you.',
          promised && `When we met, you mentioned that a decision was expected by ${promised.bare}.`,
          'I remain very interested in the position, and I would like to ask whether a decision has been made.',
          deadline && `I should mention that I have received another offer, and I need to reply by ${deadline.bare}. I would like to know where I stand with ${company} before I decide.`,
        ),
        `(At the end:) Thank you for your time, ${stop(them)}${deadlineThisWeek ? '' : " If I haven't heard by next week, may I call again then?"}`,
      )
    : paragraphs(
        `Hi ${them}, this is ${stop(name)} We met ${midSentence(interview.on)} when I interviewed for ${job} at ${stop(company)} Is now a good time for a quick chat?`,
        '(Wait for their answer.)',
        joinSentences(
          'Great, thanks.',
          promised && `You mentioned you hoped to decide by ${promised.bare}${promiseDue ? ", so I thought I'd check in" : ''}.`,
          "I'm still really interested in the role, and I wanted to ask if you've made a decision yet.",
          deadline && `I've also had another offer, and I need to give them an answer by ${deadline.bare}. I'd really like to hear from ${company} before I do.`,
        ),
        `(At the end:) Thanks so much for your time, ${stop(them)}${deadlineThisWeek ? '' : " If I don't hear anything, would it be OK to check back next week?"}`,
      );
}

/** Getting past the front desk (C3): ask for the interviewer by name; if out, ask when to call. */
export function receptionist(c: ScriptContext): string {
  const { formal, name, them, job, interview } = c;
  return formal
    ? paragraphs(
        `Hello, my name is ${name}, and I interviewed for ${job} ${interview.on}. May I speak with ${them}, please?`,
        `(If ${them} is not available:) I understand. Could you tell me when ${them} is usually free? I will call back at that time. Thank you for your help.`,
        `(If they offer to connect you with someone else:) Thank you, but I would prefer to speak with ${them}, as we met at the interview.`,
      )
    : paragraphs(
        `Hi, my name is ${stop(name)} I interviewed for ${job} ${interview.on}, and I'm following up with ${stop(them)} Could you put me through, please?`,
        `(If ${them} isn't in:) No problem. When's a good time to catch ${them}? I'll call back then. Thanks for your help.`,
        `(If they offer to put you through to someone else:) Thanks, but I'd rather speak with ${them}, since we met at the interview.`,
      );
}

/** They set up a call and didn't make it (C9, F5): no blame, offer another time. */
export function missedScheduledCall(c: ScriptContext): string {
  const { formal, name, spokenPhone, company, them, job, scheduledCall } = c;
  return formal
    ? joinSentences(
        `Hello ${them}, this is ${stop(name)}`,
        `We had arranged to speak ${midSentence(scheduledCall.on)} about ${job} at ${stop(company)}`,
        'I understand that schedules change, so I am calling to see whether another time would suit you.',
        'I remain very interested in the role.',
        `You can reach me at ${spokenPhone}. Thank you, and I look forward to speaking with you.`,
      )
    : joinSentences(
        `Hi ${them}, this is ${stop(name)}`,
        `We'd planned to talk ${midSentence(scheduledCall.on)} about ${job} at ${stop(company)}`,
        "I know how busy things get, so I wanted to reach out and find another time that works for you.",
        "I'm still really interested in the role.",
        `You can reach me at ${spokenPhone}. Thanks, and I hope we can talk soon.`,
      );
}

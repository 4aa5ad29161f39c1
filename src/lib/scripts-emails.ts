/**
 * Emails while you wait: the follow-up, the thank-you note, the email-only check-in, the
 * recruiter's debrief and check-in, and the heads-up to a referee.
 * Facts: C1, E5, G1–G4, H9, H13, H14, I3, I5, O5, P1–P5.
 * Each script is a function of the ScriptContext (script-text.ts), both tones in one place.
 */
import { joinSentences, midSentence, paragraphs, stop, type ScriptContext, type EmailText } from './script-text';

/** E5: mention the timeline they gave, restate interest, thank them. */
export function followUpEmail(c: ScriptContext): EmailText {
  const { formal, role, company, them, job, interview, promised, promiseDue, deadline, signature } = c;
  return formal
    ? {
        subject: `Follow-up on my interview for ${job}`,
        body: paragraphs(
          `Dear ${them},`,
          joinSentences(
            `I am writing to follow up on my interview for ${job} at ${company} ${interview.on}.`,
            promised && `When we met, you mentioned that a decision was expected by ${promised.bare}.`,
          ),
          joinSentences(
            'Thank you again for the time you spent with me.',
            'I remain very interested in the position, and I would be grateful for any update on the timeline or the next steps.',
            deadline && `I have since received another offer, with a reply deadline of ${deadline.bare}, and I would appreciate knowing where I stand with ${company} before then.`,
          ),
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `Following up on my ${role} interview`,
        body: paragraphs(
          `Hi ${them},`,
          joinSentences(
            `I hope your week is going well. I wanted to follow up on my interview for ${job} ${interview.on}.`,
            promised && `You mentioned you hoped to decide by ${promised.bare}${promiseDue ? ", so I thought I'd check in" : ''}.`,
          ),
          joinSentences(
            `I enjoyed our conversation and learning more about ${company}, and I'm still very excited about the role.`,
            deadline && `I've also received another offer that I need to answer by ${deadline.bare}, so I'd be grateful for any update before then.`,
            'Is there any news you can share about the next steps?',
          ),
          'Thanks again for your time. I look forward to hearing from you.',
          signature('Best wishes,'),
        ),
      };
}

/** C1, G1: a personal note to each interviewer, sent the day of the interview or the next. */
export function thankYouNote(c: ScriptContext): EmailText {
  const { formal, role, company, them, job, interview, signature } = c;
  return formal
    ? {
        subject: `Thank you: ${role} interview`,
        body: paragraphs(
          `Dear ${them},`,
          `Thank you for taking the time to meet with me ${midSentence(interview.on)} to discuss ${job} at ${stop(company)} I valued learning about [one thing you discussed], and our conversation confirmed my interest in the role.`,
          'Please let me know if I can provide any further information. I look forward to hearing from you about the next steps.',
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `Thank you for meeting with me`,
        body: paragraphs(
          `Hi ${them},`,
          `Thank you for meeting with me ${midSentence(interview.on)} to talk about ${job} at ${stop(company)} I especially enjoyed hearing about [one thing you talked about], and it made me even more excited about the role.`,
          "If there's anything else you need from me, just let me know. I look forward to hearing about the next steps.",
          signature('Best wishes,'),
        ),
      };
}

/**
 * H13, I3, I5: the status check by email when the employer asked for email or not to be
 * called. Unlike the follow-up email it names their preference, asks only for the timeline,
 * and invites a one-line answer.
 */
export function emailCheckIn(c: ScriptContext): EmailText {
  const { formal, company, them, job, role, interview, promised, deadline, signature } = c;
  const other = deadline && (formal
    ? `I should mention that I have another offer to answer by ${deadline.bare}, so an update before then would help me greatly.`
    : `I also have another offer to answer by ${deadline.bare}, so any news before then would really help.`);
  return formal
    ? {
        subject: `Checking in by email: ${role} application`,
        body: paragraphs(
          `Dear ${them},`,
          joinSentences(
            `I am writing by email, as I understand it suits you best, about ${job} at ${company}, for which I interviewed ${interview.on}.`,
            promised && `I understand that a decision was expected by ${promised.bare}.`,
          ),
          joinSentences('Could you let me know where the process stands, or when you expect to decide? I remain very interested, and a brief reply at a convenient moment would be most welcome.', other),
          signature('Thank you, and kind regards,'),
        ),
      }
    : {
        subject: `Quick check-in on the ${role} role`,
        body: paragraphs(
          `Hi ${them},`,
          joinSentences(
            `I'm checking in by email, since I know that works best for you, about ${job} at ${stop(company)} We spoke ${interview.on}.`,
            promised && `You mentioned a decision around ${promised.bare}.`,
          ),
          joinSentences("I'm still very interested. Is there any news on the timeline? A one-line reply is plenty, whenever you have a moment.", other),
          signature('Thanks,'),
        ),
      };
}

/** P2, P3: the debrief to the agency recruiter on the interview day or the next: how it went, your interest, anything to pass on. */
export function recruiterDebrief(c: ScriptContext): EmailText {
  const { formal, company, them, job, role, interview, recruiter, signature } = c;
  return formal
    ? {
        subject: `Interview debrief: ${role} at ${company}`,
        body: paragraphs(
          `Dear ${recruiter},`,
          `Thank you for arranging my interview with ${them} at ${company} ${midSentence(interview.on)} for ${stop(job)} I wanted to share my impressions while they are fresh.`,
          'I felt the interview went [well / as I expected], and the discussion of [one topic you discussed] was particularly useful. Having met the team, I am even more interested in the position.',
          '[Anything you would like them to pass on or find out, for example a question about the hours or the start date.]',
          `I would be grateful for any feedback you receive. Would you also like me to send ${them} a thank-you note directly, or will you pass on my thanks?`,
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `How my ${role} interview went`,
        body: paragraphs(
          `Hi ${recruiter},`,
          `Thanks for setting up my interview with ${them} at ${company} ${midSentence(interview.on)} Here's a quick debrief while it's fresh.`,
          "I think it went [well], and I really enjoyed talking about [one thing you discussed]. I'm keener on the role than before.",
          '[Anything you’d like them to pass on or check, such as a question about the hours or the start date.]',
          `Could you let me know what they say? And should I send ${them} a thank-you note myself, or will you pass my thanks on?`,
          signature('Best wishes,'),
        ),
      };
}

/** P1, P5: the status check goes through the recruiter, never around them to the employer. */
export function recruiterCheckIn(c: ScriptContext): EmailText {
  const { formal, company, job, role, interview, promised, deadline, recruiter, signature } = c;
  return formal
    ? {
        subject: `Status of my application: ${role} at ${company}`,
        body: paragraphs(
          `Dear ${recruiter},`,
          joinSentences(
            `I am writing to ask whether you have heard from ${company} about ${job}, following my interview ${interview.on}.`,
            promised && `You mentioned that they expected to decide by ${promised.bare}.`,
          ),
          joinSentences(
            'I remain very interested in the role.',
            deadline && `I have also received another offer, which I must answer by ${deadline.bare}, so any news before then would be a great help.`,
          ),
          'Thank you for your help. If there is no news yet, when would be a good time for me to check in with you again?',
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `Any news on the ${role} role?`,
        body: paragraphs(
          `Hi ${recruiter},`,
          joinSentences(
            `I hope you're well. I wanted to check in on ${job} at ${company}, since I interviewed with them ${interview.on}.`,
            promised && `You mentioned they hoped to decide by ${promised.bare}.`,
          ),
          joinSentences(
            "I'm still really keen.",
            deadline && `I've also had another offer that I need to answer by ${deadline.bare}, so any update before then would really help.`,
            'Have you heard anything from them yet?',
          ),
          "If not, when's a good time for me to check back with you? Thanks so much.",
          signature('Best wishes,'),
        ),
      };
}

/** O5: a heads-up to a referee who has agreed to speak for you: who may contact them, for which role, what to stress. */
export function referenceHeadsUp(c: ScriptContext): EmailText {
  const { formal, company, them, job, role, referee, signature } = c;
  return formal
    ? {
        subject: `Reference request: ${role} at ${company}`,
        body: paragraphs(
          `Dear ${referee},`,
          `Thank you again for agreeing to act as a reference for me. I have reached the final stage for ${job} at ${company}, and ${them} may contact you in the coming days.`,
          'The role centres on [the two or three main duties]. If it is helpful, these are the points I would most like them to hear about: [two or three strengths or pieces of work you saw at first hand].',
          'I would be happy to send you the job description. Thank you very much for your support.',
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `Heads-up: a reference call about the ${role} role`,
        body: paragraphs(
          `Hi ${referee},`,
          `Thanks again for agreeing to be a reference for me! I'm in the final stage for ${job} at ${company}, so you may hear from ${them} in the next few days.`,
          'The job is mostly [the two or three main duties]. If it comes up, it would be great if you could mention [two or three things you saw me do well].',
          "I'm happy to send you the job description. Thanks so much for doing this.",
          signature('Best wishes,'),
        ),
      };
}

/**
 * Offers, a no, and moving on: asking for time to decide, declining, telling the employer you
 * prefer about an offer with a deadline, replying to a rejection, withdrawing, and the last
 * note when you stop following up.
 * Facts: H7, L2, L3, L8, M1, M2, M6, N1–N3, R1–R3.
 * Each script is a function of the ScriptContext (script-text.ts), both tones in one place.
 */
import { joinSentences, paragraphs, PLACEHOLDERS, stop, type DatePhrase, type EmailText, type ScriptContext } from './script-text';

/** L2, L3: thanks, the offer in writing, and a specific short time to decide. */
export function askForTime(c: ScriptContext): EmailText {
  const { formal, company, them, job, role, answerBy, signature } = c;
  return formal
    ? {
        subject: `Your offer for the ${role} position`,
        body: paragraphs(
          `Dear ${them},`,
          `Thank you very much for offering me ${job} at ${stop(company)} I am very pleased to receive it.`,
          'Before I give my answer, I would like to review the full terms. Could you send me the offer in writing, with the job title, salary, start date, benefits and any conditions?',
          `I would be grateful if I could give you my decision by ${answerBy.bare}. Please let me know if that timing works for you.`,
          signature('Thank you again, and kind regards,'),
        ),
      }
    : {
        subject: `Thank you for the ${role} offer`,
        body: paragraphs(
          `Hi ${them},`,
          `Thank you so much for the offer for ${job} at ${stop(company)} I'm excited about it.`,
          'So I can give it proper thought, could you send it to me in writing, with the pay, start date, benefits and any conditions?',
          `Would it be all right if I came back to you with my answer by ${answerBy.bare}? I'll be in touch by then either way.`,
          signature('Thanks again,'),
        ),
      };
}

/** L8: decline with thanks, one short honest reason, and the door left open. */
export function declineOffer(c: ScriptContext): EmailText {
  const { formal, company, them, job, role, signature } = c;
  const reason = c.reason ? stop(c.reason) : PLACEHOLDERS.reason;
  return formal
    ? {
        subject: `Your offer for the ${role} position`,
        body: paragraphs(
          `Dear ${them},`,
          `Thank you for offering me ${job} at ${company}, and for the time you and your colleagues gave me.`,
          joinSentences('After careful thought, I have decided not to accept the offer.', reason),
          `It was not an easy decision. I was impressed by ${company}, and I hope our paths cross again.`,
          signature('With thanks and best wishes,'),
        ),
      }
    : {
        subject: `About the ${role} offer`,
        body: paragraphs(
          `Hi ${them},`,
          `Thank you so much for the offer for ${job} at ${company}, and for making me feel welcome all the way through.`,
          joinSentences("I've thought it over carefully, and I've decided to turn it down.", reason),
          "It wasn't an easy choice: I really enjoyed getting to know you and the team, and I'd be glad to stay in touch.",
          signature('All the best,'),
        ),
      };
}

/**
 * N1, N3: tell the employer you prefer that you hold an offer with a deadline: information,
 * not an ultimatum. Only ever built with a real deadline (N2: never a bluff).
 */
export function competingOffer(c: ScriptContext, deadline: DatePhrase): EmailText {
  const { formal, company, them, job, role, interview, signature } = c;
  return formal
    ? {
        subject: `My application for the ${role} position: a question of timing`,
        body: paragraphs(
          `Dear ${them},`,
          `I am writing with an update on my application for ${job}, following my interview ${interview.on}. I have received another job offer, and I have been asked to reply by ${deadline.bare}.`,
          `${company} remains my first choice. Would you be able to tell me where I stand before then?`,
          'I understand if your timeline cannot change, and I would appreciate any information you are able to share.',
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `A quick update on my ${role} application`,
        body: paragraphs(
          `Hi ${them},`,
          `I wanted to let you know that, since my interview ${interview.on}, I've received another offer, and they've asked for my answer by ${deadline.bare}.`,
          `${company} is still my first choice, and I'd much rather join you in ${job}. Is there any chance you could let me know where things stand before then?`,
          "I completely understand if your timeline can't move. Any update would really help.",
          signature('Thanks so much,'),
        ),
      };
}

/** M1, M2: a gracious reply to a rejection, with a feedback request that is easy to answer briefly (or none). */
export function rejectionReply(c: ScriptContext): EmailText {
  const { formal, company, them, job, askFeedback, signature } = c;
  return formal
    ? {
        subject: 'Thank you for letting me know',
        body: paragraphs(
          `Dear ${them},`,
          `Thank you for letting me know your decision about ${job}. Although I am disappointed, I appreciated the chance to meet you and to learn about ${stop(company)}`,
          askFeedback && 'If you have a moment, I would value one or two points on how I could make a stronger application in future. A few lines would be plenty, and I understand if that is not possible.',
          'I would welcome being considered for future openings, and I wish you every success with the new appointment.',
          signature('Kind regards,'),
        ),
      }
    : {
        subject: 'Thanks for letting me know',
        body: paragraphs(
          `Hi ${them},`,
          `Thanks for letting me know about ${job}. I'm disappointed, of course, but I really enjoyed meeting you and learning about ${stop(company)}`,
          askFeedback && "If you have a minute, is there one thing I could do better next time? Even a line or two would help, and no worries if you can't.",
          "If another role comes up that suits me, I'd love to be considered. Best of luck with the new hire.",
          signature('Best wishes,'),
        ),
      };
}

/** R1–R3: withdrawing, short and gracious, to the recruiter first when an agency is involved. */
export function withdraw(c: ScriptContext): EmailText {
  const { formal, company, job, role, reason, signature } = c;
  const to = c.hasRecruiter ? c.recruiter : c.them;
  return formal
    ? {
        subject: `Withdrawing my application: ${role}`,
        body: paragraphs(
          `Dear ${to},`,
          joinSentences(`Thank you for considering me for ${job} at ${stop(company)} I am writing to let you know that I would like to withdraw my application.`, reason && stop(reason)),
          'I appreciate the time you have given me, and I wish you every success with the search.',
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `Withdrawing from the ${role} process`,
        body: paragraphs(
          `Hi ${to},`,
          joinSentences(`Thank you for your time during the process for ${job} at ${stop(company)} I've decided to withdraw my application, and I wanted to tell you straight away so you can plan.`, reason && stop(reason)),
          "I really appreciated the chance to learn about the team, and I hope our paths cross again.",
          signature('All the best,'),
        ),
      };
}

/** H7, M1, M6: the last message when you stop following up: no reproach, open to future roles. */
export function closingNote(c: ScriptContext): EmailText {
  const { formal, company, them, job, role, interview, signature } = c;
  return formal
    ? {
        subject: `Thank you: ${role} at ${company}`,
        body: paragraphs(
          `Dear ${them},`,
          `Thank you again for considering me for ${job}, for which I interviewed ${interview.on}. As I have not heard back, I understand that you have probably moved forward with other candidates, and I will not take up more of your time.`,
          `I enjoyed learning about ${company}, and I would be glad to be considered for future openings that match my experience.`,
          'I wish you and the team every success.',
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `Thanks again: ${role}`,
        body: paragraphs(
          `Hi ${them},`,
          `I wanted to thank you once more for the chance to interview for ${job} ${interview.on}. I haven't heard back, so I'm guessing you've gone another way, and that's completely fine.`,
          `I really enjoyed meeting you and learning about ${stop(company)} If something else comes up that fits my background, I'd love to hear about it.`,
          'All the best to you and the team,',
          signature('Best wishes,'),
        ),
      };
}

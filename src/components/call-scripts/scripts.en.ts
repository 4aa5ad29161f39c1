/**
 * The script generator's words in US English: every sentence of every script, both tones.
 * The rules (src/lib/follow-up-scripts.ts, scripts-*.ts) decide which parts a script has and
 * fill the {slots}; this module only says them. A second language is a second module of this
 * shape. Loaded with the rules on first use (script-engine.ts), not on the page's first load.
 *
 * Slots: see ScriptWords in src/lib/script-text.ts. Facts behind the wording:
 * shared/domain-facts.md C1, C3–C10, D1–D4, E5, G1–G4, H7, H13, H14, I–R.
 */
import type { ScriptWords } from '../../lib/script-text';
import { SCRIPT_PLACEHOLDERS_EN } from './placeholders.en';

const WAIT = '(Wait for their answer.)';

/** D3, L1: what to write down when they make an offer on the phone. */
const WRITE_DOWN = [
  '(Write down:)',
  '- Start date and time: ______',
  '- Where to go on day one (address, department, who to ask for): ______',
  '- Dress code: ______',
  '- Salary and pay schedule: ______',
  '- Hours and type of contract: ______',
  '- When the written offer will arrive: ______',
].join('\n');

export const SCRIPT_WORDS_EN: ScriptWords = {
  locale: 'en-US',
  placeholders: SCRIPT_PLACEHOLDERS_EN,
  draftDeadline: '[the other offer’s deadline]',
  dates: { on: 'on {date}', this: 'this {date}', last: 'last {date}', next: 'next {date}', before: 'before {date}', today: 'today', yesterday: 'yesterday', tomorrow: 'tomorrow' },
  job: { warm: 'the {role} role', formal: 'the {role} position' },
  extension: '{number}, extension {extension}',

  voicemail: {
    formal: {
      greeting: 'Hello {them}, this is {nameStop}',
      interview: 'I interviewed for {job} at {company} {interview}, and I\'m calling to follow up.',
      interest: 'I remain very interested in the position.',
      interestBefore: 'I remain very interested, and I would value an update {beforeDeadline}, when I need to answer another offer.',
      callBack: 'Please call me back at {spokenPhone}. Again, my number is {spokenPhone}.',
      thanks: 'Thank you for your time.',
    },
    warm: {
      greeting: 'Hi {them}, this is {nameStop}',
      interview: 'We met {interviewMid} when I interviewed for {job} at {companyStop}',
      interest: 'I\'m following up because I\'m still really interested.',
      interestBefore: 'I\'m still really interested, and I\'d love to hear where things stand {beforeDeadline}, when I need to answer another offer.',
      callBack: 'You can call me back at {spokenPhone}. That\'s {spokenPhone}.',
      thanks: 'Thanks, and have a good day.',
    },
  },
  callOpener: {
    formal: {
      opening: 'Hello {them}, this is {nameStop} I interviewed for {job} at {company} {interview}. Do you have two or three minutes to talk?',
      wait: WAIT,
      thanks: 'Thank you.',
      promised: 'When we met, you mentioned that a decision was expected by {promised}.',
      promisedDue: 'When we met, you mentioned that a decision was expected by {promised}.',
      interest: 'I remain very interested in the position, and I would like to ask whether a decision has been made.',
      deadline: 'I should mention that I have received another offer, and I need to reply by {deadline}. I would like to know where I stand with {company} before I decide.',
      end: '(At the end:) Thank you for your time, {themStop}',
      again: 'If I haven\'t heard by next week, may I call again then?',
    },
    warm: {
      opening: 'Hi {them}, this is {nameStop} We met {interviewMid} when I interviewed for {job} at {companyStop} Is now a good time for a quick chat?',
      wait: WAIT,
      thanks: 'Great, thanks.',
      promised: 'You mentioned you hoped to decide by {promised}.',
      promisedDue: 'You mentioned you hoped to decide by {promised}, so I thought I\'d check in.',
      interest: 'I\'m still really interested in the role, and I wanted to ask if you\'ve made a decision yet.',
      deadline: 'I\'ve also had another offer, and I need to give them an answer by {deadline}. I\'d really like to hear from {company} before I do.',
      end: '(At the end:) Thanks so much for your time, {themStop}',
      again: 'If I don\'t hear anything, would it be OK to check back next week?',
    },
  },
  receptionist: {
    formal: [
      'Hello, my name is {name}, and I interviewed for {job} {interview}. May I speak with {them}, please?',
      '(If {them} is not available:) I understand. Could you tell me when {them} is usually free? I will call back at that time. Thank you for your help.',
      '(If they offer to connect you with HR or the recruiter:) Yes, please. Thank you, that would be very helpful.',
    ],
    warm: [
      'Hi, my name is {nameStop} I interviewed for {job} {interview}, and I\'m following up with {themStop} Could you put me through, please?',
      '(If {them} isn\'t in:) No problem. When\'s a good time to catch {them}? I\'ll call back then. Thanks for your help.',
      '(If they offer to put you through to HR or the recruiter:) That would be great, thanks.',
    ],
  },
  missedScheduledCall: {
    formal: [
      'Hello {them}, this is {nameStop}',
      'We had arranged to speak {scheduledCallMid} about {job} at {companyStop}',
      'I understand that schedules change, so I am calling to see whether another time would suit you.',
      'I remain very interested in the role.',
      'You can reach me at {spokenPhone}. Thank you, and I look forward to speaking with you.',
    ],
    warm: [
      'Hi {them}, this is {nameStop}',
      'We\'d planned to talk {scheduledCallMid} about {job} at {companyStop}',
      'I know how busy things get, so I wanted to reach out and find another time that works for you.',
      'I\'m still really interested in the role.',
      'You can reach me at {spokenPhone}. Thanks, and I hope we can talk soon.',
    ],
  },
  notDecided: {
    formal: [
      'Thank you for the update. May I ask whether I am still being considered for the position?',
      WAIT,
      'Thank you. When would it be appropriate for me to follow up again?',
      '(If they say they will contact you:) Thank you. Could you tell me roughly when I might expect to hear from you?',
      'I appreciate your time, {themStop} I look forward to hearing from you.',
    ],
    warm: [
      "Thanks for letting me know. Am I still in the running for the role?",
      WAIT,
      "That's good to hear. When would be a good time for me to check back?",
      "(If they say they'll call you:) That sounds great. Roughly when should I expect to hear from you?",
      'Thanks again for your time, {themStop} I look forward to hearing from you.',
    ],
  },
  notSelected: {
    formal: [
      'Thank you for letting me know, {themStop} I appreciated the chance to meet you and to learn about {companyStop}',
      'If you are able to share it, I would value any feedback on my interview, so that I can improve.',
      '(Listen and take notes. Thank them; do not argue with what they say.)',
      'Thank you, that is helpful. I would welcome being considered for similar positions in the future. Thank you again for your time.',
    ],
    warm: [
      'Thank you for telling me, {themStop} I really enjoyed meeting you and learning about {companyStop}',
      'Would you be willing to share any feedback on my interview? Anything you can tell me will help me next time.',
      "(Listen and take notes. Thank them; don't argue with what they say.)",
      "That's really helpful, thank you. If a similar role comes up, I'd love to be considered. Thanks again for your time.",
    ],
  },
  positionFilled: {
    formal: [
      'I understand. Thank you for telling me. I remain interested in working at {company}, so I would be grateful if you kept me in mind for similar openings.',
      'May I ask whether there is anything from my interview that I could improve?',
      '(Listen and take notes.)',
      'Thank you for your time, {themStop} I wish you and the team every success.',
    ],
    warm: [
      "I see. Thanks for letting me know. I enjoyed learning about {company}, and I'd still love to work with your team.",
      'If another {role} role or something similar opens up, could you keep me in mind?',
      "(If they seem open to it:) Is there anything from my interview you'd suggest I work on?",
      'Thanks so much for your time, {themStop} All the best to you and the team.',
    ],
  },
  offer: {
    formal: [
      'Thank you very much. I am delighted to receive the offer for {job} at {companyStop}',
      '(You need not accept on the call. Thank them, note the details, and ask for the offer in writing.)',
      'May I take a moment to write down the details?',
      WRITE_DOWN,
      'Would you be able to send the offer in writing, with the salary, start date, benefits and any conditions? I would like to review it before I give you my answer. When do you need my reply?',
      'Thank you again, {themStop} I look forward to receiving it.',
      '(Many offers depend on references or other checks. Keep your other applications going, and don’t resign from a job, until the offer is in writing and its conditions have cleared.)',
    ],
    warm: [
      "That's wonderful news, thank you so much! I'm really pleased, and excited about the offer for {job} at {companyStop}",
      "(You don't have to say yes on the call. Thank them, note the details, and ask for the offer in writing.)",
      'Do you mind if I grab a pen and note down the details?',
      WRITE_DOWN,
      "Could you send me the offer in writing, with the pay, start date, benefits and any conditions? I'd like to read it through before I give you my answer. When would you like to hear back?",
      "Thanks again, {themStop} I'm really looking forward to reading it.",
      "(Many offers depend on references or other checks. Keep your other applications going, and don't resign from a job, until the offer is in writing and its conditions have cleared.)",
    ],
  },

  followUpEmail: {
    formal: {
      subject: 'Follow-up on my interview for {job}',
      greeting: 'Dear {them},',
      intro: 'I am writing to follow up on my interview for {job} at {company} {interview}.',
      promised: 'When we met, you mentioned that a decision was expected by {promised}.',
      promisedDue: 'When we met, you mentioned that a decision was expected by {promised}.',
      thanks: 'Thank you again for the time you spent with me.',
      interest: 'I remain very interested in the position, and I would be grateful for any update on the timeline or the next steps.',
      deadline: 'I have since received another offer, with a reply deadline of {deadline}, and I would appreciate knowing where I stand with {company} before then.',
      question: '',
      lastLine: '',
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'Following up on my {role} interview',
      greeting: 'Hi {them},',
      intro: 'I hope your week is going well. I wanted to follow up on my interview for {job} {interview}.',
      promised: 'You mentioned you hoped to decide by {promised}.',
      promisedDue: "You mentioned you hoped to decide by {promised}, so I thought I'd check in.",
      thanks: '',
      interest: "I enjoyed our conversation and learning more about {company}, and I'm still very excited about the role.",
      deadline: "I've also received another offer that I need to answer by {deadline}, so I'd be grateful for any update before then.",
      question: 'Is there any news you can share about the next steps?',
      lastLine: 'Thanks again for your time. I look forward to hearing from you.',
      closing: 'Best wishes,',
    },
  },
  thankYouNote: {
    formal: {
      subject: 'Thank you: {role} interview',
      paragraphs: [
        'Dear {them},',
        'Thank you for taking the time to meet with me {interviewMid} to discuss {job} at {companyStop} I valued learning about [one thing you discussed], and our conversation confirmed my interest in the role.',
        'Please let me know if I can provide any further information. I look forward to hearing from you about the next steps.',
      ],
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'Thank you for meeting with me',
      paragraphs: [
        'Hi {them},',
        'Thank you for meeting with me {interviewMid} to talk about {job} at {companyStop} I especially enjoyed hearing about [one thing you talked about], and it made me even more excited about the role.',
        "If there's anything else you need from me, just let me know. I look forward to hearing about the next steps.",
      ],
      closing: 'Best wishes,',
    },
  },
  emailCheckIn: {
    formal: {
      subject: 'Checking in by email: {role} application',
      greeting: 'Dear {them},',
      intro: 'I am writing by email, as I understand it suits you best, about {job} at {company}, for which I interviewed {interview}.',
      promised: 'I understand that a decision was expected by {promised}.',
      ask: 'Could you let me know where the process stands, or when you expect to decide? I remain very interested, and a brief reply at a convenient moment would be most welcome.',
      deadline: 'I should mention that I have another offer to answer by {deadline}, so an update before then would help me greatly.',
      closing: 'Thank you, and kind regards,',
    },
    warm: {
      subject: 'Quick check-in on the {role} role',
      greeting: 'Hi {them},',
      intro: "I'm checking in by email, since I know that works best for you, about {job} at {companyStop} We spoke {interview}.",
      promised: 'You mentioned a decision around {promised}.',
      ask: "I'm still very interested. Is there any news on the timeline? A one-line reply is plenty, whenever you have a moment.",
      deadline: 'I also have another offer to answer by {deadline}, so any news before then would really help.',
      closing: 'Thanks,',
    },
  },
  recruiterDebrief: {
    formal: {
      subject: 'Interview debrief: {role} at {company}',
      paragraphs: [
        'Dear {recruiter},',
        'Thank you for arranging my interview with {them} at {company} {interviewMid} for {jobStop} I wanted to share my impressions while they are fresh.',
        'I felt the interview went [well / as I expected], and the discussion of [one topic you discussed] was particularly useful. Having met the team, I am even more interested in the position.',
        '[Anything you would like them to pass on or find out, for example a question about the hours or the start date.]',
        'I would be grateful for any feedback you receive. Would you also like me to send {them} a thank-you note directly, or will you pass on my thanks?',
      ],
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'How my {role} interview went',
      paragraphs: [
        'Hi {recruiter},',
        "Thanks for setting up my interview with {them} at {company} {interview}. Here's a quick debrief while it's fresh.",
        "I think it went [well], and I really enjoyed talking about [one thing you discussed]. I'm keener on the role than before.",
        '[Anything you’d like them to pass on or check, such as a question about the hours or the start date.]',
        'Could you let me know what they say? And should I send {them} a thank-you note myself, or will you pass my thanks on?',
      ],
      closing: 'Best wishes,',
    },
  },
  recruiterCheckIn: {
    formal: {
      subject: 'Status of my application: {role} at {company}',
      greeting: 'Dear {recruiter},',
      intro: 'I am writing to ask whether you have heard from {company} about {job}, following my interview {interview}.',
      promised: 'You mentioned that they expected to decide by {promised}.',
      interest: 'I remain very interested in the role.',
      deadline: 'I have also received another offer, which I must answer by {deadline}, so any news before then would be a great help.',
      question: '',
      again: 'Thank you for your help. If there is no news yet, when would be a good time for me to check in with you again?',
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'Any news on the {role} role?',
      greeting: 'Hi {recruiter},',
      intro: "I hope you're well. I wanted to check in on {job} at {company}, since I interviewed with them {interview}.",
      promised: 'You mentioned they hoped to decide by {promised}.',
      interest: "I'm still really keen.",
      deadline: "I've also had another offer that I need to answer by {deadline}, so any update before then would really help.",
      question: 'Have you heard anything from them yet?',
      again: "If not, when's a good time for me to check back with you? Thanks so much.",
      closing: 'Best wishes,',
    },
  },
  referenceHeadsUp: {
    formal: {
      subject: 'Reference request: {role} at {company}',
      paragraphs: [
        'Dear {referee},',
        'Thank you again for agreeing to act as a reference for me. I have reached the final stage for {job} at {company}, and {them} may contact you in the coming days.',
        'The role centres on [the two or three main duties]. If it is helpful, these are the points I would most like them to hear about: [two or three strengths or pieces of work you saw at first hand].',
        'I would be happy to send you the job description. Thank you very much for your support.',
      ],
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'Heads-up: a reference call about the {role} role',
      paragraphs: [
        'Hi {referee},',
        "Thanks again for agreeing to be a reference for me! I'm in the final stage for {job} at {company}, so you may hear from {them} in the next few days.",
        'The job is mostly [the two or three main duties]. If it comes up, it would be great if you could mention [two or three things you saw me do well].',
        "I'm happy to send you the job description. Thanks so much for doing this.",
      ],
      closing: 'Best wishes,',
    },
  },

  askForTime: {
    formal: {
      subject: 'Your offer for the {role} position',
      paragraphs: [
        'Dear {them},',
        'Thank you very much for offering me {job} at {companyStop} I am very pleased to receive it.',
        'Before I give my answer, I would like to review the full terms. Could you send me the offer in writing, with the job title, salary, start date, benefits and any conditions?',
        'I would be grateful if I could give you my decision by {answerBy}. Please let me know if that timing works for you.',
      ],
      closing: 'Thank you again, and kind regards,',
    },
    warm: {
      subject: 'Thank you for the {role} offer',
      paragraphs: [
        'Hi {them},',
        "Thank you so much for the offer for {job} at {companyStop} I'm excited about it.",
        'So I can give it proper thought, could you send it to me in writing, with the pay, start date, benefits and any conditions?',
        "Would it be all right if I came back to you with my answer by {answerBy}? I'll be in touch by then either way.",
      ],
      closing: 'Thanks again,',
    },
  },
  declineOffer: {
    formal: {
      subject: 'Your offer for the {role} position',
      greeting: 'Dear {them},',
      thanks: 'Thank you for offering me {job} at {company}, and for the time you and your colleagues gave me.',
      decision: 'After careful thought, I have decided not to accept the offer.',
      door: 'It was not an easy decision. I was impressed by {company}, and I hope our paths cross again.',
      closing: 'With thanks and best wishes,',
    },
    warm: {
      subject: 'About the {role} offer',
      greeting: 'Hi {them},',
      thanks: 'Thank you so much for the offer for {job} at {company}, and for making me feel welcome all the way through.',
      decision: "I've thought it over carefully, and I've decided to turn it down.",
      door: "It wasn't an easy choice: I really enjoyed getting to know you and the team, and I'd be glad to stay in touch.",
      closing: 'All the best,',
    },
  },
  competingOffer: {
    formal: {
      subject: 'My application for the {role} position: a question of timing',
      paragraphs: [
        'Dear {them},',
        'I am writing with an update on my application for {job}, following my interview {interview}. I have received another job offer, and I have been asked to reply by {deadline}.',
        '{company} remains my first choice. Would you be able to tell me where I stand before then?',
        'I understand if your timeline cannot change, and I would appreciate any information you are able to share.',
      ],
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'A quick update on my {role} application',
      paragraphs: [
        'Hi {them},',
        "I wanted to let you know that, since my interview {interview}, I've received another offer, and they've asked for my answer by {deadline}.",
        "{company} is still my first choice, and I'd much rather join you in {job}. Is there any chance you could let me know where things stand before then?",
        "I completely understand if your timeline can't move. Any update would really help.",
      ],
      closing: 'Thanks so much,',
    },
  },
  rejectionReply: {
    formal: {
      subject: 'Thank you for letting me know',
      greeting: 'Dear {them},',
      thanks: 'Thank you for letting me know your decision about {job}. Although I am disappointed, I appreciated the chance to meet you and to learn about {companyStop}',
      feedback: 'If you have a moment, I would value one or two points on how I could make a stronger application in future. A few lines would be plenty, and I understand if that is not possible.',
      future: 'I would welcome being considered for future openings, and I wish you every success with the new appointment.',
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'Thanks for letting me know',
      greeting: 'Hi {them},',
      thanks: "Thanks for letting me know about {job}. I'm disappointed, of course, but I really enjoyed meeting you and learning about {companyStop}",
      feedback: "If you have a minute, is there one thing I could do better next time? Even a line or two would help, and no worries if you can't.",
      future: "If another role comes up that suits me, I'd love to be considered. Best of luck with the new hire.",
      closing: 'Best wishes,',
    },
  },
  withdraw: {
    formal: {
      subject: 'Withdrawing my application: {role}',
      greeting: 'Dear {to},',
      withdraw: 'Thank you for considering me for {job} at {companyStop} I am writing to let you know that I would like to withdraw my application.',
      thanks: 'I appreciate the time you have given me, and I wish you every success with the search.',
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'Withdrawing from the {role} process',
      greeting: 'Hi {to},',
      withdraw: "Thank you for your time during the process for {job} at {companyStop} I've decided to withdraw my application, and I wanted to tell you straight away so you can plan.",
      thanks: 'I really appreciated the chance to learn about the team, and I hope our paths cross again.',
      closing: 'All the best,',
    },
  },
  closingNote: {
    formal: {
      subject: 'Thank you: {role} at {company}',
      paragraphs: [
        'Dear {them},',
        'Thank you again for considering me for {job}, for which I interviewed {interview}. As I have not heard back, I understand that you have probably moved forward with other candidates, and I will not take up more of your time.',
        'I enjoyed learning about {company}, and I would be glad to be considered for future openings that match my experience.',
        'I wish you and the team every success.',
      ],
      closing: 'Kind regards,',
    },
    warm: {
      subject: 'Thanks again: {role}',
      paragraphs: [
        'Hi {them},',
        "I wanted to thank you once more for the chance to interview for {job} {interview}. I haven't heard back, so I'm guessing you've gone another way, and that's completely fine.",
        "I really enjoyed meeting you and learning about {companyStop} If something else comes up that fits my background, I'd love to hear about it.",
        'I wish you and the team all the best.',
      ],
      closing: 'Best wishes,',
    },
  },
};

/** The plan: a dated timeline (a list to screen readers), with today marked, and the actions. */
import { Component } from 'preact';
import { formatDate, formatLongDate } from '../../lib/dates/format';

const LOCALE = 'en-US';
import type { Plan, PlanStep } from '../../lib/follow-up-plan';
import { planToText, relativeDay, stepText, windowsText, zoneLabel } from '../../lib/plan-text';

interface Props {
  plan: Plan;
  zone: string;
  userZone: string;
  headingLevel: 2 | 3;
  ruleLinks: Record<string, string>;
  /** The region's public holidays, or null when no region is chosen. */
  holidays: { date: string; name: string }[] | null;
}

const BADGES = { done: 'Done', missed: 'Missed', due: 'Today', upcoming: 'Coming up' } as const;

function badge(step: PlanStep, today: string): string {
  if (step.status === 'done' && (step.kind === 'promised' || step.kind === 'new-date')) return 'Passed';
  // The thank-you note is due from the interview day but dated by its deadline, the day after.
  if (step.status === 'due' && step.date !== today) return 'Due now';
  return BADGES[step.status];
}

/** The rule that explains each step, for its "Why this date?" link. */
function ruleOf(step: PlanStep, plan: Plan): string | undefined {
  if (step.kind === 'call') {
    const call = plan.calls[step.callIndex ?? 0];
    return call.made ? undefined : call.movedFrom ? 'H10' : call.rule;
  }
  return { 'thank-you': 'H9', 'treat-as-no': 'H7', 'new-date': 'H8' }[step.kind as string];
}

export class PlanView extends Component<Props, { status: string; text: string }> {
  state = { status: '', text: '' };

  copy = async () => {
    const { plan, zone, userZone } = this.props;
    const text = planToText(plan, zone, userZone, location.href);
    // Empty the status first, so a second copy is read out again.
    this.setState({ status: '' });
    let done = false;
    try {
      await navigator.clipboard.writeText(text);
      done = true;
    } catch {
      // Without clipboard access, show the text so it can be copied by hand.
    }
    // A moment later, so the emptied status and the new message are separate changes.
    setTimeout(() =>
      this.setState(
        done
          ? { status: 'Plan copied. Paste it into a note or a message to yourself.', text: '' }
          : { status: 'Your browser didn’t let us copy. Select the text below and copy it.', text },
      ), 50);
  };

  download = async () => {
    const { plan, zone, userZone } = this.props;
    this.setState({ status: 'Preparing your calendar file…' });
    try {
      // The calendar library loads only when asked for.
      const { makeIcs } = await import('./ics-download');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([makeIcs(plan, zone, userZone)], { type: 'text/calendar' }));
      link.download = `follow-up-plan-${plan.interviewDate}.ics`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      this.setState({ status: 'Calendar file downloaded. Open it to add the dates to your calendar.' });
    } catch {
      this.setState({ status: 'We couldn’t make the calendar file. Try again, or copy the plan as text.' });
    }
  };

  render({ plan, zone, userZone, headingLevel, ruleLinks, holidays }: Props) {
    const Heading = headingLevel === 2 ? 'h2' : 'h3';
    const next = plan.steps.find((step) => (step.status === 'due' || step.status === 'upcoming') && (step.kind === 'call' || step.kind === 'thank-you'));
    const todayIndex = plan.steps.findIndex((step) => step.date >= plan.today);
    const showToday = !plan.steps.some((step) => step.date === plan.today);
    const skipped = (holidays ?? []).filter((h) => h.date > plan.interviewDate && h.date < plan.treatAsNoOn);
    const items = plan.steps.map((step, i) => {
      const { title, detail } = stepText(step, plan);
      const call = step.kind === 'call' ? plan.calls[step.callIndex ?? 0] : undefined;
      const when = call && !call.made ? windowsText(call.date, call.windows, zone, userZone) : '';
      const rule = ruleOf(step, plan);
      return (
        <li key={i} class={`pl-step pl-step--${step.status} pl-step--${step.kind}`} aria-current={step.date === plan.today ? 'date' : undefined}>
          <p class="pl-step-date">
            <time dateTime={step.date}>{formatLongDate(step.date, LOCALE)}</time> <span class="pl-rel">({relativeDay(step.date, plan.today)})</span>{' '}
            <span class="pl-badge">{badge(step, plan.today)}</span>
          </p>
          <p class="pl-step-title">{title}</p>
          {when && (
            <p>
              <strong>{call?.windows[0].label === 'office-hours' ? 'Send it' : 'Best times'}:</strong> {when}
            </p>
          )}
          {detail && <p class="pl-step-detail">{detail}</p>}
          {rule && ruleLinks[rule] && (
            <p class="pl-step-why">
              <a href={ruleLinks[rule]}>Why this date? (rule {rule})</a>
            </p>
          )}
        </li>
      );
    });
    if (showToday) {
      items.splice(todayIndex < 0 ? items.length : todayIndex, 0, (
        <li key="today" class="pl-step pl-step--now" aria-current="date">
          <p class="pl-step-date">
            <time dateTime={plan.today}>{formatLongDate(plan.today, LOCALE)}</time> <span class="pl-badge">Today</span>
          </p>
          <p class="pl-step-title">You are here</p>
        </li>
      ));
    }
    return (
      <section class="pl-plan" aria-labelledby="pl-plan">
        <Heading id="pl-plan" tabIndex={-1}>
          Your plan
        </Heading>
        {zone !== userZone && (
          <p class="pl-hint">Dates follow the employer’s calendar, in {zoneLabel(zone)}, so “today” is their today.</p>
        )}
        {next && (
          <p class="pl-next">
            <strong>Next:</strong> {stepText(next, plan).title}, {next.date > plan.today && next.status === 'due' ? 'by ' : ''}
            {formatDate(next.date, LOCALE, { weekday: 'long', month: 'long', day: 'numeric' })} (
            {relativeDay(next.date, plan.today)}).
          </p>
        )}
        <ol class="pl-timeline">{items}</ol>
        {skipped.length > 0 && (
          <p class="pl-hint">
            Public holidays skipped: {skipped.map((h) => `${h.name} (${formatDate(h.date, LOCALE)})`).join(', ')}.
          </p>
        )}
        {!holidays && (
          <p class="pl-hint">
            No region chosen, so only the closed days you added are skipped. If a date above is a public holiday where the employer is, choose their region.
          </p>
        )}
        <p class="pl-hint">Keep applying for other jobs while you wait: a plan is not a promise.</p>
        <div class="pl-actions">
          <button type="button" class="button" onClick={this.download}>
            Download calendar file (.ics)
          </button>
          <button type="button" class="button button--secondary" onClick={this.copy}>
            Copy plan as text
          </button>
        </div>
        <p class="pl-status" role="status">
          {this.state.status}
        </p>
        {this.state.text && <textarea class="pl-copy-text" readOnly rows={10} aria-label="Your plan as text" value={this.state.text} />}
      </section>
    );
  }
}

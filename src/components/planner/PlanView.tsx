/** The plan: a dated timeline (a list to screen readers), with today marked, and the actions. */
import { Component } from 'preact';
import { Announcer } from '../shared/Announcer';
import { CopyButton } from '../shared/CopyButton';
import { formatDate } from '../../lib/dates/format';
import type { Plan, PlanStep } from '../../lib/plan-types';
import { LOCALE, t } from './messages.en';
import { longDate, planToText, relativeDay, stepText, windowsText, zoneLabel } from './plan-text';
import { SaveToBoard } from './SaveToBoard';

interface Props {
  plan: Plan;
  zone: string;
  userZone: string;
  headingLevel: 2 | 3;
  ruleLinks: Record<string, string>;
  /** The region's public holidays, or null when no region is chosen. */
  holidays: { date: string; name: string }[] | null;
}

function badge(step: PlanStep, today: string): string {
  if (step.status === 'done' && (step.kind === 'promised' || step.kind === 'new-date')) return t('badge.passed');
  // The thank-you note is due from the interview day but dated by its deadline, the day after.
  if (step.status === 'due' && step.date !== today) return t('badge.due-now');
  return t(`badge.${step.status}`);
}

const STEP_RULES: Partial<Record<PlanStep['kind'], string>> = { 'thank-you': 'H9', debrief: 'H14', 'treat-as-no': 'H7', 'new-date': 'H8' };

/** The rule that explains each step, for its "Why this date?" link. */
function ruleOf(step: PlanStep, plan: Plan): string | undefined {
  if (step.kind !== 'call') return STEP_RULES[step.kind];
  const call = plan.calls[step.callIndex];
  return call.made ? (call.reached === 'front-desk' ? 'H12' : undefined) : call.movedFrom ? 'H10' : call.rule;
}

interface StepProps {
  step: PlanStep;
  plan: Plan;
  zone: string;
  userZone: string;
  ruleLinks: Record<string, string>;
}

function Step({ step, plan, zone, userZone, ruleLinks }: StepProps) {
  const { title, detail } = stepText(step, plan);
  const call = step.kind === 'call' ? plan.calls[step.callIndex] : undefined;
  const when = call && !call.made ? windowsText(call.date, call.windows, zone, userZone) : '';
  const rule = ruleOf(step, plan);
  return (
    <li class={`pl-step pl-step--${step.status} pl-step--${step.kind}`} aria-current={step.date === plan.today ? 'date' : undefined}>
      <p class="pl-step-date">
        <time dateTime={step.date}>{longDate(step.date)}</time> <span class="pl-rel">({relativeDay(step.date, plan.today)})</span>{' '}
        <span class="pl-badge">{badge(step, plan.today)}</span>
      </p>
      <p class="pl-step-title">{title}</p>
      {when && (
        <p>
          <strong>{t(call?.windows[0].label === 'office-hours' ? 'view.send-it' : 'view.best-times')}:</strong> {when}
        </p>
      )}
      {detail && <p class="pl-step-detail">{detail}</p>}
      {rule && ruleLinks[rule] && (
        <p class="pl-step-why">
          <a href={ruleLinks[rule]}>{t('view.why', { rule })}</a>
        </p>
      )}
    </li>
  );
}

function Today({ plan }: { plan: Plan }) {
  return (
    <li class="pl-step pl-step--now" aria-current="date">
      <p class="pl-step-date">
        <time dateTime={plan.today}>{longDate(plan.today)}</time> <span class="pl-badge">{t('badge.due')}</span>
      </p>
      <p class="pl-step-title">{t('view.you-are-here')}</p>
    </li>
  );
}

function Timeline(props: Omit<StepProps, 'step'>) {
  const { plan } = props;
  const items = plan.steps.map((step, i) => <Step key={i} step={step} {...props} />);
  // "You are here" goes between the past and the future, unless a step is on today itself.
  if (!plan.steps.some((step) => step.date === plan.today)) {
    const todayIndex = plan.steps.findIndex((step) => step.date >= plan.today);
    items.splice(todayIndex < 0 ? items.length : todayIndex, 0, <Today key="today" plan={plan} />);
  }
  return <ol class="pl-timeline">{items}</ol>;
}

function NextStep({ plan }: { plan: Plan }) {
  const next = plan.steps.find(
    (step) => (step.status === 'due' || step.status === 'upcoming') && (step.kind === 'call' || step.kind === 'thank-you' || step.kind === 'debrief'),
  );
  if (!next) return null;
  return (
    <p class="pl-next">
      <strong>{t('view.next')}</strong>{' '}
      {t(next.date > plan.today && next.status === 'due' ? 'view.next.line.by' : 'view.next.line', {
        title: stepText(next, plan).title,
        date: formatDate(next.date, LOCALE, { weekday: 'long', month: 'long', day: 'numeric' }),
        when: relativeDay(next.date, plan.today),
      })}
    </p>
  );
}

function HolidayNotes({ plan, holidays }: { plan: Plan; holidays: Props['holidays'] }) {
  const skipped = (holidays ?? []).filter((h) => h.date > plan.interviewDate && h.date < plan.treatAsNoOn);
  return (
    <>
      {skipped.length > 0 && (
        <p class="pl-hint">{t('view.holidays', { list: skipped.map((h) => t('view.holiday', { name: h.name, date: formatDate(h.date, LOCALE) })).join(', ') })}</p>
      )}
      {!holidays && <p class="pl-hint">{t('view.no-region')}</p>}
    </>
  );
}

export class PlanView extends Component<Props, { text: string }> {
  state = { text: '' };
  announcer: Announcer | null = null;

  say = (message: string) => this.announcer?.say(message);

  download = async () => {
    const { plan, zone, userZone } = this.props;
    this.say(t('view.preparing'));
    try {
      // The calendar library loads only when asked for.
      const { makeIcs } = await import('./ics-download');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([makeIcs(plan, zone, userZone)], { type: 'text/calendar' }));
      link.download = t('view.file-name', { date: plan.interviewDate });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      this.say(t('view.downloaded'));
    } catch {
      this.say(t('view.download-failed'));
    }
  };

  render({ plan, zone, userZone, headingLevel, ruleLinks, holidays }: Props) {
    const Heading = headingLevel === 2 ? 'h2' : 'h3';
    return (
      <section class="pl-plan" aria-labelledby="pl-plan">
        <Heading id="pl-plan" tabIndex={-1}>
          {t('view.heading')}
        </Heading>
        {zone !== userZone && <p class="pl-hint">{t('view.zone-hint', { zone: zoneLabel(zone) })}</p>}
        {plan.contact === 'recruiter' && <p class="pl-hint">{t('view.recruiter')}</p>}
        <NextStep plan={plan} />
        <Timeline plan={plan} zone={zone} userZone={userZone} ruleLinks={ruleLinks} />
        <HolidayNotes plan={plan} holidays={holidays} />
        <p class="pl-hint">{t('view.keep-applying')}</p>
        <div class="pl-actions">
          <button type="button" class="button" onClick={this.download}>
            {t('view.download')}
          </button>
          <CopyButton
            text={() => planToText(plan, zone, userZone, location.href)}
            label={t('view.copy')}
            what={t('view.copy-what')}
            announce={this.say}
            // Without clipboard access, show the text so it can be copied by hand.
            onFailed={(text) => this.setState({ text })}
          />
        </div>
        <SaveToBoard level={headingLevel === 2 ? 3 : 4} plan={plan} />
        <Announcer
          class="pl-status"
          ref={(announcer) => {
            this.announcer = announcer;
          }}
        />
        {this.state.text && <textarea class="pl-copy-text" readOnly rows={10} aria-label={t('view.text-label')} value={this.state.text} />}
      </section>
    );
  }
}

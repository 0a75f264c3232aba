/** The engine's next steps, one bullet each with the one link that carries it out. */
import type { CheckRequest, NextStep } from '../../coverage/answer';
import { toCheckParams } from '../../lib/check-params';
import { packageHref } from '../../lib/labels';
import { withBase } from '../../lib/site-url';
import { FIELD_ID, QUESTION } from './questions';
import type { PackageFacts } from './props';
import { TermLinks } from '../shared/TermLinks';

interface Props {
  steps: NextStep[];
  request: CheckRequest;
  packages: PackageFacts[];
  sales: string;
}

function link(
  step: Exclude<NextStep, { kind: 'answer' }>,
  { request, packages, sales }: Omit<Props, 'steps'>,
): [href: string, label: string] {
  const ticket = withBase(`/ticket/?${toCheckParams(request)}`);
  switch (step.kind) {
    case 'send':
      return [ticket, 'Prepare the ticket request'];
    case 'ask':
      return step.whom === 'account-manager' ? [ticket, 'Prepare a request to ask'] : [`mailto:${sales}`, `Write to ${sales}`];
    case 'covered-by': {
      const name = packages.find((p) => p.id === step.package)?.name ?? step.package;
      return [`${packageHref(step.package)}#${request.topic}`, `See it on the ${name} page`];
    }
    case 'check-date':
      return [`#${FIELD_ID.start}`, 'Correct the start date'];
    case 'extend':
      return [withBase('/kb/extend-with-webhooks-apis-events/'), 'How to extend Tiledesk'];
    case 'compare':
      return [withBase('/compare/'), 'Compare the packages'];
    case 'community':
      return [`${packageHref('none')}#community`, 'Community channels'];
  }
}

export function NextSteps({ steps, ...context }: Props) {
  return (
    <ul className="next-steps">
      {steps.flatMap((step) => {
        // One action per bullet: each question still open is a bullet of its own.
        if (step.kind === 'answer') {
          return step.missing.map((m) => (
            <li key={`answer-${m}`}>
              <a className="question-link" href={`#${FIELD_ID[m]}`}>
                {QUESTION[m]}
              </a>
            </li>
          ));
        }
        const [href, label] = link(step, context);
        return [
          <li key={`${step.kind}-${href}`}>
            {step.text} <TermLinks ids={step.terms} />{' '}
            <a className={step.kind === 'send' ? 'button' : undefined} href={href}>
              {label}
            </a>
          </li>,
        ];
      })}
    </ul>
  );
}

/** The engine's next steps, each with the link that carries it out. */
import type { CheckRequest, NextStep } from '../../coverage/answer';
import { toCheckParams } from '../../coverage/params';
import { packageHref } from '../../lib/labels';
import { FIELD_ID, QUESTION } from './questions';
import { TermLinks } from '../shared/TermLinks';

interface Props {
  steps: NextStep[];
  request: CheckRequest;
  sales: string;
}

function link(step: NextStep, request: CheckRequest, sales: string): [href: string, label: string] {
  const ticket = `/ticket/?${toCheckParams(request)}`;
  switch (step.kind) {
    case 'send':
      return [ticket, 'Prepare the ticket request'];
    case 'ask':
      return step.whom === 'account-manager' ? [ticket, 'Prepare a request to ask'] : [`mailto:${sales}`, `Write to ${sales}`];
    case 'enterprise':
      return [`${packageHref('enterprise')}#${request.topic}`, 'See it on the Enterprise page'];
    case 'extend':
      return ['/kb/extend-with-webhooks-apis-events/', 'How to extend Tiledesk'];
    case 'compare':
      return ['/compare/', 'Compare the packages'];
    case 'community':
      return [`${packageHref('none')}#community`, 'Community channels'];
    case 'answer':
      return ['', ''];
  }
}

export function NextSteps({ steps, request, sales }: Props) {
  return (
    <ul className="next-steps">
      {steps.map((step) => {
        if (step.kind === 'answer') {
          return (
            <li key={step.kind}>
              {step.missing.map((m) => (
                <a key={m} className="question-link" href={`#${FIELD_ID[m]}`}>
                  {QUESTION[m]}
                </a>
              ))}
            </li>
          );
        }
        const [href, label] = link(step, request, sales);
        return (
          <li key={step.kind}>
            {step.text} <TermLinks ids={step.terms} />{' '}
            <a className={step.kind === 'send' ? 'button' : undefined} href={href}>
              {label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

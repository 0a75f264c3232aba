/** The checker's questions. Start date and size appear only when they can matter. */
import type { CheckRequest } from '../../coverage/answer';
import { PACKAGE_IDS, type TopicId } from '../../coverage/ids';
import { ruleFor, type CoverageData } from '../../coverage/model';
import type { PackageFacts } from './props';
import { FIELD_ID, QUESTION } from './questions';
import { SizeField } from './SizeField';

interface Props {
  coverage: CoverageData;
  packages: PackageFacts[];
  request: CheckRequest;
  update: (patch: Partial<CheckRequest>, mode: 'push' | 'replace') => void;
  /**
   * The island has read the URL. The questions built into the page are disabled until then: React
   * would not see an answer given before hydration, and the radio would stay ticked with no verdict.
   */
  ready: boolean;
}

export function Questions({ coverage, packages, request, update, ready }: Props) {
  const topic = coverage.topics.find((t) => t.id === request.topic);
  const rule = request.package && request.topic ? ruleFor(coverage, request.package, request.topic) : undefined;
  const window = rule?.conditions.find((c) => c.kind === 'window');
  const guide = coverage.packages.find((p) => p.id === request.package)?.sizeGuidance;

  return (
    <form className="checker-questions" onSubmit={(e) => e.preventDefault()} aria-label="Your request">
      <fieldset>
        <legend>{QUESTION.package}</legend>
        {PACKAGE_IDS.map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="package"
              id={`check-package-${id}`}
              value={id}
              checked={request.package === id}
              disabled={!ready}
              onChange={() => update({ package: id }, 'push')}
            />{' '}
            {id === 'none' ? 'No package, or not sure' : packages.find((p) => p.id === id)?.name}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={FIELD_ID.topic}>{QUESTION.topic}</label>
        <select
          id={FIELD_ID.topic}
          value={request.topic ?? ''}
          disabled={!ready}
          aria-describedby={topic ? 'check-topic-hint' : undefined}
          onChange={(e) => update({ topic: (e.target.value || undefined) as TopicId | undefined }, 'push')}
        >
          <option value="">Choose a kind of request</option>
          {coverage.topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        {topic && (
          <p className="hint" id="check-topic-hint">
            {topic.explanation}
          </p>
        )}
      </div>

      <fieldset aria-describedby="check-modified-hint">
        <legend>{QUESTION.modified}</legend>
        <p className="hint" id="check-modified-hint">
          Modified means changed source code, or patched or rebuilt images. Settings, webhooks and new components built on the APIs are not
          modifications.
        </p>
        {(['no', 'yes'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="modified"
              id={`check-modified-${value}`}
              value={value}
              checked={request.modified === (value === 'yes')}
              disabled={!ready}
              onChange={() => update({ modified: value === 'yes' }, 'push')}
            />{' '}
            {value === 'yes' ? 'Yes' : 'No'}
          </label>
        ))}
      </fieldset>

      {window && window.kind === 'window' && (
        <div className="field">
          <label htmlFor={FIELD_ID.start}>{QUESTION.start}</label>
          <input
            id={FIELD_ID.start}
            type="date"
            value={request.start ?? ''}
            aria-describedby="check-start-hint"
            onChange={(e) => update({ start: e.target.value || undefined }, 'replace')}
          />
          <p className="hint" id="check-start-hint">
            The start date is day 0; this is covered up to day {window.days}
            {window.inclusive ? ' included' : ''}.
          </p>
        </div>
      )}

      {guide && (
        <fieldset aria-describedby="check-size-hint">
          <legend>How large is your deployment? (optional)</legend>
          <p className="hint" id="check-size-hint">
            The package is recommended below {guide.agentsBelow} agents and {guide.botsBelow} bots. This is advice only: it never changes
            the answer.
          </p>
          <div className="size-fields">
            {(['agents', 'bots'] as const).map((key) => (
              <SizeField
                key={key}
                name={key}
                label={key === 'agents' ? 'Agents' : 'Bots'}
                value={request[key]}
                onChange={(size) => update({ [key]: size }, 'replace')}
              />
            ))}
          </div>
        </fieldset>
      )}
    </form>
  );
}

/**
 * The coverage questions the customer already answered in the checker, shown
 * as a short summary with one button to change them, instead of asking again.
 */
import { isRealIsoDate, readableDate } from '../../coverage/dates';
import type { CoverageData } from '../../coverage/model';
import type { Draft } from '../../ticket/draft';
import { FIELD_WORDS } from '../../ticket/field-words';
import { labelOf, MODIFIED_ANSWERS } from '../../ticket/options';

interface Props {
  draft: Draft;
  coverage: CoverageData;
  onChange: () => void;
}

export function AnswersSummary({ draft, coverage, onChange }: Props) {
  const rows: [label: string, value: string][] = [
    [FIELD_WORDS.package.label, coverage.packages.find((p) => p.id === draft.package)?.name ?? draft.package],
    [FIELD_WORDS.topic.label, labelOf(coverage.topics, draft.topic)],
    [FIELD_WORDS.modified.label, labelOf(MODIFIED_ANSWERS, draft.modified)],
  ];
  if (draft.supportStart)
    rows.push([FIELD_WORDS.supportStart.label, isRealIsoDate(draft.supportStart) ? readableDate(draft.supportStart) : draft.supportStart]);
  if (draft.agents) rows.push([FIELD_WORDS.agents.label, draft.agents]);
  if (draft.bots) rows.push([FIELD_WORDS.bots.label, draft.bots]);
  return (
    <div className="answers-summary">
      <p>Your answers from the coverage checker:</p>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="secondary" onClick={onChange}>
        Change these answers
      </button>
    </div>
  );
}

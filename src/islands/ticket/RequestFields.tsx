/** The checker's questions: package, topic, modified, start date, size. The verdict follows from them. */
import type { CoverageData } from '../../coverage/model';
import { MODIFIED_ANSWERS } from '../../ticket/options';
import { RadioGroup, Select, TextInput } from './fields';
import type { SectionProps } from './section-props';

interface Props extends SectionProps {
  coverage: CoverageData;
  /** The verdict for these answers depends on the start date: it is asked for, not optional. */
  startNeeded: boolean;
}

export function RequestFields({ draft, set, errorOf, coverage, startNeeded }: Props) {
  return (
    <>
      <Select
        field="package"
        placeholder="Choose a package"
        options={coverage.packages.map((p) => ({ id: p.id, label: p.name }))}
        value={draft.package}
        onChange={set('package')}
        error={errorOf('package')}
      />
      <Select
        field="topic"
        placeholder="Choose a topic"
        options={coverage.topics.map((t) => ({ id: t.id, label: t.label }))}
        value={draft.topic}
        onChange={set('topic')}
        error={errorOf('topic')}
      />
      <RadioGroup
        field="modified"
        options={MODIFIED_ANSWERS}
        value={draft.modified}
        onChange={set('modified')}
        error={errorOf('modified')}
      />
      <TextInput
        field="supportStart"
        type="date"
        hint={startNeeded ? 'On your purchase order. Whether this request is covered depends on it.' : undefined}
        optional={!startNeeded}
        value={draft.supportStart}
        onChange={set('supportStart')}
        error={errorOf('supportStart')}
        className="narrow"
      />
      <div className="field-row">
        <TextInput
          field="agents"
          optional
          inputMode="numeric"
          value={draft.agents}
          onChange={set('agents')}
          error={errorOf('agents')}
          className="narrow"
        />
        <TextInput
          field="bots"
          optional
          inputMode="numeric"
          value={draft.bots}
          onChange={set('bots')}
          error={errorOf('bots')}
          className="narrow"
        />
      </div>
    </>
  );
}

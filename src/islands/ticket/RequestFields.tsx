/** The checker's questions: package, topic, modified, start date, size. The verdict follows from them. */
import type { CoverageData } from '../../coverage/model';
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
        label="Your support package"
        hint="As named on your purchase order or contract."
        placeholder="Choose a package"
        options={coverage.packages.map((p) => ({ id: p.id, label: p.name }))}
        value={draft.package}
        onChange={set('package')}
        error={errorOf('package')}
      />
      <Select
        field="topic"
        label="What the request is about"
        placeholder="Choose a topic"
        options={coverage.topics.map((t) => ({ id: t.id, label: t.label }))}
        value={draft.topic}
        onChange={set('topic')}
        error={errorOf('topic')}
      />
      <RadioGroup
        field="modified"
        label="Does the request concern a component you have modified?"
        hint="For example, if you changed the source code of the server, the dashboard or the widget."
        options={[
          { id: 'no', label: 'No, only original components' },
          { id: 'yes', label: 'Yes, a component we modified' },
        ]}
        value={draft.modified}
        onChange={set('modified')}
        error={errorOf('modified')}
      />
      <TextInput
        field="supportStart"
        type="date"
        label="Start date of your support package"
        hint={
          startNeeded
            ? 'On your purchase order. Whether this request is covered depends on it.'
            : 'On your purchase order. Some coverage depends on it.'
        }
        optional={!startNeeded}
        value={draft.supportStart}
        onChange={set('supportStart')}
        error={errorOf('supportStart')}
        className="narrow"
      />
      <div className="field-row">
        <TextInput
          field="agents"
          label="Agents"
          hint="How many agents use it."
          optional
          inputMode="numeric"
          value={draft.agents}
          onChange={set('agents')}
          error={errorOf('agents')}
          className="narrow"
        />
        <TextInput
          field="bots"
          label="Bots"
          hint="How many chatbots run."
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

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

export function RequestFields({ bind, coverage, startNeeded }: Props) {
  return (
    <>
      <Select {...bind('package')} placeholder="Choose a package" options={coverage.packages.map((p) => ({ id: p.id, label: p.name }))} />
      <Select {...bind('topic')} placeholder="Choose a topic" options={coverage.topics.map((t) => ({ id: t.id, label: t.label }))} />
      <RadioGroup {...bind('modified')} options={MODIFIED_ANSWERS} />
      <TextInput
        {...bind('supportStart')}
        type="date"
        hint={startNeeded ? 'On your purchase order. Whether this request is covered depends on it.' : undefined}
        optional={!startNeeded}
        className="narrow"
      />
      <div className="field-row">
        <TextInput {...bind('agents')} optional inputMode="numeric" className="narrow" />
        <TextInput {...bind('bots')} optional inputMode="numeric" className="narrow" />
      </div>
    </>
  );
}

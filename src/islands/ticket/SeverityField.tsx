/**
 * The severity question, with each level's definition inline and, for the
 * chosen package, what the vendor's response targets mean for it: Enterprise
 * sees the published targets (and that the vendor's two pages disagree on
 * their plan), Pro sees that it is best effort with no resolution SLA (T10),
 * no package sees that nobody answers (T2).
 */
import type { PackageId } from '../../coverage/ids';
import type { Severities } from '../../schemas/severities';
import { RadioGroup } from './fields';
import { TermLinks } from '../shared/TermLinks';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  packageId: PackageId | undefined;
  packageName: string | undefined;
  severities: Severities;
}

export function SeverityField({ value, onChange, error, packageId, packageName, severities }: Props) {
  const forPackage = packageId ? severities.packages[packageId] : undefined;
  // With no package chosen yet, the published targets are shown, marked as depending on the contract.
  const showTargets = forPackage ? forPackage.targets : true;
  const { targets } = severities;
  const intro = (
    <div className="severity-intro">
      {forPackage ? (
        <p>
          <strong>{packageName}:</strong> {forPackage.text} <TermLinks ids={forPackage.terms} />
        </p>
      ) : (
        <p>Choose your package above to see which response targets apply to you.</p>
      )}
      {showTargets && (
        <details className="targets-source">
          <summary>Where the response targets come from</summary>
          <p>
            The vendor publishes these targets for {targets.installations}, on two pages that disagree on the plan they belong to:{' '}
            {targets.sources.map((source, i) => (
              <span key={source.url}>
                {i > 0 && (i === targets.sources.length - 1 ? ' and ' : ', ')}
                <a href={source.url}>{new URL(source.url).hostname}</a> names the “{source.plan}”
              </span>
            ))}
            .
          </p>
          <ul>
            {targets.conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
          <p>{targets.note}</p>
        </details>
      )}
    </div>
  );
  const options = severities.levels.map((level) => ({
    id: String(level.level),
    label: `${level.level} – ${level.title}`,
    description: (
      <>
        <p>{level.definition}</p>
        {showTargets && (
          <p className="target">
            {forPackage ? 'Published target' : 'Published target, where your contract includes it'}: first response within{' '}
            {level.firstResponse}, then updates {level.updates}.
          </p>
        )}
      </>
    ),
  }));
  return <RadioGroup field="severity" intro={intro} options={options} value={value} onChange={onChange} error={error} />;
}

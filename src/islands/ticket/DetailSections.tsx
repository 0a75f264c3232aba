/**
 * The form's sections after the coverage questions: about you, the
 * installation (with the severity) and the problem. TicketForm shows them once
 * the coverage questions are answered, or when the customer asks for them
 * (DetailsAhead.tsx).
 */
import type { PackageId } from '../../coverage/ids';
import type { Severities } from '../../schemas/severities';
import type { Uploads } from '../../schemas/uploads';
import { ContactFields } from './ContactFields';
import { InstallationFields } from './InstallationFields';
import { ProblemFields } from './ProblemFields';
import type { SectionProps } from './section-props';
import { SeverityField } from './SeverityField';

interface Props extends SectionProps {
  /** The package chosen above, if any: the severity question speaks of its response targets. */
  packageId: PackageId | undefined;
  packageName: string | undefined;
  severities: Severities;
  uploads: Uploads;
}

export function DetailSections({ draft, bind, packageId, packageName, severities, uploads }: Props) {
  const severity = bind('severity');
  return (
    <>
      <section className="form-section" aria-labelledby="ticket-contact-title">
        <h2 id="ticket-contact-title">About you</h2>
        <ContactFields draft={draft} bind={bind} />
      </section>

      <section className="form-section" aria-labelledby="ticket-install-title">
        <h2 id="ticket-install-title">Your installation</h2>
        <InstallationFields draft={draft} bind={bind} />
        <SeverityField
          value={severity.value}
          onChange={severity.onChange}
          error={severity.error}
          packageId={packageId}
          packageName={packageName}
          severities={severities}
        />
      </section>

      <section className="form-section" aria-labelledby="ticket-problem-title">
        <h2 id="ticket-problem-title">The problem</h2>
        <ProblemFields draft={draft} bind={bind} uploads={uploads} />
      </section>
    </>
  );
}

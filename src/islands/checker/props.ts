/** What the checker island receives from its page at build time (serialised into the HTML). */
import type { CoverageData } from '../../coverage/model';
import type { TermsEdition } from '../../schemas/terms';

export interface PackageFacts {
  id: string;
  name: string;
  /** Response expectations, as the package page states them. */
  response: string;
}

export interface CheckerProps {
  coverage: CoverageData;
  packages: PackageFacts[];
  contacts: { support: string; sales: string };
  /** The version and effective date of the terms every verdict rests on. */
  termsEdition: TermsEdition;
}

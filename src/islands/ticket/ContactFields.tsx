/** Who is asking, and under which contract. */
import { TextInput } from './fields';
import type { SectionProps } from './section-props';

export function ContactFields({ draft, set, errorOf }: SectionProps) {
  const noPackage = draft.package === 'none';
  return (
    <>
      <TextInput field="name" label="Your name" autoComplete="name" value={draft.name} onChange={set('name')} error={errorOf('name')} />
      <TextInput
        field="email"
        type="email"
        label="Your email address"
        hint="Support answers here."
        autoComplete="email"
        value={draft.email}
        onChange={set('email')}
        error={errorOf('email')}
      />
      <TextInput
        field="company"
        label="Company or organisation"
        autoComplete="organization"
        value={draft.company}
        onChange={set('company')}
        error={errorOf('company')}
      />
      <TextInput
        field="contract"
        label="Licence or contract reference"
        hint="For example your purchase order number. Support uses it to find your package."
        optional={noPackage}
        value={draft.contract}
        onChange={set('contract')}
        error={errorOf('contract')}
      />
    </>
  );
}

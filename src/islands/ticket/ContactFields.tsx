/** Who is asking, and under which contract. */
import { TextInput } from './fields';
import type { SectionProps } from './section-props';

export function ContactFields({ draft, set, errorOf }: SectionProps) {
  const noPackage = draft.package === 'none';
  return (
    <>
      <TextInput field="name" autoComplete="name" value={draft.name} onChange={set('name')} error={errorOf('name')} />
      <TextInput field="email" type="email" autoComplete="email" value={draft.email} onChange={set('email')} error={errorOf('email')} />
      <TextInput field="company" autoComplete="organization" value={draft.company} onChange={set('company')} error={errorOf('company')} />
      <TextInput field="contract" optional={noPackage} value={draft.contract} onChange={set('contract')} error={errorOf('contract')} />
    </>
  );
}

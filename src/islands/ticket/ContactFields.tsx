/** Who is asking, and under which contract. */
import { TextInput } from './fields';
import type { SectionProps } from './section-props';

export function ContactFields({ draft, bind }: SectionProps) {
  const noPackage = draft.package === 'none';
  return (
    <>
      <TextInput {...bind('name')} autoComplete="name" />
      <TextInput {...bind('email')} type="email" autoComplete="email" />
      <TextInput {...bind('company')} autoComplete="organization" />
      <TextInput {...bind('contract')} optional={noPackage} />
    </>
  );
}

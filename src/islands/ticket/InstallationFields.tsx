/** The environment questions support always asks: version, install method, components, production or not. */
import { COMPONENTS, ENVIRONMENTS, INSTALL_METHODS } from '../../ticket/options';
import { CheckboxGroup, RadioGroup, TextInput } from './fields';
import type { SectionProps } from './section-props';

export function InstallationFields({ draft, bind }: SectionProps) {
  return (
    <>
      <TextInput {...bind('version')} />
      <RadioGroup {...bind('install')} options={INSTALL_METHODS} />
      {draft.install === 'other' && <TextInput {...bind('installOther')} />}
      <CheckboxGroup {...bind('components')} options={COMPONENTS} columns />
      <RadioGroup {...bind('environment')} options={ENVIRONMENTS} />
    </>
  );
}

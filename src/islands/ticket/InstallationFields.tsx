/** The environment questions support always asks: version, install method, components, production or not. */
import { COMPONENTS, ENVIRONMENTS, INSTALL_METHODS } from '../../ticket/options';
import { CheckboxGroup, RadioGroup, TextInput } from './fields';
import type { SectionProps } from './section-props';

export function InstallationFields({ draft, set, errorOf }: SectionProps) {
  return (
    <>
      <TextInput field="version" value={draft.version} onChange={set('version')} error={errorOf('version')} />
      <RadioGroup field="install" options={INSTALL_METHODS} value={draft.install} onChange={set('install')} error={errorOf('install')} />
      {draft.install === 'other' && (
        <TextInput field="installOther" value={draft.installOther} onChange={set('installOther')} error={errorOf('installOther')} />
      )}
      <CheckboxGroup
        field="components"
        options={COMPONENTS}
        columns
        values={draft.components}
        onChange={set('components')}
        error={errorOf('components')}
      />
      <RadioGroup
        field="environment"
        options={ENVIRONMENTS}
        value={draft.environment}
        onChange={set('environment')}
        error={errorOf('environment')}
      />
    </>
  );
}

/** The environment questions support always asks: version, install method, components, production or not. */
import { COMPONENTS, ENVIRONMENTS, INSTALL_METHODS } from '../../ticket/options';
import { CheckboxGroup, RadioGroup, TextInput } from './fields';
import type { SectionProps } from './section-props';

export function InstallationFields({ draft, set, errorOf }: SectionProps) {
  return (
    <>
      <TextInput
        field="version"
        label="Product version"
        hint={
          <>
            For example “tiledesk-server 2.13.23”. Run <code>docker-compose images</code> or <code>helm list</code> to see it.
          </>
        }
        value={draft.version}
        onChange={set('version')}
        error={errorOf('version')}
      />
      <RadioGroup
        field="install"
        label="How Tiledesk is installed"
        options={INSTALL_METHODS}
        value={draft.install}
        onChange={set('install')}
        error={errorOf('install')}
      />
      {draft.install === 'other' && (
        <TextInput
          field="installOther"
          label="How it is installed"
          value={draft.installOther}
          onChange={set('installOther')}
          error={errorOf('installOther')}
        />
      )}
      <CheckboxGroup
        field="components"
        label="Components affected"
        hint="Choose every one involved, or “Not sure”."
        options={COMPONENTS}
        columns
        values={draft.components}
        onChange={set('components')}
        error={errorOf('components')}
      />
      <RadioGroup
        field="environment"
        label="Is the problem in production?"
        options={ENVIRONMENTS}
        value={draft.environment}
        onChange={set('environment')}
        error={errorOf('environment')}
      />
    </>
  );
}

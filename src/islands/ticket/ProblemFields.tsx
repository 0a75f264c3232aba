/** The problem in the customer's words, with knowledge-base suggestions and what can be attached. */
import { readableNumber } from '../../coverage/readable-number';
import type { Uploads } from '../../schemas/uploads';
import { findSecrets } from '../../ticket/secrets';
import { TextArea, TextInput } from './fields';
import { KbSuggestions } from './KbSuggestions';
import type { SectionProps } from './section-props';

const bytes = (n: number) => `${readableNumber(n)} bytes`;

/** "a, b and c" */
export const listInWords = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The advice when the free text seems to hold secrets, or undefined. */
export function secretsWarning(texts: string[]) {
  const secrets = findSecrets(texts.join('\n'));
  if (secrets.length === 0) return undefined;
  return `Your text seems to contain ${listInWords(secrets)}. Replace the values with [REDACTED] before sending; if a secret was already sent anywhere, change it.`;
}

export function ProblemFields({ draft, bind, uploads }: SectionProps & { uploads: Uploads }) {
  const { sizeLimit, allowList } = uploads;
  const warning = secretsWarning([draft.description, draft.steps, draft.logs]);
  return (
    <>
      <TextInput {...bind('subject')}>
        <KbSuggestions subject={draft.subject} />
      </TextInput>
      <TextArea {...bind('description')} />
      <TextArea {...bind('steps')} optional={draft.severity === '4'} />
      <TextArea {...bind('logs')} optional mono rows={6} warning={warning} />
      <div className="attachments">
        <h3>Attaching files</h3>
        <p>
          Attach whole log files or screenshots to the email, or to your reply when support answers a ticket. If support asks you to upload
          them through a Tiledesk chat instead, a Tiledesk server accepts by default only these types ({allowList.variable}):{' '}
          {allowList.extensions.join(', ')}, and files up to {bytes(sizeLimit.defaultBytes)} each, or {bytes(sizeLimit.helmBytes)} with the
          Helm chart ({sizeLimit.variable}).
        </p>
        {uploads.notes.length > 0 && (
          <ul>
            {uploads.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** The secret detector: finds what the knowledge base says never to send, and leaves redacted text alone. */
import { expect, test } from 'vitest';
import { findSecrets } from '../../../src/ticket/secrets';

test('finds secret settings, tokens, database passwords and keys', () => {
  const text = [
    'SUPER_PASSWORD=hunter2',
    'environment: GLOBAL_SECRET: "s3cr3t"',
    'Authorization: JWT eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.abc',
    'MONGODB_URI=mongodb://tiledesk:P4ssw0rd@mongo:27017/tiledesk',
    '-----BEGIN RSA PRIVATE KEY-----',
  ].join('\n');
  expect(findSecrets(text)).toEqual(['SUPER_PASSWORD', 'GLOBAL_SECRET', 'a JWT token', 'a password in a MongoDB address', 'a private key']);
});

test('redacted values, placeholders and mere mentions are not secrets', () => {
  const text = [
    'SUPER_PASSWORD=[REDACTED]',
    'LICENSE_KEY: ******',
    'GPTKEY=<your key>',
    'I changed SUPER_PASSWORD as the guide says.',
    'mongodb://tiledesk:[REDACTED]@mongo:27017/tiledesk',
    'mongodb://mongo:27017/tiledesk',
    'GLOBAL_SECRET_ALGORITHM=HS256',
  ].join('\n');
  expect(findSecrets(text)).toEqual([]);
});

test('each finding is named once', () => {
  expect(findSecrets('NPM_TOKEN=abc\nNPM_TOKEN=def')).toEqual(['NPM_TOKEN']);
});

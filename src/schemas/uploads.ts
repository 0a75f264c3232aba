/**
 * Schema of content/support/uploads.yaml: what a Tiledesk server accepts as an
 * uploaded file. The ticket form quotes it where it asks for logs.
 */
import { z } from 'astro/zod';
import { text } from './primitives';

const envVariable = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected an environment variable name, e.g. MAX_UPLOAD_FILE_SIZE' });
const bytes = z.int({ error: 'expected a whole number of bytes, e.g. 1024000' }).positive({ error: 'expected a positive number of bytes' });

export const uploadsSchema = z.object({
  sizeLimit: z.object({
    /** The server setting that holds the limit. */
    variable: envVariable,
    /** The limit when the setting is not set, in bytes, as the code defines it. */
    defaultBytes: bytes,
    /** The limit the Helm chart sets, in bytes. */
    helmBytes: bytes,
  }),
  allowList: z.object({
    /** The server setting that lists the accepted file types of chat uploads. */
    variable: envVariable,
    /** The default list, as extensions with their dot, e.g. [".pdf", ".txt"]. */
    extensions: z
      .array(z.string().regex(/^\.[a-z0-9]+$/, { error: 'expected a lowercase file extension with its dot, e.g. ".txt"' }))
      .min(1, { error: 'list at least one extension' }),
  }),
  /** Other rules worth knowing before uploading, one sentence each, in our words. Default []. */
  notes: z.array(text).default([]),
});
export type Uploads = z.infer<typeof uploadsSchema>;

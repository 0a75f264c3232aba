/**
 * content/terms.yaml holds two parts: `edition` (the version and effective
 * date of the terms) and `terms` (the numbered list). Two collections read
 * the same file, each its own part, so the date lives beside the terms it
 * dates. A missing part reads as empty; the schema and content.ts then name
 * what is missing.
 */
import { load } from 'js-yaml';

type Parsed = Record<string, unknown>;

const isRecord = (value: unknown): value is Parsed => typeof value === 'object' && value !== null && !Array.isArray(value);

const part = (text: string, key: string): unknown => {
  const doc = load(text);
  return isRecord(doc) ? doc[key] : undefined;
};

/** The `terms:` list, one entry per term (each has an `id`). */
export const parseTermList = (text: string): Parsed[] => {
  const list = part(text, 'terms');
  return Array.isArray(list) ? list.filter(isRecord) : [];
};

/** The `edition:` block as the single entry "edition". */
export const parseTermsEdition = (text: string): Record<string, Parsed> => {
  const edition = part(text, 'edition');
  return { edition: isRecord(edition) ? edition : {} };
};

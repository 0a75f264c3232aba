/**
 * YAML that does not parse must stop the build at the spot: Astro's file()
 * loader only logs "Error reading data" and carries on with no entries, which
 * then fails somewhere else without saying why. This reads a YAML text the way
 * the loader does (js-yaml) and, on a syntax error, gives its line and column.
 */
import yaml from 'js-yaml';

export interface YamlSyntaxError {
  /** 1-based, in the text given. */
  line: number;
  column: number;
  /** js-yaml's reason, e.g. "bad indentation of a mapping entry". */
  reason: string;
}

/** The parsed value, or the syntax error with its position. */
export function parseYaml(text: string): { value: unknown } | { error: YamlSyntaxError } {
  try {
    return { value: yaml.load(text) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return { error: { line: (error.mark?.line ?? 0) + 1, column: (error.mark?.column ?? 0) + 1, reason: error.reason } };
    }
    throw error;
  }
}

/** The fix to suggest for a YAML syntax error. */
export const YAML_FIX =
  'check the indentation (spaces only, the same depth for items of one list) and quote any value that contains ": " or starts with one of [ ] { } > | * & ! % @ `';

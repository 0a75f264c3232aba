/**
 * Cross-checks of the coverage data that per-file schemas cannot make: every
 * package × topic pair has exactly one rule, every cited term exists, every
 * topic is described. Pure; returns every problem, naming file and field.
 */
import type { Advice } from './advice';
import { PACKAGE_IDS, TOPIC_IDS } from './ids';
import type { Rule, Topic } from './schema';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface RulesFile {
  /** The file name without extension: must be a package id. */
  id: string;
  filePath?: string | undefined;
  rules: Rule[];
}

export function checkCoverage(
  topics: Topic[],
  files: RulesFile[],
  termIds: Set<string>,
  topicsFile = 'content/coverage/topics.yaml',
): Problem[] {
  const problems: Problem[] = [];
  const described = new Set(topics.map((t) => t.id));
  for (const id of TOPIC_IDS) {
    if (!described.has(id)) {
      problems.push({ file: topicsFile, field: id, message: `topic "${id}" has no entry; add its label and explanation` });
    }
  }
  const known = new Set<string>(PACKAGE_IDS);
  for (const file of files) {
    const path = file.filePath ?? `content/coverage/rules/${file.id}.yaml`;
    if (!known.has(file.id)) {
      problems.push({
        file: path,
        field: '(file name)',
        message: `"${file.id}" is not a package id; name the file after one of ${PACKAGE_IDS.map((p) => `"${p}"`).join(', ')}`,
      });
      continue;
    }
    const seen = new Map<string, number>();
    file.rules.forEach((rule, i) => {
      const earlier = seen.get(rule.topic);
      if (earlier !== undefined) {
        problems.push({
          file: path,
          field: `rules[${i}].topic`,
          message: `a second rule for "${rule.topic}" (the first is rules[${earlier}]); keep exactly one rule per topic`,
        });
      } else seen.set(rule.topic, i);
      problems.push(...unknownTerms(rule.terms, termIds, path, `rules[${i}].terms`));
      problems.push(...inlineCitations(rule.text, path, `rules[${i}].text`));
      if (rule.verdict !== 'covered' && rule.conditions.length > 0) {
        problems.push({
          file: path,
          field: `rules[${i}].conditions`,
          message: `conditions only limit a "covered" verdict; this rule is "${rule.verdict}"`,
        });
      }
    });
    for (const topic of TOPIC_IDS) {
      if (!seen.has(topic)) {
        problems.push({ file: path, field: 'rules', message: `no rule for topic "${topic}"; every package needs one rule per topic` });
      }
    }
  }
  for (const id of PACKAGE_IDS) {
    if (!files.some((f) => f.id === id)) {
      problems.push({
        file: `content/coverage/rules/${id}.yaml`,
        field: '(file)',
        message: `the package "${id}" has no coverage rules; create the file with one rule per topic`,
      });
    }
  }
  return problems;
}

/**
 * The one "term does not exist" check: every id in `ids` that is not a term,
 * as a problem at `field[i]` of `file`, with an example of a real id.
 */
export function unknownTerms(ids: readonly string[], termIds: Set<string>, file: string, field: string, example = 'T11.4'): Problem[] {
  return ids.flatMap((id, i) =>
    termIds.has(id)
      ? []
      : [{ file, field: `${field}[${i}]`, message: `term "${id}" does not exist; cite an id from content/terms.yaml, e.g. "${example}"` }],
  );
}

/**
 * A citation such as "(T2)" typed into a text: the pages add the citations
 * from `terms` after the text, so it would be read twice ("… (T2). (T2)").
 */
export function inlineCitations(text: string, file: string, field: string): Problem[] {
  const cited = /\(\s*T\d[^)]*\)/.exec(text);
  return cited
    ? [
        {
          file,
          field,
          message: `the text cites ${cited[0]} itself; leave citations to the "terms" list, which the pages show after the text`,
        },
      ]
    : [];
}

export function checkPolicyTerms(policyTerms: string[], termIds: Set<string>, file = 'content/coverage/policies.yaml'): Problem[] {
  return unknownTerms(policyTerms, termIds, file, 'modified.terms', 'T14');
}

/** Every `terms` list anywhere in advice.yaml, checked with its path, e.g. "next.ask.enterprise.terms[0]". */
export function checkAdviceTerms(advice: Advice, termIds: Set<string>, file = 'content/coverage/advice.yaml'): Problem[] {
  const walk = (value: unknown, path: string): Problem[] => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
    return Object.entries(value).flatMap(([key, inner]) => {
      const here = path ? `${path}.${key}` : key;
      return key === 'terms' && Array.isArray(inner) ? unknownTerms(inner as string[], termIds, file, here) : walk(inner, here);
    });
  };
  return walk(advice, '');
}

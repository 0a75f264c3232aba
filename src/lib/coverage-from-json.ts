/**
 * Reads /coverage.json back into the engine's CoverageData, so browser code
 * that needs the whole matrix fetches the public file instead of carrying it.
 */
import type { CoverageData } from '../coverage/model';
import type { coverageJson } from './coverage-json';

type CoverageJson = ReturnType<typeof coverageJson>;

export function coverageFromJson(json: CoverageJson): CoverageData {
  return {
    topics: json.topics,
    packages: json.packages.map((p) => ({ ...p, sizeGuidance: p.sizeGuidance ?? undefined })),
    rules: json.rules.map(({ url: _url, conditions, ...rule }) => ({
      ...rule,
      conditions: conditions.map(({ text, ...c }) =>
        c.kind === 'note' ? { kind: 'note', text } : c,
      ) as CoverageData['rules'][number]['conditions'],
    })),
    policies: { modified: json.modifiedComponents },
    advice: json.advice,
  };
}

/**
 * The real coverage data, read from content/ the way the site reads it
 * (same schemas), for tests of the engine that must fail if the data or the
 * engine contradicts a term.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { PACKAGE_IDS, type PackageId } from '../../src/coverage/ids';
import type { CoverageData } from '../../src/coverage/model';
import { adviceSchema } from '../../src/coverage/advice';
import { packageRulesSchema, policiesSchema, topicSchema } from '../../src/coverage/schema';
import { packageSchema } from '../../src/schemas/packages';

const yaml = (path: string) => load(readFileSync(path, 'utf8'));
const frontmatter = (path: string) => load(readFileSync(path, 'utf8').split(/^---$/m)[1]!);

export function loadCoverage(root = 'content'): CoverageData {
  const topics = topicSchema.array().parse(yaml(`${root}/coverage/topics.yaml`));
  const policies = policiesSchema.parse((yaml(`${root}/coverage/policies.yaml`) as { policies: unknown }).policies);
  const packages = PACKAGE_IDS.map((id) => {
    const page = packageSchema.parse(frontmatter(`${root}/packages/${id}.mdx`));
    return { id, name: page.name, channel: page.channel, priority: page.priority, sizeGuidance: page.sizeGuidance, page };
  });
  const rules = readdirSync(`${root}/coverage/rules`).flatMap((file) => {
    const pkg = file.replace(/\.yaml$/, '') as PackageId;
    return packageRulesSchema.parse(yaml(`${root}/coverage/rules/${file}`)).rules.map((rule) => ({ ...rule, package: pkg }));
  });
  const advice = adviceSchema.parse((yaml(`${root}/coverage/advice.yaml`) as { advice: unknown }).advice);
  return { topics, packages: packages.map(({ page: _, ...info }) => info), rules, policies, advice };
}

/** The frontmatter of a package page, parsed by its schema. */
export const packagePage = (id: PackageId, root = 'content') => packageSchema.parse(frontmatter(`${root}/packages/${id}.mdx`));

/**
 * One synthetic knowledge-base article, shaped like the real ones in
 * content/kb/: frontmatter the schema accepts, then Symptom / Cause / Fix
 * sections with paragraphs, lists, code blocks, a table, and links to other
 * articles and to the docs. Article `index` is the same whatever the size of
 * the generated set, except that links only point inside the set.
 */
import { Random, seedFor } from './random.ts';
import { COMMANDS, COMMON, COMPONENTS, EVENTS, LANGUAGES, SETTINGS, SYMPTOMS, TAGS } from './vocabulary.ts';

export interface ArticleContext {
  /** Number of articles in the set: links and related ids stay below it. */
  count: number;
  /** Knowledge-base category ids declared in site.yaml. */
  categories: readonly string[];
  /** Ids of the real docs pages, for links into the docs. */
  docIds: readonly string[];
}

const PACKAGE_SETS = [['pro', 'enterprise'], ['pro', 'enterprise', 'none'], ['enterprise'], ['none']] as const;

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Title of article `index`: component, symptom, circumstance. */
export function articleTitle(index: number): string {
  const random = new Random(seedFor(index));
  const component = random.pick(COMPONENTS);
  const title = `${component} ${random.pick(SYMPTOMS)} ${random.pick(EVENTS)}`;
  return title[0]!.toUpperCase() + title.slice(1);
}

/** File name (without extension) and URL segment of article `index`; unique by its numeric suffix. */
export function articleId(index: number): string {
  return `${slugify(articleTitle(index)).split('-').slice(0, 7).join('-')}-${index.toString(36)}`;
}

/** The Markdown file of article `index`. */
export function articleMarkdown(index: number, context: ArticleContext): string {
  const random = new Random(seedFor(index) ^ 0x5bd1e995);
  const writer = new Writer(random, index, context);
  const title = articleTitle(index);
  const tags = random.distinct(TAGS, random.int(2, 5), (items) => random.zipf(items));
  const related = writer.otherArticles(random.int(2, 4));
  const updated = new Date(Date.UTC(2024, 0, 1) + random.int(0, 900) * 86_400_000).toISOString().slice(0, 10);
  const frontmatter = [
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(writer.sentence() + ' ' + writer.sentence())}`,
    `category: ${context.categories[index % context.categories.length]}`,
    `tags: ${JSON.stringify(tags)}`,
    `packages: ${JSON.stringify(random.pick(PACKAGE_SETS))}`,
    `updated: "${updated}"`,
    `related: ${JSON.stringify(related)}`,
  ];
  const words = random.int(600, 1200);
  return `---\n${frontmatter.join('\n')}\n---\n\n${writer.body(words)}`;
}

/** Writes the body: fixed section skeleton, prose filled up to the word target. */
class Writer {
  readonly #random: Random;
  readonly #index: number;
  readonly #context: ArticleContext;
  /** Identifiers only this article uses: the long tail of a real index's vocabulary. */
  readonly #ownTerms: string[];

  constructor(random: Random, index: number, context: ArticleContext) {
    this.#random = random;
    this.#index = index;
    this.#context = context;
    const n = index.toString(36);
    this.#ownTerms = [`E${1000 + (index % 9000)}`, `tdk-${random.pick(COMMON)}-${n}`, `node-${n}.cluster.local`];
  }

  otherArticles(count: number): string[] {
    if (this.#context.count < 2) return [];
    const ids = new Set<string>();
    while (ids.size < Math.min(count, this.#context.count - 1)) {
      const other = this.#random.int(0, this.#context.count - 1);
      if (other !== this.#index) ids.add(articleId(other));
    }
    return [...ids];
  }

  #word(): string {
    const r = this.#random.next();
    if (r < 0.04) return `\`${this.#random.pick(SETTINGS)}\``;
    if (r < 0.06) return `\`${this.#random.pick(this.#ownTerms)}\``;
    if (r < 0.1) return this.#random.pick(COMPONENTS);
    return this.#random.zipf(COMMON);
  }

  sentence(min = 8, max = 20): string {
    const words = Array.from({ length: this.#random.int(min, max) }, () => this.#word());
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }

  #paragraph(sentences = this.#random.int(2, 5)): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }

  #articleLink(): string {
    const [id] = this.otherArticles(1);
    return id ? `[${articleTitle(Number.parseInt(id.split('-').at(-1)!, 36)).toLowerCase()}](/kb/${id}/)` : 'the docs';
  }

  #docLink(): string {
    const id = this.#random.pick(this.#context.docIds);
    return `the [${id.replace(/-/g, ' ')} guide](/docs/${id}/)`;
  }

  #list(ordered: boolean): string {
    return Array.from({ length: this.#random.int(3, 6) }, (_, i) => {
      const marker = ordered ? `${i + 1}.` : '-';
      const command = this.#random.next() < 0.3 ? ` Run \`${this.#random.pick(COMMANDS)}\`.` : '';
      return `${marker} ${this.sentence(6, 14)}${command}`;
    }).join('\n');
  }

  #code(): string {
    const language = this.#random.pick(LANGUAGES);
    const lines = Array.from({ length: this.#random.int(3, 9) }, () =>
      language === 'bash'
        ? this.#random.pick(COMMANDS)
        : language === 'json'
          ? `  "${this.#random.pick(SETTINGS)}": "${this.#random.pick(this.#ownTerms)}",`
          : `${this.#random.pick(SETTINGS)}: ${this.#random.zipf(COMMON)}-${this.#random.int(1, 9999)}`,
    );
    const body = language === 'json' ? `{\n${lines.join('\n').replace(/,$/, '')}\n}` : lines.join('\n');
    return `\`\`\`${language}\n${body}\n\`\`\``;
  }

  #table(): string {
    const rows = Array.from(
      { length: this.#random.int(3, 6) },
      () => `| \`${this.#random.pick(SETTINGS)}\` | \`${this.#random.zipf(COMMON)}\` | ${this.sentence(5, 10)} |`,
    );
    return ['| Setting | Default | What it does |', '|---|---|---|', ...rows].join('\n');
  }

  /** Sections in the order real articles use, then extra prose until `words` is reached. */
  body(words: number): string {
    const blocks = [
      '## Symptom',
      this.#paragraph(),
      '## Cause',
      this.#paragraph(),
      this.#list(false),
      `${this.sentence()} See ${this.#articleLink()}.`,
      '## Fix',
      this.#list(true),
      this.#code(),
      `${this.sentence()} Details are in ${this.#docLink()}.`,
      '### Check the settings',
      this.#table(),
      this.#paragraph(),
    ];
    const extra = ['## Verify', '## Prevent it', '## If it still fails', '### Logs to collect', '### On Kubernetes'];
    // Words a reader reads: code blocks and Markdown punctuation do not count.
    const count = (text: string) => (text.startsWith('```') ? 0 : text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length);
    let total = blocks.reduce((sum, block) => sum + count(block), 0);
    for (let i = 0; total < words; i++) {
      const block =
        i % 4 === 0
          ? extra[(i / 4) % extra.length]!
          : i % 7 === 3
            ? this.#code()
            : `${this.#paragraph()}${i % 5 === 2 ? ` Compare ${this.#articleLink()}.` : ''}`;
      blocks.push(block);
      total += count(block);
    }
    return `${blocks.join('\n\n')}\n`;
  }
}

/**
 * <package-finder>: "which package fits me?" on /compare/. Reads the form
 * (size, mission critical, wanted services), runs recommend() over the public
 * /coverage.json, and writes the result with text nodes only.
 */
import { recommend, type Recommendation } from '../coverage/recommend';
import type { TopicId } from '../coverage/ids';
import type { CoverageData } from '../coverage/model';
import { coverageFromJson } from '../lib/coverage-from-json';
import { termHref } from '../lib/terms';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  return node;
};

function citation(terms: string[]) {
  const span = el('span');
  span.className = 'cite';
  if (terms.length === 0) return span;
  span.append(' (');
  terms.forEach((id, i) => {
    if (i > 0) span.append(', ');
    const a = el('a', id);
    a.href = termHref(id);
    span.append(a);
  });
  span.append(')');
  return span;
}

class PackageFinder extends HTMLElement {
  #data: CoverageData | undefined;

  async connectedCallback() {
    this.hidden = false; // only browsers running this script see the finder
    const form = this.querySelector('form')!;
    const output = this.querySelector<HTMLElement>('[data-result]')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('input', () => this.#render(form, output));
    try {
      const response = await fetch('/coverage.json');
      if (!response.ok) throw new Error(String(response.status));
      this.#data = coverageFromJson(await response.json());
      this.#render(form, output);
    } catch {
      output.replaceChildren(el('p', 'The recommendation could not load its data. The table above has every answer.'));
    }
  }

  #render(form: HTMLFormElement, output: HTMLElement) {
    if (!this.#data) return;
    const fields = new FormData(form);
    const size = (name: string) => {
      const raw = String(fields.get(name) ?? '');
      return /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    };
    const result = recommend(
      {
        agents: size('agents'),
        bots: size('bots'),
        missionCritical: fields.get('critical') === 'yes',
        services: fields.getAll('services').map(String) as TopicId[],
      },
      this.#data,
    );
    output.replaceChildren(...this.#describe(result));
  }

  #describe(result: Recommendation): Node[] {
    const data = this.#data!;
    const name = data.packages.find((p) => p.id === result.package)?.name ?? result.package;
    const label = (topic: TopicId) => data.topics.find((t) => t.id === topic)?.label ?? topic;
    const heading = el('h3', `${name} fits best`);
    const reasons = el('ul');
    for (const reason of result.reasons) {
      const li = el('li', reason.text);
      li.append(citation(reason.terms));
      reasons.append(li);
    }
    const nodes: Node[] = [heading, reasons];
    const notes = (title: string, items: Recommendation['gaps']) => {
      if (items.length === 0) return;
      nodes.push(el('h4', title));
      const list = el('ul');
      for (const item of items) {
        const li = el('li');
        li.append(el('strong', `${label(item.topic)}: `), item.reason.text, citation(item.reason.terms));
        list.append(li);
      }
      nodes.push(list);
    };
    notes(`Not covered by ${name}, or not stated in its terms`, result.gaps);
    notes('Covered with conditions', result.limits);
    const more = el('a', `Read the ${name} package`);
    more.href = `/packages/${result.package}/`;
    const p = el('p');
    p.append(more);
    nodes.push(p);
    return nodes;
  }
}

customElements.define('package-finder', PackageFinder);

/**
 * <package-finder>: "which package fits me?" on /compare/. Reads the form
 * (size, mission critical, wanted services), runs recommend() over the public
 * /coverage.json and writes the result with text nodes only. Nothing is shown
 * until the prospect answers something; impossible sizes are refused with a
 * message; the answers live in the query string, so the page's address is a
 * link to the recommendation that can be sent on. A link's values the form
 * cannot take are named in a notice, as text (src/lib/finder-params.ts). Every
 * "Talk to sales" on the page carries the answers once there is a
 * recommendation, so no link to sales loses them.
 */
import type { TopicId } from '../coverage/ids';
import type { CoverageData } from '../coverage/model';
import { recommend, type Needs, type Recommendation } from '../coverage/recommend';
import { parseSize, SIZE_EXPECTATION } from '../coverage/size';
import type { Notice } from '../lib/check-params';
import { coverageFromJson } from '../lib/coverage-from-json';
import { parseFinderParams } from '../lib/finder-params';
import { packageHref } from '../lib/labels';
import { salesMailto } from '../lib/sales-mailto';
import { withBase } from '../lib/site-url';
import { termHref } from '../lib/terms';
import { moreNoticesText, summarizeNotices } from '../lib/url-notices';

const SIZES = ['agents', 'bots'] as const;
type SizeField = (typeof SIZES)[number];

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

/** What the form says: the needs, the sizes it refuses, and whether anything was answered at all. */
interface Reading {
  needs: Needs;
  refused: SizeField[];
  answered: boolean;
}

class PackageFinder extends HTMLElement {
  #data: CoverageData | undefined;
  /** What the link held that the form could not take; a notice goes once the prospect answers that question. */
  #notices: Notice[] = [];
  /** The page's other "Talk to sales" links (TalkToSales.astro), with the address they had before any answer. */
  #salesLinks = new Map<HTMLAnchorElement, string>();

  async connectedCallback() {
    const form = this.querySelector('form')!;
    const output = this.querySelector<HTMLElement>('[data-result]')!;
    // The form is shown before this script runs: a link's answers fill it, but answers typed
    // meanwhile are kept (and reach the address and the result once the data is here).
    const fromLink = location.search !== '';
    if (fromLink) this.#restore(form);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-talk-to-sales]')) this.#salesLinks.set(link, link.href);
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('input', (e) => {
      const answered = (e.target as HTMLInputElement).name;
      if (this.#notices.some((n) => n.param === answered)) this.#showNotices(this.#notices.filter((n) => n.param !== answered));
      this.#update(form, output);
    });
    try {
      const response = await fetch(withBase('/coverage.json'));
      if (!response.ok) throw new Error(String(response.status));
      this.#data = coverageFromJson(await response.json());
      // A link's address stays as sent; answers typed before now are written to it.
      if (fromLink) this.#render(form, output);
      else this.#update(form, output);
    } catch {
      output.replaceChildren(el('p', 'The recommendation could not load its data. The table below has every answer.'));
    }
  }

  /** Fills the form from the query string; values the form does not offer are left out and named in a notice. */
  #restore(form: HTMLFormElement) {
    const { answers, notices } = parseFinderParams(new URLSearchParams(location.search));
    for (const name of SIZES) {
      const value = answers[name];
      if (value !== undefined) form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = String(value);
    }
    for (const radio of form.querySelectorAll<HTMLInputElement>('[name="critical"]')) radio.checked = radio.value === answers.critical;
    for (const box of form.querySelectorAll<HTMLInputElement>('[name="services"]'))
      box.checked = answers.services.includes(box.value as TopicId);
    this.#showNotices(notices);
  }

  /** Lists the notices as text (a few, then "and N more"), or hides their box when there are none. */
  #showNotices(notices: Notice[]) {
    this.#notices = notices;
    const box = this.querySelector<HTMLElement>('[data-notices]')!;
    const { shown, more } = summarizeNotices(notices);
    box
      .querySelector('ul')!
      .replaceChildren(...shown.map((n) => el('li', n.message)), ...(more > 0 ? [el('li', moreNoticesText(more))] : []));
    box.hidden = notices.length === 0;
  }

  #read(form: HTMLFormElement): Reading {
    const fields = new FormData(form);
    const refused: SizeField[] = [];
    const size = (name: SizeField) => {
      const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      const raw = input.value.trim();
      if (raw === '' && !input.validity.badInput) return undefined;
      const value = parseSize(raw);
      if (value === undefined) refused.push(name);
      return value;
    };
    const critical = fields.get('critical');
    const needs: Needs = {
      agents: size('agents'),
      bots: size('bots'),
      missionCritical: critical === null ? undefined : critical === 'yes',
      services: fields.getAll('services').map(String) as TopicId[],
    };
    const answered = needs.agents !== undefined || needs.bots !== undefined || critical !== null || needs.services.length > 0;
    return { needs, refused, answered };
  }

  #update(form: HTMLFormElement, output: HTMLElement) {
    const { needs, refused } = this.#read(form);
    const params = new URLSearchParams();
    for (const name of SIZES) if (needs[name] !== undefined && !refused.includes(name)) params.set(name, String(needs[name]));
    if (needs.missionCritical !== undefined) params.set('critical', needs.missionCritical ? 'yes' : 'no');
    if (needs.services.length) params.set('services', needs.services.join(','));
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.#render(form, output);
  }

  #render(form: HTMLFormElement, output: HTMLElement) {
    const reading = this.#read(form);
    for (const name of SIZES) {
      const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      const message = form.querySelector<HTMLElement>(`[data-error-for="${name}"]`)!;
      const refused = reading.refused.includes(name);
      if (refused) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      message.textContent = refused ? `Enter ${SIZE_EXPECTATION}, or leave it empty.` : '';
    }
    if (!this.#data) return;
    // Until there is a recommendation, the other "Talk to sales" links keep their plain address.
    for (const [link, plain] of this.#salesLinks) link.href = plain;
    if (reading.refused.length > 0) {
      output.replaceChildren(el('p', `Correct the number of ${reading.refused.join(' and ')} to see a recommendation.`));
    } else if (!reading.answered) {
      output.replaceChildren(el('p', 'Answer any question above and the package that fits appears here.'));
    } else {
      const result = recommend(reading.needs, this.#data);
      output.replaceChildren(...this.#describe(result, reading.needs));
      for (const link of this.#salesLinks.keys()) link.href = this.#salesHref(result, reading.needs);
    }
  }

  #describe(result: Recommendation, needs: Needs): Node[] {
    const data = this.#data!;
    const name = data.packages.find((p) => p.id === result.package)?.name ?? result.package;
    const label = (topic: TopicId) => data.topics.find((t) => t.id === topic)?.label ?? topic;
    const reasons = el('ul');
    for (const reason of result.reasons) {
      const li = el('li', reason.text);
      li.append(citation(reason.terms));
      reasons.append(li);
    }
    const nodes: Node[] = [el('h3', `${name} fits best`), reasons];
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

    const actions = el('p');
    actions.className = 'finder-actions';
    const sales = el('a', 'Talk to sales');
    sales.className = 'button';
    sales.href = this.#salesHref(result, needs);
    const more = el('a', `Read the ${name} package`);
    more.href = packageHref(result.package);
    const share = el('a', 'Link to this recommendation');
    share.href = location.href;
    actions.append(sales, ' ', more, ' · ', share);
    nodes.push(actions);
    return nodes;
  }

  /** An email to sales naming the recommended package, with the prospect's answers and the link to the recommendation. */
  #salesHref(result: Recommendation, needs: Needs): string {
    const data = this.#data!;
    const name = data.packages.find((p) => p.id === result.package)?.name ?? result.package;
    const label = (topic: TopicId) => data.topics.find((t) => t.id === topic)?.label ?? topic;
    return salesMailto(this.dataset['sales'] ?? '', `Support package enquiry: ${name}`, [
      'Hello,',
      '',
      `The package finder on your support portal recommends ${name} for us. Our answers:`,
      ...(needs.agents !== undefined ? [`- Agents: ${needs.agents}`] : []),
      ...(needs.bots !== undefined ? [`- Bots: ${needs.bots}`] : []),
      ...(needs.missionCritical !== undefined ? [`- Mission critical: ${needs.missionCritical ? 'yes' : 'no'}`] : []),
      ...(needs.services.length ? [`- Support wanted for: ${needs.services.map(label).join('; ')}`] : []),
      '',
      `The recommendation: ${location.href}`,
    ]);
  }
}

customElements.define('package-finder', PackageFinder);

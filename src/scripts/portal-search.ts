/**
 * <portal-search>: the search page's behaviour, over server-rendered markup
 * (a form, a status line and an empty list). Keeps the query and section in
 * the URL so a reload or a shared link shows the same results.
 */
import { excerptSegments } from '../lib/excerpt';
import { isolateUrlValue } from '../lib/url-notices';
import { search, type SearchHit, type SearchPage } from '../lib/pagefind-client';

const PAGE_SIZE = 10;
const SECTION_LABELS: Record<string, string> = { docs: 'Docs', kb: 'Knowledge base', packages: 'Packages' };

class PortalSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #page: SearchPage | undefined;
  #shown = 0;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#list = this.querySelector('ol')!;
    this.#more = this.querySelector('button[data-more]')!;

    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    const section = params.get('section');
    const radio = this.#form.querySelector<HTMLInputElement>(`input[name="section"][value="${CSS.escape(section ?? '')}"]`);
    if (radio) radio.checked = true;
    else if (section) this.#status.textContent = `“${isolateUrlValue(section)}” is not a section; showing results from everywhere.`;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), 250);
    });
    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'section') void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    if (this.#input.value.trim()) void this.#search();
  }

  get #section() {
    return this.#form.querySelector<HTMLInputElement>('input[name="section"]:checked')?.value ?? '';
  }

  #remember(term: string) {
    const url = new URL(location.href);
    url.search = '';
    if (term) url.searchParams.set('q', term);
    if (this.#section) url.searchParams.set('section', this.#section);
    history.replaceState(null, '', url);
  }

  async #search() {
    const term = this.#input.value.trim();
    const run = ++this.#run;
    this.#remember(term);
    this.#list.replaceChildren();
    this.#more.hidden = true;
    if (!term) {
      this.#status.textContent = 'Type a word or phrase to search.';
      return;
    }
    this.#status.textContent = 'Searching…';
    try {
      const page = await search(term, this.#section || undefined, PAGE_SIZE);
      if (run !== this.#run) return; // a newer search has started
      this.#page = page;
      this.#shown = 0;
      this.#append(page.hits);
      this.#announce(term);
    } catch {
      if (run !== this.#run) return;
      this.#status.textContent =
        'Search is unavailable right now: its index could not be loaded. Browse the docs or the knowledge base instead.';
    }
  }

  async #showMore() {
    if (!this.#page) return;
    const run = this.#run;
    const hits = await this.#page.more(PAGE_SIZE);
    if (run !== this.#run) return;
    const firstNew = this.#append(hits);
    this.#announce(this.#input.value.trim());
    firstNew?.focus();
  }

  #append(hits: SearchHit[]) {
    const links = hits.map((hit) => this.#renderHit(hit));
    this.#shown += hits.length;
    this.#more.hidden = !this.#page || this.#shown >= this.#page.total;
    return links[0];
  }

  #announce(term: string) {
    const total = this.#page?.total ?? 0;
    const where = this.#section ? ` in ${SECTION_LABELS[this.#section]}` : '';
    this.#status.textContent =
      total === 0
        ? `No results for “${term}”${where}. Try fewer or different words.`
        : `${total} result${total === 1 ? '' : 's'} for “${term}”${where}; showing ${this.#shown}.`;
  }

  #renderHit(hit: SearchHit) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    item.append(link);
    if (hit.section) {
      const badge = document.createElement('span');
      badge.className = 'muted';
      badge.textContent = ` · ${SECTION_LABELS[hit.section] ?? hit.section}`;
      item.append(badge);
    }
    const excerpt = document.createElement('p');
    for (const segment of excerptSegments(hit.excerpt)) {
      if (segment.marked) {
        const mark = document.createElement('mark');
        mark.textContent = segment.text;
        excerpt.append(mark);
      } else {
        excerpt.append(segment.text);
      }
    }
    item.append(excerpt);
    this.#list.append(item);
    return link;
  }
}

customElements.define('portal-search', PortalSearch);

/**
 * <portal-search>: the search page's behaviour, over server-rendered markup
 * (a form, a status line, a correction line, an empty list, a "nothing found"
 * hint). Keeps the query and section in the URL so a reload or a shared link
 * shows the same results. Search output is only ever set as text.
 */
import { excerptSegments } from '../lib/excerpt';
import { isolateUrlValue } from '../lib/url-notices';
import { preloadIndex, preloadQuery, type SearchHit, type SearchPage } from '../lib/pagefind-client';
import { MARK_RESULTS_SHOWN } from '../lib/search-marks';
import { answer } from '../lib/search-answer';
import { searchableQuery } from '../lib/query-words';

/**
 * Results loaded at once (the rest on "Show more"): each is a fetch of its page's
 * data, so 5 instead of 10 halves what the first search downloads for results
 * (~13 KB at 10,000 articles, BENCHMARKS.md) while still filling a screen.
 */
const PAGE_SIZE = 5;
const SECTION_LABELS: Record<string, string> = { docs: 'Docs', kb: 'Knowledge base', packages: 'Packages' };
/** `literal=1` searches exactly what was typed (the "Search instead for" link). */
const LITERAL_PARAM = 'literal';

class PortalSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #correction!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #page: SearchPage | undefined;
  /** What the status line reports the results for (the corrected query, if any), and whether some miss a word. */
  #resultsFor = { term: '', partial: false };
  #shown = 0;
  #run = 0;
  #literal = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#correction = this.querySelector('[data-correction]')!;
    this.#list = this.querySelector('ol')!;
    this.#more = this.querySelector('button[data-more]')!;
    this.#empty = this.querySelector('[data-empty]')!;

    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    this.#literal = params.get(LITERAL_PARAM) === '1';
    const section = params.get('section');
    const radio = this.#form.querySelector<HTMLInputElement>(`input[name="section"][value="${CSS.escape(section ?? '')}"]`);
    if (radio) radio.checked = true;
    else if (section) this.#status.textContent = `“${isolateUrlValue(section)}” is not a section; showing results from everywhere.`;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#literal = false;
      void this.#search();
    });
    this.#input.addEventListener('input', () => {
      this.#literal = false;
      preloadQuery(searchableQuery(this.#input.value));
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), 250);
    });
    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'section') void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    // Whoever puts the cursor in the search field is about to search: fetch the index meanwhile.
    this.#input.addEventListener('focus', preloadIndex, { once: true });
    if (this.#input.value.trim()) void this.#search();
  }

  get #section() {
    return this.#form.querySelector<HTMLInputElement>('input[name="section"]:checked')?.value ?? '';
  }

  #url(term: string, literal: boolean) {
    const url = new URL(location.href);
    url.search = '';
    url.hash = '';
    if (term) url.searchParams.set('q', term);
    if (this.#section) url.searchParams.set('section', this.#section);
    if (literal) url.searchParams.set(LITERAL_PARAM, '1');
    return url;
  }

  /** Tells tests and the benchmark where the page is (searching, done, error, idle) and for which query. */
  #setState(state: 'searching' | 'done' | 'error' | 'idle', term = '') {
    this.dataset['state'] = state;
    this.dataset['query'] = term;
  }

  async #search() {
    const term = this.#input.value.trim();
    const run = ++this.#run;
    history.replaceState(null, '', this.#url(term, this.#literal));
    this.#list.replaceChildren();
    this.#more.hidden = true;
    this.#empty.hidden = true;
    this.#correction.hidden = true;
    if (!term) {
      this.#status.textContent = 'Type a word or phrase to search.';
      this.#setState('idle');
      return;
    }
    this.#status.textContent = 'Searching…';
    this.#setState('searching', term);
    try {
      const found = await answer(term, { section: this.#section || undefined, first: PAGE_SIZE, literal: this.#literal });
      if (run !== this.#run) return; // a newer search has started
      this.#page = found.page;
      this.#shown = 0;
      this.#showCorrection(term, found.correctedTo, found.unknownWords);
      this.#append(found.page.hits);
      this.#empty.hidden = found.page.total > 0;
      this.#resultsFor = { term: found.correctedTo ?? term, partial: found.partial };
      this.#announce();
      performance.mark(MARK_RESULTS_SHOWN);
      this.#setState('done', term);
    } catch {
      if (run !== this.#run) return;
      this.#status.textContent =
        'Search is unavailable right now: its index could not be loaded. Browse the docs or the knowledge base instead.';
      this.#setState('error', term);
    }
  }

  /**
   * "Showing results for docker compose. Search instead for dokcer compose" (a
   * link that searches exactly that), after "No page uses “blockchain”." when
   * words were left out.
   */
  #showCorrection(typed: string, correctedTo: string | undefined, unknownWords: readonly string[]) {
    if (!correctedTo && !unknownWords.length) return;
    const parts: (string | Node)[] = [];
    if (unknownWords.length) {
      const quoted = unknownWords.map((w) => `“${w}”`).join(', ');
      parts.push(`No page uses ${quoted} or a word close to ${unknownWords.length === 1 ? 'it' : 'them'}. `);
    }
    if (correctedTo) {
      const shown = document.createElement('strong');
      shown.textContent = correctedTo;
      parts.push('Showing results for ', shown, '. ');
    }
    const instead = document.createElement('a');
    instead.href = this.#url(typed, true).href;
    instead.textContent = typed;
    parts.push('Search instead for ', instead, '.');
    this.#correction.replaceChildren(...parts);
    this.#correction.hidden = false;
  }

  async #showMore() {
    if (!this.#page) return;
    const run = this.#run;
    const hits = await this.#page.more(PAGE_SIZE);
    if (run !== this.#run) return;
    const firstNew = this.#append(hits);
    this.#announce();
    firstNew?.focus();
  }

  #append(hits: SearchHit[]) {
    const links = hits.map((hit) => this.#renderHit(hit));
    this.#shown += hits.length;
    this.#more.hidden = !this.#page || this.#shown >= this.#page.total;
    return links[0];
  }

  #announce() {
    const { term, partial } = this.#resultsFor;
    const total = this.#page?.total ?? 0;
    const where = this.#section ? ` in ${SECTION_LABELS[this.#section]}` : '';
    this.#status.textContent =
      total === 0
        ? `No results for “${term}”${where}.`
        : `${total} result${total === 1 ? '' : 's'} for “${term}”${where}; showing ${this.#shown}.` +
          (partial ? ' Some hold all your words but one.' : '');
  }

  #renderHit(hit: SearchHit) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = hit.target;
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
    // One matching section says no more than the title link already leads to.
    if (hit.sections.length > 1) {
      const sections = document.createElement('ul');
      sections.className = 'search-sections';
      sections.setAttribute('aria-label', `Matching sections of ${hit.title}`);
      for (const section of hit.sections) {
        const entry = document.createElement('li');
        const sectionLink = document.createElement('a');
        sectionLink.href = section.url;
        sectionLink.textContent = section.title;
        entry.append(sectionLink);
        sections.append(entry);
      }
      item.append(sections);
    }
    this.#list.append(item);
    return link;
  }
}

customElements.define('portal-search', PortalSearch);

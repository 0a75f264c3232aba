/**
 * The copy buttons of reading pages, two custom elements over one helper:
 * - <copy-code> gives the code block it wraps (src/markdown/copy-code-blocks.ts)
 *   a "Copy" button;
 * - <copy-markdown data-src="/kb/x.md"> (src/components/MarkdownLink.astro) a
 *   "Copy as Markdown" button that fetches the page's Markdown copy on click.
 * Without JavaScript the elements stay empty and the page is just a page (the
 * "View as Markdown" link stays). Loaded by src/components/CopyCode.astro.
 */
const RESET_AFTER_MS = 2000;

/** Appends a button and a status line to `host`; a click copies what `text()` gives and says whether it worked (`failedNote`: what to do instead). */
function addCopyButton(host: HTMLElement, label: string, copiedNote: string, failedNote: string, text: () => Promise<string>) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code-button';
  button.textContent = label;
  // Heard after a click: the button's own text change is not announced reliably.
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  let timer = 0;
  button.addEventListener('click', async () => {
    const copied = await text()
      .then((value) => navigator.clipboard.writeText(value))
      .then(
        () => true,
        () => false,
      );
    button.textContent = copied ? 'Copied' : 'Not copied';
    status.textContent = copied ? copiedNote : failedNote;
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      button.textContent = label;
      status.textContent = '';
    }, RESET_AFTER_MS);
  });
  host.append(button, status);
}

class CopyCode extends HTMLElement {
  connectedCallback() {
    const pre = this.querySelector('pre');
    // Connected once: the page never moves these elements.
    if (!pre) return;
    addCopyButton(
      this,
      'Copy',
      'Code copied to the clipboard',
      'Not copied: select the code and copy it',
      async () => pre.textContent ?? '',
    );
  }
}

class CopyMarkdown extends HTMLElement {
  connectedCallback() {
    const src = this.dataset['src'];
    if (!src) return;
    addCopyButton(this, 'Copy as Markdown', 'Page copied as Markdown', 'Not copied: use View as Markdown', () =>
      fetch(src).then((response) => (response.ok ? response.text() : Promise.reject(new Error()))),
    );
  }
}

// Astro inlines this script once per page, so each element is defined once.
customElements.define('copy-code', CopyCode);
customElements.define('copy-markdown', CopyMarkdown);

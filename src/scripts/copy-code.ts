/**
 * <copy-code>: a "Copy" button for the code block it wraps (the wrapper comes
 * from src/markdown/copy-code-blocks.ts). Without JavaScript the block is just
 * a block; the button exists only where it can work. Loaded only on pages
 * with code blocks (src/components/CopyCode.astro).
 */
const RESET_AFTER_MS = 2000;

class CopyCode extends HTMLElement {
  connectedCallback() {
    const pre = this.querySelector('pre');
    if (!pre || this.querySelector('.copy-code-button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code-button';
    button.textContent = 'Copy';
    // Heard after a click: the button's own text change is not announced reliably.
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    let timer = 0;
    button.addEventListener('click', async () => {
      const copied = await navigator.clipboard?.writeText(pre.textContent ?? '').then(
        () => true,
        () => false,
      );
      button.textContent = copied ? 'Copied' : 'Select and copy';
      status.textContent = copied ? 'Code copied to the clipboard' : 'Copying is blocked here: select the code and copy it';
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = 'Copy';
        status.textContent = '';
      }, RESET_AFTER_MS);
    });
    this.append(button, status);
  }
}

if (!customElements.get('copy-code')) customElements.define('copy-code', CopyCode);

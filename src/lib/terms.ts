/** How terms are addressed on the site: anchors and links for citations. */
import { withBase } from './site-url';

/** Anchor id of a term, e.g. "T11.4" → "t11-4" (dots in ids would need escaping in CSS). */
export const termAnchor = (id: string) => id.toLowerCase().replace('.', '-');

/** Link to a term on the terms page (under the base path). */
export const termHref = (id: string) => withBase(`/terms/#${termAnchor(id)}`);

export { compareTermIds, sortTermIds } from '../coverage/terms';

/**
 * Turns a Pagefind excerpt ("text with <mark>hits</mark>") into plain segments,
 * so the page builds text nodes and <mark> elements itself and never assigns
 * search output as HTML. Pure: no DOM, tested directly.
 */
export interface Segment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML-escaped excerpt can hold; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isInteger(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Splits on <mark>…</mark>; every other tag-like text is kept as literal text. */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else if (part) segments.push({ text: decodeEntities(part), marked });
  }
  return segments;
}

/**
 * mailto: links (RFC 6068) with a subject and a body. Mail programs and
 * operating systems cut or refuse long links: Windows hands links of more than
 * about 2,000 characters to mail programs badly (its old URL limit was 2,083),
 * and some web mail handlers fail well before browsers do. Over the limit the
 * body is cut at a line break and ends with a note, and `complete` is false so
 * the page can say so and offer the full text to copy or download instead.
 */

/** The longest mailto link this portal produces, in characters. */
export const MAILTO_MAX_LENGTH = 2000;

export const MAILTO_CUT_NOTE =
  '[The email link could hold only the part above. Paste the full text copied from the portal below this line, or attach the downloaded file.]';

export interface MailtoLink {
  href: string;
  /** False when the body had to be cut to fit. */
  complete: boolean;
}

// RFC 6068: line breaks in a body are written CRLF, then every reserved character is percent-encoded.
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** The longest prefix of `line` (whole code points) whose encoding fits in `budget` characters. */
function fitPart(line: string, budget: number): string {
  const points = Array.from(line);
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encode(points.slice(0, mid).join('')).length <= budget) low = mid;
    else high = mid - 1;
  }
  return points.slice(0, low).join('');
}

/** A mailto link to `to` with `subject` and `body`, never longer than `maxLength`. */
export function mailtoLink(to: string, subject: string, body: string, maxLength = MAILTO_MAX_LENGTH): MailtoLink {
  const address = `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=`;
  const full = `${address}${encode(subject)}&body=${encode(body)}`;
  if (full.length <= maxLength) return { href: full, complete: true };

  const tail = `\n${MAILTO_CUT_NOTE}\n`;
  // A subject made of many multi-byte characters can encode to more than half the link: shorten it then.
  const subjectRoom = Math.floor((maxLength - address.length - encode(tail).length) / 2);
  const shortSubject = encode(subject).length <= subjectRoom ? subject : `${fitPart(subject, subjectRoom - encode('…').length)}…`;
  const head = `${address}${encode(shortSubject)}&body=`;
  let budget = maxLength - head.length - encode(tail).length;
  const kept: string[] = [];
  for (const line of body.split('\n')) {
    const cost = encode(`${line}\n`).length;
    if (cost <= budget) {
      kept.push(line);
      budget -= cost;
      continue;
    }
    const part = fitPart(line, budget - encode('\n').length);
    if (part) kept.push(part);
    break;
  }
  return { href: head + encode(`${kept.join('\n')}${tail}`), complete: false };
}

/**
 * Up to three knowledge-base articles matching the subject, from the Pagefind
 * index, while the customer types. The index is loaded only once a subject is
 * typed; if it cannot be loaded, nothing is shown (the form works without it).
 */
import { useEffect, useState } from 'react';
import { search, type SearchHit } from '../../lib/pagefind-client';

const MAX_SUGGESTIONS = 3;
const MIN_LENGTH = 4;
/** Wait for a pause in typing before searching. */
const PAUSE_MS = 300;

/**
 * Pagefind matches pages holding every indexed word, so a long subject often
 * finds nothing. Then the longest words alone are tried: they carry the meaning.
 */
async function suggestionsFor(subject: string): Promise<SearchHit[]> {
  const first = await search(subject, 'kb', MAX_SUGGESTIONS);
  if (first.hits.length > 0) return first.hits;
  const words = [...new Set(subject.toLowerCase().match(/[\p{L}\p{N}_]{4,}/gu) ?? [])].sort((a, b) => b.length - a.length).slice(0, 3);
  if (words.length < 2) return [];
  return (await search(words.join(' '), 'kb', MAX_SUGGESTIONS)).hits;
}

export function KbSuggestions({ subject }: { subject: string }) {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const term = subject.trim();

  // A subject too short to search shows nothing, whatever an earlier search found.
  const shown = term.length < MIN_LENGTH ? [] : hits;

  useEffect(() => {
    if (term.length < MIN_LENGTH) return;
    let current = true;
    const timer = setTimeout(() => {
      suggestionsFor(term).then(
        // Only links into this site: the index is ours, but a link is never taken on trust.
        (found) => current && setHits(found.filter((hit) => /^\/(?!\/)/.test(hit.url)).slice(0, MAX_SUGGESTIONS)),
        () => current && setHits([]),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [term]);

  return (
    <div className="kb-suggestions">
      <p className="visually-hidden" role="status">
        {shown.length > 0
          ? `${shown.length} knowledge-base ${shown.length === 1 ? 'article matches' : 'articles match'} your subject; the links follow the subject field.`
          : ''}
      </p>
      {shown.length > 0 && (
        <>
          <p id="ticket-suggestions-title" className="suggestions-title">
            These articles may already answer it (your draft is kept if you open one):
          </p>
          <ul aria-labelledby="ticket-suggestions-title">
            {shown.map((hit) => (
              <li key={hit.url}>
                <a href={hit.url}>{hit.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

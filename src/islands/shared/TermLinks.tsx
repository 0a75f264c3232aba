/** Citations such as "(T7, T11.4)", in natural order, each a link to the term on the terms page, as on the static pages. */
import { sortTermIds, termHref } from '../../lib/terms';

export function TermLinks({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="cite">
      (
      {sortTermIds(ids).map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={termHref(id)} aria-label={`term ${id}`}>
            {id}
          </a>
        </span>
      ))}
      )
    </span>
  );
}

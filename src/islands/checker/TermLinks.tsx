import { termHref } from '../../lib/terms';

/** "(T11.4, T12.1)", each id linking to its statement on the terms page. */
export function TermLinks({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="cite">
      (
      {ids.map((id, i) => (
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

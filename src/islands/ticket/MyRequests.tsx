/**
 * With the Tiledesk channel: the requests sent from this browser (Tiledesk's
 * `requests/me` for the stored guest token), with their status, so a customer
 * can see that a ticket was received. Nothing is fetched when this browser has
 * sent none. The list is text only: subjects come from the server.
 */
import { useEffect, useState } from 'react';
import { readableLocalDate } from '../../coverage/dates';
import { failureReason } from '../../ticket/http';
import type { TiledeskSettings } from '../../ticket/settings';
import { listMyRequests, readGuest, type SentRequest } from '../../ticket/tiledesk';
import { draftStorage } from './initial-draft';

interface Props {
  tiledesk: TiledeskSettings;
  timeoutMs: number;
  /** Changes when a request was just sent, to load the list again. */
  refresh: string | undefined;
}

type ListState = { kind: 'none' } | { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; requests: SentRequest[] };

const day = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : readableLocalDate(date);
};

export function MyRequests({ tiledesk, timeoutMs, refresh }: Props) {
  const [list, setList] = useState<ListState>({ kind: 'none' });

  useEffect(() => {
    const session = readGuest(draftStorage(), tiledesk);
    if (!session) return;
    let current = true;
    // The guest session was just found in storage (outside React): show that its list is on the way.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setList({ kind: 'loading' });
    void listMyRequests(session, { timeoutMs }).then((result) => {
      if (!current) return;
      if (result.ok) setList({ kind: 'loaded', requests: result.requests });
      else setList({ kind: 'failed', message: `${failureReason(result, timeoutMs)}.` });
    });
    return () => {
      current = false;
    };
  }, [tiledesk, timeoutMs, refresh]);

  if (list.kind === 'none') return null;
  return (
    <section className="my-requests" aria-labelledby="ticket-my-requests-title">
      <h2 id="ticket-my-requests-title">Requests sent from this browser</h2>
      <p role="status">
        {list.kind === 'loading' && 'Loading your requests…'}
        {list.kind === 'failed' && `Your requests could not be listed: ${list.message}`}
        {list.kind === 'loaded' &&
          (list.requests.length === 0
            ? 'The help desk lists no requests from this browser.'
            : `${list.requests.length} in the vendor’s help desk:`)}
      </p>
      {list.kind === 'loaded' && list.requests.length > 0 && (
        <ul>
          {list.requests.map((r) => (
            <li key={r.id}>
              <strong>{r.subject || 'Request without a subject'}</strong>
              <span className="request-meta">
                {r.status}
                {day(r.createdAt) && ` · sent ${day(r.createdAt)}`} · reference <code>{r.id}</code>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

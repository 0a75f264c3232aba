/**
 * The checker's state lives in the query string (docs/ARCHITECTURE.md, "The checker's URL contract"), so an
 * answer can be shared as a link and Back/Forward walk through past answers.
 */
import { useEffect, useState } from 'react';
import type { CheckRequest } from '../../coverage/answer';
import { parseCheckParams, toCheckParams, type Notice } from '../../lib/check-params';
import { showIsland } from '../shared/island-pending';

export interface CheckState {
  request: CheckRequest;
  notices: Notice[];
}

const readUrl = (): CheckState => parseCheckParams(new URLSearchParams(location.search));
const noAnswers = (): CheckState => parseCheckParams(new URLSearchParams());

export function useCheckUrl() {
  // The island is rendered at build time too, where there is no URL: it starts with no answers,
  // as the built page shows them, and reads the URL once hydrated (a mismatch would re-render it all).
  const [state, setState] = useState<CheckState>(noAnswers);
  const [urlRead, setUrlRead] = useState(false);

  useEffect(() => {
    setState(readUrl());
    setUrlRead(true);
    const onPop = () => setState(readUrl());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // A shared link's page keeps the checker out of sight until its answers are on screen
  // (PendingIsland.astro), so they appear in place instead of pushing the page about.
  useEffect(() => {
    if (urlRead) showIsland();
  }, [urlRead]);

  /**
   * Applies a change. Discrete choices add a history entry; typed values
   * (dates, numbers) replace the current one so Back is not flooded.
   */
  const update = (patch: Partial<CheckRequest>, mode: 'push' | 'replace') => {
    const request = { ...state.request, ...patch };
    const changed = Object.keys(patch);
    const query = toCheckParams(request).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    // A notice about a parameter the customer has now set is no longer true.
    setState({ request, notices: state.notices.filter((n) => !changed.includes(n.param)) });
  };

  /** false until the URL has been read: the questions take no answer before then (it would be lost). */
  return { ...state, urlRead, update };
}

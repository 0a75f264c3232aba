/**
 * One JSON request to a ticket service, judged strictly: only a 2xx answer
 * whose body is JSON counts as an answer at all. A redirect (often a sign-in
 * page), an HTML page, an opaque or unreadable body, an HTTP error, a timeout
 * or no network all come back as a failure value, never as an exception, so
 * the form keeps the draft and offers email with the reason in plain words.
 */

export type Failure =
  | { ok: false; failure: 'offline' }
  | { ok: false; failure: 'network' }
  | { ok: false; failure: 'timeout' }
  /** A 3xx, or an answer that came from another address after a redirect. */
  | { ok: false; failure: 'redirect' }
  | { ok: false; failure: 'http'; status: number }
  /** 2xx, but the body is not JSON (an HTML page, plain text, nothing). */
  | { ok: false; failure: 'not-json'; status: number }
  /** 2xx JSON, but not the confirmation this service sends. */
  | { ok: false; failure: 'unexpected'; status: number };

export type JsonAnswer = { ok: true; status: number; json: unknown } | Failure;

export interface RequestOptions {
  timeoutMs: number;
  /** Injected for tests; the browser's fetch by default. */
  fetch?: typeof fetch | undefined;
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Sends one request and reads the whole answer as JSON within the timeout. */
export async function requestJson(url: string, init: RequestInit, options: RequestOptions): Promise<JsonAnswer> {
  if (isOffline()) return { ok: false, failure: 'offline' };
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await doFetch(url, {
      ...init,
      // A redirect is never followed: a sign-in page answering 200 would otherwise pass for a ticket.
      redirect: 'manual',
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400)) {
      return { ok: false, failure: 'redirect' };
    }
    // Reading the answer is part of the request: a server that sends headers and then stalls also times out.
    const body = await response.text();
    if (!response.ok) {
      // An opaque answer has status 0: the service cannot be read from this page.
      return response.status === 0 ? { ok: false, failure: 'network' } : { ok: false, failure: 'http', status: response.status };
    }
    const type = response.headers.get('Content-Type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) return { ok: false, failure: 'not-json', status: response.status };
    try {
      return { ok: true, status: response.status, json: JSON.parse(body) };
    } catch {
      return { ok: false, failure: 'not-json', status: response.status };
    }
  } catch {
    if (controller.signal.aborted) return { ok: false, failure: 'timeout' };
    return isOffline() ? { ok: false, failure: 'offline' } : { ok: false, failure: 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** What went wrong, in plain words, without saying what it stopped. */
export function failureReason(result: Failure, timeoutMs: number): string {
  switch (result.failure) {
    case 'offline':
      return 'This device is offline';
    case 'timeout':
      return `The ticket service did not answer within ${Math.round(timeoutMs / 1000)} seconds`;
    case 'redirect':
      return 'The ticket service sent the page somewhere else (perhaps a sign-in page) instead of answering';
    case 'not-json':
      return 'The ticket service answered with a web page, not with what the form expects';
    case 'unexpected':
      return 'The ticket service answered, but not with what the form expects';
    case 'http':
      if (result.status === 429) return 'The ticket service is receiving too many requests (HTTP 429)';
      if (result.status === 401 || result.status === 403) return `The ticket service refused this page access (HTTP ${result.status})`;
      return `The ticket service refused the request (HTTP ${result.status})`;
    case 'network':
      return 'The ticket service could not be reached (no network, or it is down)';
  }
}

/** What went wrong with sending, for the customer. */
export const failureText = (result: Failure, timeoutMs: number) => `${failureReason(result, timeoutMs)}, so the request was not sent.`;

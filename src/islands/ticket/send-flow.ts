/**
 * The ticket form's way from typing to a sent request, as one small state
 * machine: attempt (validate) → review → send → sent, or failed (the draft
 * stays and email is offered) → send again. Pure: the component dispatches
 * events and lays out whatever phase this returns.
 *
 * React state is applied after the event handler returns, so it cannot stop
 * three clicks in one task: `createSendGuard` is the synchronous lock that
 * lets exactly one send run at a time.
 */

export type FlowPhase =
  /** Typing; `attempts` counts "Review the request" presses (errors show after the first). */
  | { phase: 'editing' }
  /** The request is valid and shown for review with the ways to send it. */
  | { phase: 'reviewing' }
  | { phase: 'sending' }
  | { phase: 'failed'; message: string }
  | { phase: 'sent'; reference?: string | undefined };

export type FlowState = FlowPhase & { attempts: number };

export type FlowEvent =
  /** "Review the request" pressed; `valid` is the validator's answer at that moment. */
  | { type: 'attempt'; valid: boolean }
  | { type: 'send' }
  | { type: 'sent'; reference?: string | undefined }
  | { type: 'failed'; message: string }
  | { type: 'start-over' };

export const initialFlow: FlowState = { phase: 'editing', attempts: 0 };

export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'attempt':
      // While sending or after sending, the form is not re-reviewed.
      if (state.phase === 'sending' || state.phase === 'sent') return state;
      return { phase: event.valid ? 'reviewing' : 'editing', attempts: state.attempts + 1 };
    case 'send':
      // Only a reviewed request, or one whose sending failed, can be sent.
      return state.phase === 'reviewing' || state.phase === 'failed' ? { phase: 'sending', attempts: state.attempts } : state;
    case 'sent':
      return state.phase === 'sending' ? { phase: 'sent', reference: event.reference, attempts: state.attempts } : state;
    case 'failed':
      return state.phase === 'sending' ? { phase: 'failed', message: event.message, attempts: state.attempts } : state;
    case 'start-over':
      return initialFlow;
  }
}

/** True when the review panel (the text and the ways to send it) is shown. */
export const isReviewing = (state: FlowState) => state.phase === 'reviewing' || state.phase === 'sending' || state.phase === 'failed';

export interface SendGuard {
  /**
   * Runs `task` unless one is already running or one has succeeded; returns
   * false when it refused. Synchronous check-and-set: the second of two calls
   * in the same task is refused before any await.
   */
  run(task: () => Promise<boolean>): boolean;
  /** Allows sending again (a new draft). */
  reset(): void;
}

export function createSendGuard(): SendGuard {
  let state: 'free' | 'busy' | 'done' = 'free';
  return {
    run(task) {
      if (state !== 'free') return false;
      state = 'busy';
      void task().then(
        (succeeded) => {
          if (state === 'busy') state = succeeded ? 'done' : 'free';
        },
        () => {
          if (state === 'busy') state = 'free';
        },
      );
      return true;
    },
    reset() {
      state = 'free';
    },
  };
}

/** The form's attempt → review → send state machine, and the lock that lets one send run at a time. */
import { describe, expect, test } from 'vitest';
import {
  createSendGuard,
  flowReducer,
  initialFlow,
  isReviewing,
  type FlowEvent,
  type FlowState,
} from '../../../src/islands/ticket/send-flow';

const run = (...events: FlowEvent[]) => events.reduce<FlowState>(flowReducer, initialFlow);

describe('flowReducer', () => {
  test('an invalid attempt stays in editing and counts; a valid one opens the review', () => {
    expect(run({ type: 'attempt', valid: false })).toEqual({ phase: 'editing', attempts: 1 });
    expect(run({ type: 'attempt', valid: false }, { type: 'attempt', valid: true })).toEqual({ phase: 'reviewing', attempts: 2 });
  });

  test('the happy path: review, send, sent with the reference', () => {
    const state = run({ type: 'attempt', valid: true }, { type: 'send' }, { type: 'sent', reference: 'TD-1' });
    expect(state).toEqual({ phase: 'sent', reference: 'TD-1', attempts: 1 });
  });

  test('nothing is sent before a valid review', () => {
    expect(run({ type: 'send' })).toEqual(initialFlow);
    expect(run({ type: 'attempt', valid: false }, { type: 'send' }).phase).toBe('editing');
  });

  test('a failure keeps the review open with the reason, and can be sent again', () => {
    const failed = run({ type: 'attempt', valid: true }, { type: 'send' }, { type: 'failed', message: 'HTTP 500' });
    expect(failed).toEqual({ phase: 'failed', message: 'HTTP 500', attempts: 1 });
    expect(isReviewing(failed)).toBe(true);
    expect(flowReducer(failed, { type: 'send' }).phase).toBe('sending');
  });

  test('while sending, another send, an attempt or a stray result changes nothing', () => {
    const sending = run({ type: 'attempt', valid: true }, { type: 'send' });
    expect(flowReducer(sending, { type: 'send' })).toBe(sending);
    expect(flowReducer(sending, { type: 'attempt', valid: false })).toBe(sending);
    const sent = flowReducer(sending, { type: 'sent' });
    expect(flowReducer(sent, { type: 'failed', message: 'late' })).toBe(sent);
    expect(flowReducer(sent, { type: 'send' })).toBe(sent);
    expect(flowReducer(run({ type: 'attempt', valid: true }), { type: 'sent' }).phase, 'a result without a send').toBe('reviewing');
  });

  test('start over returns to the beginning from anywhere', () => {
    expect(flowReducer(run({ type: 'attempt', valid: true }, { type: 'send' }, { type: 'sent' }), { type: 'start-over' })).toEqual(
      initialFlow,
    );
  });
});

describe('createSendGuard', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test('three activations in one task run the task once', async () => {
    const guard = createSendGuard();
    let calls = 0;
    let finish!: (ok: boolean) => void;
    const task = () => {
      calls++;
      return new Promise<boolean>((resolve) => (finish = resolve));
    };
    expect([guard.run(task), guard.run(task), guard.run(task)]).toEqual([true, false, false]);
    expect(calls).toBe(1);
    finish(false);
    await settle();
    expect(guard.run(task), 'after a failure, sending again is allowed').toBe(true);
    expect(calls).toBe(2);
  });

  test('after a success nothing more is sent until reset (a new draft)', async () => {
    const guard = createSendGuard();
    let calls = 0;
    const task = async () => (calls++, true);
    guard.run(task);
    await settle();
    expect(guard.run(task)).toBe(false);
    guard.reset();
    expect(guard.run(task)).toBe(true);
    expect(calls).toBe(2);
  });

  test('a task that throws frees the guard', async () => {
    const guard = createSendGuard();
    guard.run(async () => {
      throw new Error('boom');
    });
    await settle();
    expect(guard.run(async () => true)).toBe(true);
  });
});

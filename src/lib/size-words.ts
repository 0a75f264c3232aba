/**
 * The one message for a deployment size (agents, bots) that cannot be used, shown by the checker
 * as it is typed and by the ticket form's validation: what to enter, with the allowed range.
 */
import { SIZE_EXPECTATION } from '../coverage/size';

export type SizeName = 'agents' | 'bots';

/** "Enter the number of agents as a whole number from 0 to 100,000, or leave it empty." */
export const sizeError = (what: SizeName) => `Enter the number of ${what} as ${SIZE_EXPECTATION}, or leave it empty.`;

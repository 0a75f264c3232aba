/**
 * src/integrations/content-store-from-disk.ts depends on the shape of one
 * module Astro generates. If an Astro upgrade changes it, the swap silently
 * stops (the build stays correct, only slower at scale): this test makes
 * that visible.
 */
import { expect, test } from 'vitest';
import { APPLIED_MESSAGE } from '../../src/integrations/content-store-from-disk';
import { runFixture } from '../helpers/fixture-site';

test('the build reads the content store from disk instead of bundling it', () => {
  const run = runFixture('build');
  expect(run.ok).toBe(true);
  expect(run.output).toContain(APPLIED_MESSAGE);
});

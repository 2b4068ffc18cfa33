import { expect, it } from 'vitest';
import { readLabels } from '../helpers/fixtures';
import { checkPerturbations } from '../helpers/robustness';

it('keeps the classification of every real page under every perturbation', () => {
  expect(checkPerturbations(readLabels('real'))).toBeGreaterThan(1000);
}, 120_000);

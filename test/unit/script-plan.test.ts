// Which script a court's pages get: the guide while it is being linked, the gate before, nothing once verified.
import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, type CourtProgress } from '../../src/core/progress/progress';
import { courtHostPatterns, LOGIN_HOST_PATTERNS, planSignature, scriptPlan, TRAINING_LOGIN_PATTERN } from '../../src/core/progress/scripts';

const progress = (status: CourtProgress['status']): CourtProgress => ({ ...EMPTY_PROGRESS, status });

describe('the script plan', () => {
  it('gives a court being linked the guide, one not started the gate, and a verified one nothing', () => {
    const plan = scriptPlan({ almb: progress('in-progress'), almd: progress('linked'), azb: progress('verified'), cacb: progress('not-nextgen') }, ['almb', 'almd', 'azb', 'cacb', 'nysb']);
    expect(plan.guide).toEqual([...courtHostPatterns('almb'), ...courtHostPatterns('almd')]);
    expect(plan.login).toEqual([...LOGIN_HOST_PATTERNS]);
    expect(plan.gate).toEqual([...courtHostPatterns('cacb'), ...courtHostPatterns('nysb')]);
    expect(plan.gate).not.toContain(TRAINING_LOGIN_PATTERN);
    expect(plan.quiet).toEqual(['azb']);
    expect(courtHostPatterns('almb')).toEqual(['https://ecf.almb.uscourts.gov/*', 'https://ecf-train.almb.uscourts.gov/*', 'https://ecf-test.almb.uscourts.gov/*']);
    // Derived from the host table: spelt out here, so a change there shows.
    expect(LOGIN_HOST_PATTERNS).toEqual(['https://pacer.login.uscourts.gov/*', 'https://train-login.uscourts.gov/*']);
    expect(TRAINING_LOGIN_PATTERN).toBe('https://train-login.uscourts.gov/*');
  });

  it('gives the central login nothing while no court is being linked, and the training login the gate', () => {
    const plan = scriptPlan({ azb: progress('verified') }, ['azb', 'nysb']);
    expect(plan.guide).toEqual([]);
    expect(plan.login).toEqual([]);
    expect(plan.gate).toEqual([...courtHostPatterns('nysb'), TRAINING_LOGIN_PATTERN]);
  });

  it('changes its signature only when a status that matters does', () => {
    const a = planSignature({ almb: { ...progress('in-progress'), updatedAt: 1 } });
    expect(planSignature({ almb: { ...progress('in-progress'), updatedAt: 2, current: 'verify' } })).toBe(a);
    expect(planSignature({ almb: progress('linked') })).toBe(a);
    expect(planSignature({ almb: progress('verified') })).not.toBe(a);
    expect(planSignature({ almb: progress('not-started') })).toBe(planSignature({}));
  });
});

// The word lists that choose which of a page's sentences are judged at all (phrases.ts): a
// sentence without one of the words is never tested against the patterns (statements.ts), so
// every statement a pattern accepts must hold one of them. Held to the shortest statement each alternative
// of the patterns accepts, and to every sentence of every page and variant the tests know.
import { describe, expect, it } from 'vitest';
import { DONE_WORDS, FAILURE_WORDS, sentencesOf } from '../../src/core/recognition/phrases';
import { DONE, FAILURE } from '../../src/core/recognition/statements';
import { blockWords } from '../../src/core/recognition/message';
import { parseHtml } from '../../tools/lib/page-file';
import { loadPage, readLabels } from '../helpers/fixtures';
import { generateVariants, prosePages, sourcePages, variantHtml } from '../helpers/variants';

const holdsOne = (words: readonly string[]) => (statement: string) => words.some((word) => statement.includes(word));

/** The shortest statement each alternative of FAILURE accepts, in the order they are written. */
const FAILURE_ALTERNATIVES = [
  'could not link', 'cannot find', 'unable to verify', 'was not able to process', 'never linked', 'not been connected',
  'failed', 'failure', 'unsuccessful', 'denied', 'rejected', 'refused', 'invalid', 'incorrect', 'wrong', 'unknown', 'unrecognized',
  'does not match', 'didn\'t match', 'not recognized', 'not found', 'not valid', 'not eligible', 'no such', 'no matching', 'no record of',
  'error:', 'error', 'an error occurred', 'error code', 'already linked', 'previously used', 'linked to another', 'in use by another',
  'not upgraded', 'non-upgraded', 'legacy accounts', 'must be upgraded', 'only upgraded', 'no account was found', 'already been tied',
  'duplicate', 'characters & are not allowed', '& invalid', 'may not contain', 'must not contain', 'invalid character', 'try again',
  'try it again', 'did not', 'didn\'t', 'failed to', 'was unable to', 'error 500', 'timed out', 'timeout', 'time-out',
  'temporarily unavailable', 'service unavailable', 'not responding', 'expired',
];

/** The shortest statement each alternative of DONE accepts. */
const DONE_ALTERNATIVES = [
  'successfully linked', 'successfully processed', 'successfully completed', 'has been linked', 'have now been successfully merged',
  'had tied together', 'is linked', 'are now connected', 'were all paired', 'was successfully synchronized', 'link successful',
  'linking was successful', 'account linking succeeded', 'connection is complete', 'association done', 'link request completed',
  'linked successfully', 'processed successfully', 'completed successfully', 'link has been established', 'connection was created',
  'association is now set up', 'request has been processed', 'request was approved', 'success', 'done', 'complete', 'linked',
  'connected', 'congratulations',
];

function knownSentences(): string[] {
  const sentences = new Set<string>();
  const add = (html: string) => {
    const doc = parseHtml(html, null);
    if (doc.body) for (const sentence of sentencesOf(blockWords(doc.body))) sentences.add(sentence);
  };
  for (const folder of ['real', 'replicas', 'handwritten'] as const) for (const label of readLabels(folder)) add(loadPage(label).html);
  for (const page of sourcePages()) add(page.html);
  for (const page of prosePages()) add(page.html);
  for (const variant of generateVariants(1).slice(0, 400)) add(variantHtml(variant));
  return [...sentences];
}

describe('the words that let the message reader skip a pattern', () => {
  it('are in every shortest statement each alternative accepts', () => {
    for (const statement of FAILURE_ALTERNATIVES) {
      expect(FAILURE.test(statement), statement).toBe(true);
      expect(holdsOne(FAILURE_WORDS)(statement), statement).toBe(true);
    }
    for (const statement of DONE_ALTERNATIVES) {
      expect(DONE.test(statement), statement).toBe(true);
      expect(holdsOne(DONE_WORDS)(statement), statement).toBe(true);
    }
  });

  it('are in every sentence of every known page and variant that a pattern accepts', () => {
    const sentences = knownSentences();
    expect(sentences.length).toBeGreaterThan(2_000);
    const missedFailures = sentences.filter((s) => FAILURE.test(s) && !holdsOne(FAILURE_WORDS)(s));
    const missedSuccesses = sentences.filter((s) => DONE.test(s) && !holdsOne(DONE_WORDS)(s));
    expect(missedFailures).toEqual([]);
    expect(missedSuccesses).toEqual([]);
    // And they do skip: most sentences hold none of the failure words.
    expect(sentences.filter(holdsOne(FAILURE_WORDS)).length).toBeLessThan(sentences.length);
  }, 120_000);
});

// The messages to a tab's guide and the answers the guide reads (shared/messages.ts): only the
// known message acts, and only well-formed fields of an answer are used.
import { describe, expect, it } from 'vitest';
import { parsePageReply, parseTabMessage } from '../../src/shared/messages';

describe('a message to a tab', () => {
  it('is "show the guide" or nothing', () => {
    expect(parseTabMessage({ type: 'show-guide', extra: 1 })).toEqual({ type: 'show-guide' });
    for (const raw of [null, undefined, 'show-guide', ['show-guide'], { type: 'page' }, {}]) expect(parseTabMessage(raw)).toBeNull();
  });
});

describe('the answer to a page report', () => {
  it('keeps the support lines when they are all text, and the words when they are an object', () => {
    const texts = { ok: 'OK' };
    expect(parsePageReply({ support: ['Call us', 'code'], texts, other: 1 })).toEqual({ support: ['Call us', 'code'], texts });
    expect(parsePageReply({ support: ['Call us', 3], texts: 'words' })).toEqual({});
  });

  it('is empty for no answer or a malformed one', () => {
    for (const raw of [undefined, null, 0, 'text', [], { support: 'line' }]) expect(parsePageReply(raw)).toEqual({});
  });
});

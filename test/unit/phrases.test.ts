import { describe, expect, it } from 'vitest';
import { isLinkItemLabel, isNextGenMenuLabel, readsAsHelp } from '../../src/core/recognition/phrases';
import { isGenericRule, isInstruction, reasonFrom, saysFailed, saysLinked } from '../../src/core/recognition/statements';
import { PHRASE_EXAMPLES as E } from '../../src/core/recognition/phrases.examples';
import { norm } from '../../src/core/recognition/text';

const cases: ReadonlyArray<readonly [string, (words: string) => boolean, { readonly match: readonly string[]; readonly reject: readonly string[] }]> = [
  ['link item', isLinkItemLabel, E.linkItem],
  ['NextGen menu link', isNextGenMenuLabel, E.nextGenMenu],
  ['success message', saysLinked, E.linked],
  ['failure message', saysFailed, E.failed],
  ['help-page headline', readsAsHelp, E.help],
  ['instruction', isInstruction, E.instruction],
  ['rule stated for everyone', isGenericRule, E.genericRule],
];

describe.each(cases)('%s', (_name, matcher, examples) => {
  it.each(examples.match)('accepts "%s"', (words) => expect(matcher(words)).toBe(true));
  it.each(examples.reject)('rejects "%s"', (words) => expect(matcher(words)).toBe(false));
});

describe('reasons', () => {
  it.each(E.reasons.map((r) => [r.words, r.reason] as const))('"%s" → %s', (words, reason) => expect(reasonFrom(words)).toBe(reason));
});

describe('norm', () => {
  it('compares words case- and space-insensitively and spells CM/ECF one way', () => {
    expect(norm('  Link a CM / ECF\u00a0Account\n to My  PACER Account ')).toBe('link a cm/ecf account to my pacer account');
    expect(norm('CMECF')).toBe('cm/ecf');
  });
});

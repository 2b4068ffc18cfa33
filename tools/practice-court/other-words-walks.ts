// The linking flow walked in the practice court's "other words" mode: every step worded and
// built as another court might word and build it, so the guide is shown to recognise the
// steps by what they are rather than by one court's words.
import { ECF_LOGINS, PRACTICE_ECF_PASSWORD } from './accounts';
import { walks, type Walk, type WalkData } from './walk-model';
import { clickLink, loginAs, mfaStep, openUtilities, pressF5, redactionSteps, toLogin, typePasscode } from './walk-steps';

/**
 * The practice court's "other words" mode: the same flow, every page worded and built
 * otherwise (tools/practice-court/other-words.ts, and the MFA pages' other form). The guide must
 * show the same steps; a court news page that describes the steps in prose records nothing.
 */
function otherWordsWalk(court: 'almb' | 'almd'): WalkData {
  const district = court === 'almd';
  const home = `https://ecf.${court}.uscourts.gov`;
  return {
    id: `other-words-${court}`,
    title: `Other words (${court}): every step worded and built otherwise`,
    setup: [{ goto: `${home}/practice?scenario=other-words` }],
    finalStatus: 'verified',
    steps: [
      ...toLogin(court),
      mfaStep(court, 'Log in: "Verify it\'s you"', loginAs('mfafiler24')),
      { name: 'Type the current code, click Verify', do: typePasscode('Verification code', 'Verify'), expect: { court, page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps(court),
      { name: 'Read the court\'s news page about linking (prose, not a step)', do: [{ goto: `${home}/cgi-bin/ShowNews.pl` }], expect: { court, page: 'ecf-menu', next: 'utilities', filer: false }, guide: { title: 'utilities_do', step: 3 }, prose: true },
      { name: 'Open Utilities ("Utilities Menu", items in lists)', do: openUtilities, expect: { court, page: 'utilities', next: district ? 'nextgen-menu' : 'link-item' }, guide: { title: district ? 'nextgen_do' : 'link_item_do', step: 3 } },
      ...(district
        ? [{ name: 'Open "NextGen 1.1 Menu Items"', do: clickLink('NextGen 1.1 Menu Items'), expect: { court, page: 'nextgen-menu', next: 'link-item' }, guide: { title: 'link_item_do' as const, step: 3 } }]
        : []),
      {
        name: 'Open the item, worded otherwise',
        do: clickLink(district ? 'Link CM/ECF Account to PACER Account' : 'Link my CM/ECF filing account to my upgraded PACER account'),
        expect: { court, page: 'link-form', next: 'link-fields' },
        guide: { title: 'fields_do', step: 4 },
      },
      { name: 'Enter the old CM/ECF login ("Login") and password, click Continue', do: [{ fill: 'Login', value: ECF_LOGINS.good }, { fill: 'Password', value: PRACTICE_ECF_PASSWORD }, { clickButton: 'Continue' }], expect: { court, page: 'link-verify', next: 'confirm' }, guide: { title: 'confirm_do', step: 5 } },
      { name: 'Check both accounts, click "Link Accounts"', do: [{ clickButton: 'Link Accounts' }], expect: { court, page: 'link-success', next: 'refresh', filer: false }, guide: { title: 'refresh_do', step: 6 } },
      { name: 'Press F5: the filing menus appear', do: pressF5, expect: { court, page: 'link-success', next: null, filer: true }, guide: { title: 'verified_title', step: 6 } },
    ],
  };
}

export const OTHER_WORDS_WALKS: readonly Walk[] = walks([otherWordsWalk('almb'), otherWordsWalk('almd')]);

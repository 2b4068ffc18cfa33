// The linking flow walked end to end in both kinds of court, and each way it can fail on
// the way (a wrong password, an account already linked or not upgraded, a court not yet on
// NextGen or not live for linking, the training site): the walks every change must keep.
import { ECF_LOGINS } from './accounts';
import { walks, type Walk } from './walk-model';
import { clickLink, enterCmEcf, linkToTheEnd, loginAs, openUtilities, site, toLinkForm } from './walk-steps';

export const HAPPY_WALKS: readonly Walk[] = walks([
  { id: 'almb', title: 'Bankruptcy court (almb): the link item is on Utilities', steps: [...toLinkForm('almb'), ...linkToTheEnd('almb')], finalStatus: 'verified' },
  { id: 'almd', title: 'District court (almd): the link item is behind NextGen Release 1.1 Menu Items', steps: [...toLinkForm('almd'), ...linkToTheEnd('almd')], finalStatus: 'verified' },
]);

const upToForm = toLinkForm('almb');

export const FAILURE_WALKS: readonly Walk[] = walks([
  {
    id: 'wrong-pacer-password',
    title: 'Wrong PACER password',
    steps: [...upToForm.slice(0, 2), { name: 'Log in with a wrong password', do: loginAs('pfiler2024', 'not-the-password'), expect: { court: 'almb', page: 'pacer-login', next: 'username', reason: 'bad-credentials' }, guide: { title: 'login_error_title', step: 2, mentions: ['reason_bad_credentials_login'] } }],
  },
  {
    id: 'wrong-cmecf-password',
    title: 'Wrong CM/ECF password',
    steps: [...upToForm, { name: 'Enter a wrong CM/ECF password', do: enterCmEcf(ECF_LOGINS.good, 'wrong'), expect: { court: 'almb', page: 'link-error', next: null, reason: 'bad-credentials' }, guide: { title: 'error_title', mentions: ['reason_bad_credentials'] } }],
  },
  {
    id: 'already-linked',
    title: 'CM/ECF account already linked to another PACER account',
    steps: [...upToForm, { name: 'Enter a CM/ECF login that is already linked', do: enterCmEcf(ECF_LOGINS.alreadyLinked), expect: { court: 'almb', page: 'link-error', next: null, reason: 'already-linked' }, guide: { title: 'error_title', mentions: ['reason_already_linked'] } }],
  },
  {
    id: 'not-upgraded',
    title: 'Legacy PACER account, not upgraded',
    steps: [...toLinkForm('almb', 'pf1234'), { name: 'Try to link with a legacy PACER account', do: enterCmEcf(ECF_LOGINS.good), expect: { court: 'almb', page: 'link-error', next: null, reason: 'not-upgraded' }, guide: { title: 'error_title', mentions: ['reason_not_upgraded'] } }],
  },
  {
    id: 'ampersand-login',
    title: 'A CM/ECF login with & cannot be linked',
    steps: [...upToForm, { name: 'Enter a login with &', do: enterCmEcf('pat&filer'), expect: { court: 'almb', page: 'link-error', next: null, reason: 'bad-character' }, guide: { title: 'error_title', mentions: ['reason_bad_character'] } }],
  },
  {
    id: 'legacy-court',
    title: 'A court not yet on NextGen',
    setup: [{ goto: 'https://ecf.almb.uscourts.gov/practice?scenario=legacy-court' }],
    steps: [upToForm[0]!, { name: 'Click the entry: the old CM/ECF login appears', do: clickLink(/^\s*Login\s*$/), expect: { court: 'almb', page: 'legacy-login', next: null }, guide: { title: 'legacy_title', step: null } }],
    finalStatus: 'not-nextgen',
  },
  {
    id: 'utilities-without-item',
    title: 'A court not live for linking yet: Utilities has no linking item',
    setup: [{ goto: 'https://ecf.almb.uscourts.gov/practice?scenario=no-link-item' }],
    steps: [...upToForm.slice(0, 4), { name: 'Open Utilities: no linking item, and the guide says what that can mean', do: openUtilities, expect: { court: 'almb', page: 'utilities', next: null }, guide: { title: 'no_item_title', step: 3, mentions: ['no_item_why', 'no_item_todo'], target: null } }],
  },
  {
    id: 'training-site',
    title: 'The training site, with a real account',
    steps: [
      { name: 'Open the training site', do: [{ goto: site('almb', true) }], expect: { court: 'almb', page: 'court-home', next: 'entry', training: true }, guide: { title: 'training_title', step: null } },
      { name: 'Click the entry: the training login', do: clickLink(/^\s*Login\s*$/), expect: { court: 'almb', page: 'pacer-login', next: 'username', training: true }, guide: { title: 'training_title', step: null } },
      { name: 'Log in with a real account: refused', do: loginAs('pfiler2024'), expect: { court: 'almb', page: 'pacer-login', next: 'username', training: true, reason: 'bad-credentials' }, guide: { title: 'training_title', step: null } },
    ],
  },
]);

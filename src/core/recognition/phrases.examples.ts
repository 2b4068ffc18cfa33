// Words (already normalised) each phrase matcher must and must not accept.
export const PHRASE_EXAMPLES = {
  linkItem: {
    match: [
      'link a cm/ecf account to my pacer account',
      'link a cm/ecf account to my pacer account.',
      'link cm/ecf account to pacer account',
      'link an ecf account to my upgraded pacer account',
      'link my cm/ecf filer account to my pacer account',
      'link your cm/ecf account to your upgraded pacer account',
      'connect cm/ecf account to pacer account',
    ],
    reject: [
      'link my filer account to my pacer account', // the appellate item
      'change your pacer login',
      'make this my default pacer login',
      'linking your account - faq',
      'how to link a cm/ecf account to my pacer account',
      'link a cm/ecf account to my pacer account (instructions, pdf)',
      'to link a cm/ecf account to my pacer account, click utilities and then the link item.',
    ],
  },
  nextGenMenu: {
    match: ['nextgen release 1.1 menu items', 'next gen release 1.1 menu items', 'nextgen cm/ecf release 1.1 menu items', 'nextgen 1.1 menu items', 'release 1.1 menu items'],
    reject: ['nextgen release 1.1 notes', 'about nextgen', 'menu items'],
  },
  linked: {
    match: [
      'your cm/ecf account has been successfully linked to your pacer account.',
      'the accounts have been linked.',
      'linking was successful',
      'your accounts are now linked. press f5 to refresh.',
      'your cm/ecf account is now connected to your pacer account.',
      'the accounts have been associated.',
      'accounts linked successfully.',
      'the cm/ecf account jdoe was successfully associated with pacer account jdoe2024.',
    ],
    reject: [
      'your cm/ecf account has not been linked.',
      'the accounts could not be linked: error 12',
      'linking failed',
      'link a cm/ecf account to my pacer account',
      'this cm/ecf account is linked to another pacer account.',
      'over 500 attorneys have linked their accounts.',
      'you are about to link these accounts.',
    ],
  },
  failed: {
    match: ['invalid cm/ecf login or password', 'this cm/ecf account is already linked to another pacer account', 'your pacer account must be upgraded', 'error: unable to complete the request'],
    reject: ['your cm/ecf account has been successfully linked to your pacer account.', 'enter your cm/ecf login and password', 'once linked, this cannot be undone.'],
  },
  help: {
    match: [
      'cm/ecf - almb | linking your account - faq | why must i link my accounts? | how do i link?',
      'frequently asked questions',
      'cm/ecf help',
      'how to link your accounts',
    ],
    reject: [
      'cm/ecf - almb | link a cm/ecf account to my pacer account',
      'cm/ecf - almb | linking error',
      'are you sure? | link a cm/ecf account to my pacer account',
    ],
  },
  reasons: [
    { words: 'invalid cm/ecf login or password.', reason: 'bad-credentials' },
    { words: 'the cm/ecf password is incorrect', reason: 'bad-credentials' },
    { words: 'this cm/ecf account is already linked to another pacer account.', reason: 'already-linked' },
    { words: 'cm/ecf account has already been linked', reason: 'already-linked' },
    { words: 'your pacer account is not an upgraded account. upgrade it at manage my account.', reason: 'not-upgraded' },
    { words: 'legacy pacer account cannot be linked', reason: 'not-upgraded' },
    { words: 'the request could not be completed', reason: 'unknown' },
    { words: 'the login and password entered do not match an existing cm/ecf account.', reason: 'bad-credentials' },
    { words: 'no cm/ecf account was found for that login.', reason: 'bad-credentials' },
    { words: 'this cm/ecf account has previously been associated with a different pacer account.', reason: 'already-linked' },
    { words: 'legacy pacer accounts cannot be linked.', reason: 'not-upgraded' },
    { words: 'logins with special characters (& @ $ *) are not supported for linking.', reason: 'bad-character' },
    { words: 'invalid passcode. the code was not accepted.', reason: 'bad-passcode' },
  ],
  /** Sentences that tell what to do, or what would happen if: they report nothing. */
  instruction: {
    match: ['if either account is wrong, click cancel.', 'passwords are case sensitive.', 'not upgraded?', 'once linked, press f5.', 'a shared firm pacer account must never be linked.', 'incorrect or expired passwords can be reset by the clerk.'],
    reject: ['invalid cm/ecf login or password.', 'please upgrade your pacer account, then try linking again.', 'your accounts are now linked.'],
  },
  /** Rules stated for everyone: instructions where the page offers the step, never a report about this user. */
  genericRule: {
    match: ['logins containing special characters (&, @, $, *) cannot be linked', 'legacy pacer accounts must be upgraded before linking.', 'over 2,000 attorneys have already linked their accounts.', 'failed attempts are logged.'],
    reject: ['this cm/ecf account is already linked to another pacer account.', 'your pacer account is not upgraded.', 'no cm/ecf account was found for that login.'],
  },
} as const;

// The central PACER login since multifactor authentication (2025), walked: the one-time
// passcode (a refused code, then the right one), the enrollment prompt with and without Skip,
// and a notice to acknowledge after the passcode.
import { walks, type Walk } from './walk-model';
import { loginAs, mfaStep, redactionSteps, toLogin, typePasscode } from './walk-steps';

export const MFA_WALKS: readonly Walk[] = walks([
  {
    id: 'mfa-passcode',
    title: 'MFA set up: the one-time passcode, a refused code, then the right one',
    steps: [
      ...toLogin('almb'),
      mfaStep('almb', 'Log in: PACER asks for the passcode', loginAs('mfafiler24')),
      {
        name: 'Type a code that is not the current one: refused',
        do: [{ fill: 'One-Time Passcode', value: '12345' }, { clickButton: 'Submit' }],
        expect: { court: 'almb', page: 'pacer-mfa', next: 'passcode', reason: 'bad-passcode' },
        guide: { title: 'passcode_error_title', step: 2, mentions: ['reason_bad_passcode', 'warn_passcode_private'], target: 'passcode' },
      },
      { name: 'Type the current code from the authenticator', do: typePasscode('One-Time Passcode', 'Submit'), expect: { court: 'almb', page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps('almb'),
    ],
  },
  {
    id: 'mfa-enroll-skip',
    title: 'Asked to set up MFA, with Skip left: the user skips',
    steps: [
      ...toLogin('almb'),
      { name: 'Log in: PACER asks to set up MFA, Skip offered', do: loginAs('mfaskip24'), expect: { court: 'almb', page: 'pacer-mfa-enroll', next: 'mfa-choice' }, guide: { title: 'enroll_do', step: 2, mentions: ['enroll_why', 'enroll_skip_offered'] } },
      { name: 'Choose Skip', do: [{ clickButton: 'Skip' }], expect: { court: 'almb', page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps('almb'),
    ],
  },
  {
    id: 'mfa-enroll-required',
    title: 'MFA required now (no Skip): the user enrolls, then types the passcode',
    steps: [
      ...toLogin('almd'),
      { name: 'Log in: PACER requires MFA, no Skip', do: loginAs('mfanow2024'), expect: { court: 'almd', page: 'pacer-mfa-enroll', next: 'mfa-choice' }, guide: { title: 'enroll_do', step: 2, mentions: ['enroll_required'] } },
      mfaStep('almd', 'Choose Enroll Now: set up, PACER asks for the passcode', [{ clickButton: 'Enroll Now' }]),
      { name: 'Type the current code', do: typePasscode('One-Time Passcode', 'Submit'), expect: { court: 'almd', page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps('almd'),
    ],
  },
  {
    id: 'pacer-notice',
    title: 'A notice to acknowledge after the passcode',
    steps: [
      ...toLogin('almb'),
      mfaStep('almb', 'Log in: the passcode', loginAs('notice2024')),
      { name: 'Type the current code: PACER shows a notice', do: typePasscode('One-Time Passcode', 'Submit'), expect: { court: 'almb', page: 'pacer-notice', next: 'acknowledge' }, guide: { title: 'notice_do', step: 2, mentions: ['notice_why'] } },
      { name: 'Click OK', do: [{ clickButton: 'OK' }], expect: { court: 'almb', page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps('almb'),
    ],
  },
]);

// Walks through the practice court as a person would: each step is what the person does
// (click, type, press F5) and what the guide and the extension must then show. A walk is
// plain data, written once and driven in Chromium (Playwright) and in Firefox (WebDriver
// BiDi) through the Driver interface (driver.ts). The tests assert these; `npm start`
// without a display prints them. The person acts; the extension only points.
//
// This module is where the walks are gathered, under one import path: the model
// (walk-model.ts), the steps walks share (walk-steps.ts), the walks (linking-walks.ts,
// mfa-walks.ts, other-words-walks.ts) and how they are run and checked (walk-runner.ts).
//
// A new walk: add it to one of the lists (or a new exported list, re-exported here and spread
// into ALL_WALKS; a test fails on a list exported here that ALL_WALKS misses). Every walk in
// ALL_WALKS runs in both browsers. Each step:
//   { name: 'what the person does',
//     do: [{ fill: 'Username', value: 'pfiler2024' }, { clickButton: 'Login' }],   // Action[]
//     expect: { court: 'almb', page: 'pacer-login', next: 'redaction' },          // the recognition
//     guide: { title: 'redaction_do', step: 2, mentions: ['warn_redaction'] } }    // the coach mark
// A value to type can also be read off another page at that moment (driver.ts, Value): the
// practice authenticator's passcode is { readFrom: '…/practice', selector: '#practice-passcode' }.
import { FAILURE_WALKS, HAPPY_WALKS } from './linking-walks';
import { MFA_WALKS } from './mfa-walks';
import { OTHER_WORDS_WALKS } from './other-words-walks';
import type { Walk } from './walk-model';

export { FAILURE_WALKS, HAPPY_WALKS, MFA_WALKS, OTHER_WORDS_WALKS };
export { driverFor, step, walk, walks, type Expected, type ExpectedGuide, type StepData, type Walk, type WalkData, type WalkStep } from './walk-model';
export { linkToTheEnd, toLinkForm } from './walk-steps';
export { continuityProblems, expectedAnnouncement, expectedTarget, runWalk, runWalkWith, walkProblems, type StepResult, type WalkOptions } from './walk-runner';

/** Every walk: the tests run each of these in Chromium and in Firefox. */
export const ALL_WALKS: readonly Walk[] = [...HAPPY_WALKS, ...FAILURE_WALKS, ...MFA_WALKS, ...OTHER_WORDS_WALKS];

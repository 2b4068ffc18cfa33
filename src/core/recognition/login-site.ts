// The central login's pages (pacer.login.uscourts.gov, train-login.uscourts.gov): its steps
// (central-login.ts), or an honest "not sure" on a page of it that is none of them.
import { findLoginStep } from './central-login';
import { NOTHING, type PageFacts } from './page';

export function readLoginPage(doc: Document): PageFacts {
  const step = findLoginStep(doc);
  if (step) return { ...NOTHING, ...step };
  // A page of the central login that is none of its known steps: still step 2, say so.
  return { ...NOTHING, page: 'court-page', unsure: 'login-unknown' };
}

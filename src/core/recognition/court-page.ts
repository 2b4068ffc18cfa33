// A court's CM/ECF page read whole: its structure (court-site.ts), and the message of a page
// that may be a linking page judged from its words (verdict.ts), in one go. The guide on a
// court page reads only the structure, and the background judges the message.
import type { CourtSite } from '../courts/sites';
import { readCourtStructure, settleCourtPage } from './court-site';
import { linkingOutcome, questionOf, type LinkingOutcome, type LinkingQuestion } from './linking';
import type { PageFacts } from './page';
import type { FlowEvidence } from './types';
import { judgeMessage } from './verdict';

/** What a linking reading is once its message is judged: the same outcome wherever it is judged. */
export function judgeLinking(question: LinkingQuestion): LinkingOutcome | null {
  return linkingOutcome(question, judgeMessage(question.message));
}

export function readCourtPage(doc: Document, url: URL, site: CourtSite, pathKnown: boolean, cameFrom: FlowEvidence | null): PageFacts {
  const facts = readCourtStructure(doc, url, site, pathKnown, cameFrom);
  return settleCourtPage(facts, facts.linking ? judgeLinking(questionOf(facts.linking)) : null);
}

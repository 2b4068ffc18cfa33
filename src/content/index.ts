// The guide on a court's CM/ECF pages: registered for the courts being linked, or injected by
// the background where the gate found a page of the linking path of a court not started. It
// carries only the reader of CM/ECF pages' structure (the central login has its own bundle,
// login.ts); a linking page's message is judged in the background, with the page's report.
import { HOST_COURTS } from '../core/courts/naming';
import { readCourtStructure, refreshCourtMenu, settleCourtPage } from '../core/recognition/court-site';
import { questionOf } from '../core/recognition/linking';
import { readPage } from '../core/recognition/page';
import { startGuide } from './start';

startGuide({ read: (doc, address) => readPage(doc, address, { ecf: readCourtStructure }, HOST_COURTS), readMenus: refreshCourtMenu, question: questionOf, settle: settleCourtPage });

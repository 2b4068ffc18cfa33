// The guide on a court's CM/ECF pages: registered for the courts being linked, or injected by
// the background where the gate found a page of the linking path of a court not started. It
// carries only the reader of CM/ECF pages (the central login has its own bundle, login.ts).
import { NAMED_COURTS } from '../core/courts/naming';
import { readCourtPage, refreshCourtMenu } from '../core/recognition/court-site';
import { readPage } from '../core/recognition/page';
import { startGuide } from './start';

startGuide({ read: (doc, address) => readPage(doc, address, { ecf: readCourtPage }, NAMED_COURTS), readMenus: refreshCourtMenu });

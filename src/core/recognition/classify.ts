// Where is the user, and what should they click next? URL + parsed Document → Recognition.
// Pure: no browser API beyond the DOM, no layout read, safe on megabyte docket reports. Reads
// any site, its court looked up in the full court table; each of the guide's bundles reads only
// its own kind, its court by the naming rule (page.ts, courts/naming.ts).
import { TABLE_COURTS } from '../courts/courts';
import { readCourtPage } from './court-page';
import { readLoginPage } from './login-site';
import { readPage } from './page';
import { readLoginCourt } from '../courts/sites';
import type { PageAddress, Recognition } from './types';

export { MAIN_TEXT_BUDGET } from './page-shape';

const ALL_SITES = { login: readLoginPage, ecf: readCourtPage, loginCourt: readLoginCourt } as const;

export function classify(doc: Document, address: PageAddress): Recognition {
  return readPage(doc, address, ALL_SITES, TABLE_COURTS);
}

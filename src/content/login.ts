// The guide on the central PACER login, registered there while any court is being linked. It
// carries only the reader of the login's pages (the password, the passcode, the MFA prompt,
// notices and the redaction notice).
import { NAMED_COURTS } from '../core/courts/naming';
import { readLoginPage } from '../core/recognition/login-site';
import { readPage } from '../core/recognition/page';
import { readLoginCourt } from '../core/courts/sites';
import { startGuide } from './start';

startGuide({ read: (doc, address) => readPage(doc, address, { login: readLoginPage, loginCourt: readLoginCourt }, NAMED_COURTS) });

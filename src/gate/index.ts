// The gate: the only script that runs on pages of a court the user is not linking now. It
// decides from the address and a few cheap facts of the parsed page whether the page can be
// part of the linking path (the landing page, the login, Utilities, the linking pages, a
// short page with the menu bar and no filing menus). Only then does it ask the background for
// the guide. A docket, a report, a claims register or a query result costs this and nothing
// more: no extension call, no storage read, no message, no observer, no timer.
// Kept tiny (it imports only import-free parts of the core, and the one sender): it runs on
// every such page for as long as the extension is installed.
import { tellBackground } from '../shared/browser-api';
import { mayBeLinkingPath } from './decide';

if (mayBeLinkingPath(location, document)) {
  // Asked once per page; a reloaded or updated extension has no one to answer, and that is fine.
  tellBackground({ type: 'start-guide' });
}

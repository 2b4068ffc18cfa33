// Dates as the user reads them, in the language of the extension's texts. That is the
// catalogue the browser chose (its date_locale entry), which is not always what
// getUILanguage() or navigator.language say (Chromium on Linux picks messages by LANGUAGE).
import browser from 'webextension-polyfill';
import { COURT_LIST_MONTH } from '../core/planner/websites';

let tag: string | null = null;
/** The language tag of the texts in use: en, es. */
export const locale = () => (tag ??= browser.i18n.getMessage('date_locale') || browser.i18n.getUILanguage());

// One formatter each: building an Intl formatter costs far more than using one, and a list of
// hundreds of courts formats hundreds of dates.
let short: Intl.DateTimeFormat | null = null;

/** "Dec 1, 2026" / "1 dic 2026". */
export const shortDate = (at: number) => (short ??= new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'short', day: 'numeric' })).format(at);

/** "January 2023" / "enero de 2023": the month of PACER's court list. */
let month: string | null = null;
export const listMonth = () => (month ??= new Date(Date.UTC(COURT_LIST_MONTH.year, COURT_LIST_MONTH.month - 1, 15)).toLocaleDateString(locale(), { year: 'numeric', month: 'long', timeZone: 'UTC' }));

/** "December 1, 2026 at 12:25 PM" / "1 de diciembre de 2026, 12:25". */
export const dateTime = (at: number) => new Date(at).toLocaleString(locale(), { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** "Dec 1, 12:25 PM", for a step's tick. */
export const stepTime = (at: number) => new Date(at).toLocaleString(locale(), { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

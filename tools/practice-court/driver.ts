// What a walk needs from a browser, whichever drives it: act as a person does (open an
// address, click a link or a button by its words, fill a field by its label, tick a box,
// reload), and read back what the guide shows and, where the browser lets a test see it, what
// the extension recorded. Chromium (Playwright, playwright-driver.ts) and Firefox (WebDriver
// BiDi through puppeteer-core, firefox-driver.ts) implement it; walks.ts is written once
// against it.
import type { AxeViolation } from './axe';
import type { TabReport } from './browser';
import type { CoachMarkState } from './coach-mark';

/**
 * How a control is named, as a person reads it: a string matches an accessible name that
 * contains it, ignoring case and runs of white space (Playwright's default); a RegExp is
 * tested against the name with its white space collapsed and trimmed.
 */
export type Name = string | RegExp;

/**
 * What to type: the words themselves, or words read off another page at that moment, in a
 * second tab of the same browser (the practice authenticator's one-time passcode, which
 * changes every 30 seconds, is on the practice settings page: as a person reads it off a phone).
 */
export type Value = string | { readonly readFrom: string; readonly selector: string };

/** One thing a person does. A step's `do` is a list of these, done in order. */
export type Action =
  | { readonly goto: string }
  | { readonly clickLink: Name }
  | { readonly clickButton: Name }
  | { readonly fill: Name; readonly value: Value }
  | { readonly check: Name }
  /** A CSS selector, for a control its words do not tell apart (the menu bar's Utilities, whose words the page splits). */
  | { readonly click: string }
  /** Moves the mouse over the first element matching a CSS selector (menus that open on hover). */
  | { readonly hover: string }
  /** Presses a key on the keyboard: 'Tab', 'Enter', 'Escape', ' ' (names as Playwright and puppeteer both know them). */
  | { readonly press: string }
  /** F5. */
  | { readonly reload: true }
  /** Presses one of the guide's own buttons, by its words (e.g. the F5 step's reload button). */
  | { readonly guideButton: string };

export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  /** Clicks the first visible link with this name, and waits for the page it opens. */
  clickLink(name: Name): Promise<void>;
  /** Clicks the first visible button (or submit input) with this name, and waits for the page it opens, if any. */
  clickButton(name: Name): Promise<void>;
  /** Clicks the first element matching a CSS selector, and waits for the page it opens, if any. */
  click(selector: string): Promise<void>;
  /** Moves the mouse over the first element matching a CSS selector. */
  hover(selector: string): Promise<void>;
  /** Presses a key, and waits for the page it opens, if any. */
  press(key: string): Promise<void>;
  /** Fills the field with this label. */
  fill(label: Name, value: string): Promise<void>;
  /** The text of the first element matching `selector` on the page at `url`, opened in a second tab (closed after). */
  textAt(url: string, selector: string): Promise<string>;
  /** Ticks the checkbox with this label. */
  check(label: Name): Promise<void>;
  /** F5: reloads the page and waits for it. */
  reload(): Promise<void>;
  /** Presses one of the guide's buttons with a real click (they ignore scripted ones). */
  pressGuideButton(words: string): Promise<void>;
  url(): Promise<string>;
  pause(ms: number): Promise<void>;
  /** What the guide shows now (its host's attributes, the target, and its closed shadow root's content). */
  readGuide(): Promise<CoachMarkState>;
  /**
   * The extension's own report for this tab, where a test can read the extension's storage
   * (Chromium, through its service worker). Null where it cannot (Firefox over BiDi): walks then
   * check what the guide displays.
   */
  readonly readReport: (() => Promise<TabReport | null>) | null;
  /** The extension's stored progress for a court, where a test can read it (Chromium); null elsewhere. */
  readonly readProgress: ((court: string) => Promise<unknown>) | null;
  screenshot(path: string): Promise<void>;
  /** The coach mark's shadow content as HTML, or null when there is none. */
  coachMarkHtml(): Promise<string | null>;
  /** axe-core on that HTML, copied into a blank scratch tab of the same viewport. */
  axeOnCoachMark(scratch: Driver): Promise<AxeViolation[] | null>;
  /** Replaces this (scratch) tab's document and runs axe-core on it. */
  axeOnHtml(html: string, viewport: { width: number; height: number } | null): Promise<AxeViolation[]>;
  viewport(): { width: number; height: number } | null;
  close(): Promise<void>;
}

/** Does one action with a driver. */
export async function perform(driver: Driver, action: Action): Promise<void> {
  if ('goto' in action) return driver.goto(action.goto);
  if ('clickLink' in action) return driver.clickLink(action.clickLink);
  if ('clickButton' in action) return driver.clickButton(action.clickButton);
  if ('fill' in action) return driver.fill(action.fill, typeof action.value === 'string' ? action.value : (await driver.textAt(action.value.readFrom, action.value.selector)).trim());
  if ('check' in action) return driver.check(action.check);
  if ('click' in action) return driver.click(action.click);
  if ('hover' in action) return driver.hover(action.hover);
  if ('press' in action) return driver.press(action.press);
  if ('reload' in action) return driver.reload();
  if ('guideButton' in action) return driver.pressGuideButton(action.guideButton);
  throw new Error(`unknown walk action ${JSON.stringify(action)}`);
}

/** How an action reads in a log. */
export function describeAction(action: Action): string {
  const name = (n: Name) => (typeof n === 'string' ? `"${n}"` : String(n));
  if ('goto' in action) return `open ${action.goto}`;
  if ('clickLink' in action) return `click link ${name(action.clickLink)}`;
  if ('clickButton' in action) return `click button ${name(action.clickButton)}`;
  if ('fill' in action) return `fill ${name(action.fill)}${typeof action.value === 'string' ? '' : ` with ${action.value.selector} from ${action.value.readFrom}`}`;
  if ('check' in action) return `tick ${name(action.check)}`;
  if ('click' in action) return `click ${action.click}`;
  if ('hover' in action) return `point at ${action.hover}`;
  if ('press' in action) return `press ${action.press}`;
  if ('reload' in action) return 'press F5';
  return `press the guide's "${action.guideButton}"`;
}

/** A name, sent into a page: RegExps do not survive serialisation. */
export type NameSpec = { readonly text: string } | { readonly source: string; readonly flags: string };

export const nameSpec = (name: Name): NameSpec => (typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags });

// The walk driver for Chromium: Playwright on a page of the browser that browser.ts launched.
// Controls are found by role and accessible name or label, as a person finds them; the
// extension's own report is read from its storage through the service worker.
import type { Page } from 'playwright-core';
import { axeOnCoachMark, axeOnScratch, coachMarkHtml } from './axe';
import { progressFor, reportFor, type GuidedBrowser } from './browser';
import { pressGuideButton, readCoachMark } from './coach-mark';
import type { Driver, Name } from './driver';

const drivers = new WeakMap<Page, PlaywrightDriver>();

export class PlaywrightDriver implements Driver {
  readonly browserName = 'chromium' as const;
  readonly readReport: Driver['readReport'];
  readonly readProgress: Driver['readProgress'];

  /** `browser` lets the driver read the extension's report; without it, readReport is null. */
  constructor(
    readonly page: Page,
    browser?: GuidedBrowser,
  ) {
    this.readReport = browser ? () => reportFor(browser, page) : null;
    this.readProgress = browser ? (court) => progressFor(browser, court) : null;
  }

  /** The driver for a page (one per page, so steps done with `step.act(page)` share it). */
  static for(page: Page, browser?: GuidedBrowser): PlaywrightDriver {
    const known = drivers.get(page);
    if (known && (known.readReport || !browser)) return known;
    const driver = new PlaywrightDriver(page, browser);
    drivers.set(page, driver);
    return driver;
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async clickLink(name: Name): Promise<void> {
    await this.page.getByRole('link', { name }).first().click();
    await this.page.waitForLoadState();
  }

  async clickButton(name: Name): Promise<void> {
    await this.page.getByRole('button', { name }).first().click();
    await this.page.waitForLoadState();
  }

  async click(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
    await this.page.waitForLoadState();
  }

  async hover(selector: string): Promise<void> {
    await this.page.hover(selector);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.page.waitForLoadState();
  }

  async fill(label: Name, value: string): Promise<void> {
    await this.page.getByLabel(label).first().fill(value);
  }

  async textAt(url: string, selector: string): Promise<string> {
    const other = await this.page.context().newPage();
    try {
      await other.goto(url);
      return (await other.locator(selector).first().textContent()) ?? '';
    } finally {
      await other.close();
      await this.page.bringToFront();
    }
  }

  async check(label: Name): Promise<void> {
    await this.page.getByLabel(label).first().check();
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async pressGuideButton(words: string): Promise<void> {
    await pressGuideButton(this.page, words);
    await this.page.waitForLoadState();
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  async pause(ms: number): Promise<void> {
    await this.page.waitForTimeout(ms);
  }

  readGuide() {
    return readCoachMark(this.page);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  coachMarkHtml() {
    return coachMarkHtml(this.page);
  }

  async axeOnCoachMark(scratch: Driver) {
    if (scratch instanceof PlaywrightDriver) return axeOnCoachMark(this.page, scratch.page);
    const html = await this.coachMarkHtml();
    return html === null ? null : scratch.axeOnHtml(html, this.viewport());
  }

  axeOnHtml(html: string, viewport: { width: number; height: number } | null) {
    return axeOnScratch(this.page, html, viewport);
  }

  viewport() {
    return this.page.viewportSize();
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

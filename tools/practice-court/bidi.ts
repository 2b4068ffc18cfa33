// Raw WebDriver BiDi, for what puppeteer-core does not wrap: commands on the browser's own
// connection, and calls into a tab's page with the guide's closed shadow root as `this`. BiDi
// serialises that root as a node reference (`includeShadowTree: "all"`), which can be handed
// back to script.callFunction; puppeteer offers neither.
import type { Browser, Page } from 'puppeteer-core';

/** A raw BiDi command on the browser's connection (which puppeteer does not expose); its result. */
export async function bidiCommand<T>(browser: Browser, method: string, params: object): Promise<T> {
  const connection = (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: T }> } }).connection;
  return (await connection.send(method, params)).result;
}

/** Viewport sizes set here, by tab: puppeteer's own record is of its setViewport only. */
const viewportSizes = new WeakMap<Page, { width: number; height: number }>();

/**
 * Sizes a tab's viewport with BiDi's own command. Puppeteer's setViewport also sends
 * emulation.setScreenOrientationOverride, which Firefox ESR 140 (Debian's in December 2026)
 * does not know, and then fails whole.
 */
export async function setViewportSize(browser: Browser, page: Page, viewport: { width: number; height: number }): Promise<void> {
  await bidiCommand(browser, 'browsingContext.setViewport', { context: new BidiTab(browser, page).context, viewport: { width: viewport.width, height: viewport.height } });
  viewportSizes.set(page, { width: viewport.width, height: viewport.height });
}

/** The size last set with setViewportSize, if any. */
export function viewportSizeOf(page: Page): { width: number; height: number } | null {
  return viewportSizes.get(page) ?? null;
}

/** One tab, addressed by its BiDi browsing context. */
export class BidiTab {
  constructor(
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  /** The tab's browsing-context id (puppeteer keeps it on the main frame). */
  get context(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  send<T>(method: string, params: object): Promise<T> {
    return bidiCommand<T>(this.browser, method, params);
  }

  /** The guide's shadow root as a BiDi node reference, if the guide's host is on the page. */
  async guideShadowRoot(): Promise<string | null> {
    type Serialised = { type: string; value?: { shadowRoot?: { sharedId?: string } | null } };
    const answer = await this.send<{ type: string; result?: Serialised; exceptionDetails?: unknown }>('script.evaluate', {
      expression: 'document.querySelector("cmecf-link-guide")',
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    if (answer.type !== 'success' || answer.result?.type !== 'node') return null;
    return answer.result.value?.shadowRoot?.sharedId ?? null;
  }

  /** Calls a function in the page with `self` (a node reference) as `this`; its arguments and answer go as JSON. */
  async callInPage<T>(functionDeclaration: string, self: { sharedId: string } | null, args: unknown[]): Promise<T> {
    const answer = await this.send<{ type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } }>('script.callFunction', {
      // JSON through a string: the answer's shape is ours, not BiDi's serialisation.
      functionDeclaration: `function (...args) { return JSON.stringify((${functionDeclaration}).apply(this, args.map((arg) => JSON.parse(arg)))); }`,
      this: self ?? undefined,
      arguments: args.map((value) => ({ type: 'string', value: JSON.stringify(value) })),
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    if (answer.type !== 'success') throw new Error(`in-page call failed: ${answer.exceptionDetails?.text ?? 'unknown error'}`);
    return answer.result?.value === undefined ? (undefined as T) : (JSON.parse(answer.result.value) as T);
  }
}

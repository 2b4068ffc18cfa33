// No network requests from the extension, ever: every request made while walking both
// practice courts (and opening the popup, the help-desk page and the settings) goes to the
// court hosts the pages themselves name, or is the extension's own packaged file. And what a
// court page can read of the guide: its host element with the page kind and step, and the
// mark on the highlighted control; nothing of other pages or courts, settings or storage.
import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { CONTROL_KINDS, PAGE_KINDS } from '../../src/core/recognition/types';
import { HOST_TAG } from '../../src/overlay/overlay';
import { FAILURE_WALKS, HAPPY_WALKS, expectedTarget, runWalk } from '../../tools/practice-court/walks';
import { usePracticeBrowser } from '../helpers/browser-suite';
import { startAfresh } from '../../tools/practice-court/browser';

const suite = usePracticeBrowser();

it('makes no network request of its own while the user walks both courts', async () => {
  const seen: Array<{ url: string; fromWorker: boolean; resource: string }> = [];
  const record = (request: Request) => seen.push({ url: request.url(), fromWorker: request.serviceWorker() !== null, resource: request.resourceType() });
  suite.browser.context.on('request', record);
  for (const walk of [...HAPPY_WALKS, ...FAILURE_WALKS]) {
    await startAfresh(suite.browser);
    const page = await suite.browser.context.newPage();
    await runWalk(suite.browser, page, walk);
    await page.close();
  }
  for (const name of ['popup', 'helpdesk', 'options']) {
    const page = await suite.browser.context.newPage();
    await page.goto(`chrome-extension://${suite.browser.extensionId}/${name}.html`);
    await page.locator('h1').first().waitFor();
    await page.close();
  }
  suite.browser.context.off('request', record);

  const own = `chrome-extension://${suite.browser.extensionId}/`;
  const fromWorker = seen.filter((r) => r.fromWorker);

  const elsewhere = seen.filter((r) => !r.url.startsWith(own) && !/^https:\/\/[a-z0-9.-]+\.uscourts\.gov\//.test(r.url) && !r.url.startsWith('data:'));
  console.log(`privacy: ${seen.length} requests recorded, ${seen.filter((r) => r.url.startsWith(own)).length} of them the extension's own packaged files`);
  expect(seen.length).toBeGreaterThan(50);
  // The worker reads nothing, not even its own files: the stylesheet and the tab icons are built into it.
  expect(fromWorker.map((r) => r.url), 'requests the service worker makes').toEqual([]);
  expect(elsewhere, 'requests to anywhere but the court and the extension package').toEqual([]);
}, 600_000);

interface Audit {
  /** Attribute changes the page's own scripts could observe (the parser makes none). */
  readonly attributeChanges: Array<{ node: string; name: string; value: string | null; pageScript: boolean }>;
  /** Where the page's DOM differs from the page as served, parsed the same way, once the guide's host and mark are set aside. */
  readonly differences: string[];
  readonly hosts: Array<{ attributes: Record<string, string>; children: number; shadowRootSeen: boolean }>;
  /** Every attribute in the page whose name starts with data-guide, and where. */
  readonly guideAttributes: Array<{ node: string; name: string; value: string }>;
  readonly html: string;
}

it('leaves on the court page only its host (page kind, step) and the mark on the control: nothing of other pages, courts, settings or storage', async () => {
  // A setting the extension keeps, which must never reach a court page's DOM.
  const options = await suite.browser.context.newPage();
  await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
  await options.getByLabel('Name').fill('Zanzibar Help Desk');
  await options.getByLabel('Phone').fill('(555) 010-0199');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
  await options.close();

  // In every court page, before its own scripts and the extension's: a record of every
  // attribute change made to its DOM (the page's main world sees these; the parser makes none).
  await suite.browser.context.addInitScript(() => {
    const changes: unknown[] = [];
    (window as unknown as { guideAudit: unknown[] }).guideAudit = changes;
    // The practice court's own script builds the Utilities drop-down (a .yuimenu) and shows it.
    const pageScript = (node: Node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('.yuimenu') !== null;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (record.type === 'attributes') changes.push({ node: target.localName, name: record.attributeName, value: target.getAttribute(record.attributeName!), pageScript: pageScript(target) });
      }
    }).observe(document, { subtree: true, attributes: true });
  });

  /** What the page itself can read, run in its main world; `served` is the page's HTML as the court sent it. */
  const audit = ({ tag, served }: { tag: string; served: string }): Audit => {
    const attributeChanges = ((window as unknown as { guideAudit?: Audit['attributeChanges'] }).guideAudit ?? []).splice(0);
    const hosts = Array.from(document.querySelectorAll(tag)).map((host) => ({
      attributes: Object.fromEntries(Array.from(host.attributes, (a) => [a.name, a.value])),
      children: host.childNodes.length,
      shadowRootSeen: (host as HTMLElement).shadowRoot !== null,
    }));
    const guideAttributes = Array.from(document.querySelectorAll('*')).flatMap((element) => Array.from(element.attributes).filter((a) => a.name.startsWith('data-guide')).map((a) => ({ node: element.localName, name: a.name, value: a.value })));
    // The tree as lines: every element with its attributes, every text. Set aside: the guide's host
    // and its mark (checked above), the practice court's scripted drop-down, and <noscript>
    // (parsed differently with scripts off).
    const lines = (root: Document, live: boolean) => {
      const out: string[] = [];
      const visit = (node: Node, depth: number) => {
        for (let child = node.firstChild; child; child = child.nextSibling) {
          if (child.nodeType === 3) {
            if ((child.nodeValue ?? '').trim()) out.push(`${' '.repeat(depth)}"${(child.nodeValue ?? '').trim()}"`);
            continue;
          }
          if (child.nodeType !== 1) continue;
          const element = child as Element;
          if ((live && element.localName === tag) || element.localName === 'noscript' || element.classList.contains('yuimenu')) continue;
          const attributes = Array.from(element.attributes).filter((a) => !(live && a.name === 'data-guide-target')).map((a) => `${a.name}="${a.value}"`).sort();
          out.push(`${' '.repeat(depth)}<${element.localName} ${attributes.join(' ')}>`);
          visit(element, depth + 1);
        }
      };
      visit(root, 0);
      return out;
    };
    const asServed = lines(new DOMParser().parseFromString(served, 'text/html'), false);
    const now = lines(document, true);
    const differences: string[] = [];
    for (let i = 0; i < Math.max(asServed.length, now.length) && differences.length < 5; i += 1) {
      if (asServed[i] !== now[i]) differences.push(`line ${i + 1}: served ${asServed[i] ?? '(nothing)'}, now ${now[i] ?? '(nothing)'}`);
    }
    return { attributeChanges, differences, hosts, guideAttributes, html: document.documentElement.outerHTML };
  };

  const walks = [...HAPPY_WALKS, ...FAILURE_WALKS.filter((w) => ['wrong-pacer-password', 'training-site', 'legacy-court'].includes(w.id))];
  const problems: string[] = [];
  let steps = 0;
  let changes = 0;
  for (const walk of walks) {
    await startAfresh(suite.browser);
    const page = await suite.browser.context.newPage();
    // The page as the court served it: the body of the main frame's last navigation.
    let served: Promise<string> = Promise.resolve('');
    page.on('response', (response) => {
      if (response.request().isNavigationRequest() && response.frame() === page.mainFrame() && response.status() === 200) served = response.text().catch(() => '');
    });
    await runWalk(suite.browser, page, walk, {
      afterStep: async (index, result) => {
        steps += 1;
        const where = `${walk.id} step ${index + 1} (${result.step.name})`;
        const seen = await page.evaluate(audit, { tag: HOST_TAG, served: await served }).catch(() => null);
        if (!seen) return void problems.push(`${where}: could not read the page`);
        changes += seen.attributeChanges.length;
        const expectedPage = result.step.expect.page;
        const expectedStep = result.step.guide?.step ? String(result.step.guide.step) : null;
        const expectedMark = expectedTarget(result.step);
        // The host: at most one, no light-DOM content, a closed shadow root, two attributes at most
        // (its layout is its shadow root's own `:host` rule, which the page cannot read).
        if (seen.hosts.length > 1) problems.push(`${where}: ${seen.hosts.length} guide hosts`);
        for (const host of seen.hosts) {
          if (host.children !== 0) problems.push(`${where}: the host has ${host.children} child nodes the page can read`);
          if (host.shadowRootSeen) problems.push(`${where}: the page can open the host's shadow root`);
          for (const [name, value] of Object.entries(host.attributes)) {
            if (name === 'data-guide-page' && value === expectedPage && (PAGE_KINDS as readonly string[]).includes(value)) continue;
            if (name === 'data-guide-step' && value === expectedStep) continue;
            problems.push(`${where}: the host carries ${name}="${value}"`);
          }
        }
        // data-guide-*: the host's two, and the one mark on this page's control.
        for (const attribute of seen.guideAttributes) {
          if (attribute.node === HOST_TAG && (attribute.name === 'data-guide-page' || attribute.name === 'data-guide-step')) continue;
          if (attribute.name === 'data-guide-target' && attribute.value === expectedMark && (CONTROL_KINDS as readonly string[]).includes(attribute.value)) continue;
          problems.push(`${where}: ${attribute.name}="${attribute.value}" on <${attribute.node}>`);
        }
        if (seen.guideAttributes.filter((a) => a.name === 'data-guide-target').length > 1) problems.push(`${where}: more than one marked control`);
        // Every attribute the page saw change: the host's two, the mark, or the practice court's own drop-down script.
        for (const change of seen.attributeChanges) {
          if (change.pageScript) continue;
          if (change.node === HOST_TAG && ['data-guide-page', 'data-guide-step'].includes(change.name)) continue;
          if (change.name === 'data-guide-target') continue;
          problems.push(`${where}: the page saw ${change.name}="${change.value}" set on <${change.node}>`);
        }
        // The rest of the page is as the court served it: no element, text or attribute added.
        for (const difference of seen.differences) problems.push(`${where}: ${difference}`);
        // Nothing stored or set: the help desk's name and number; on the second court, the first's id.
        for (const secret of ['Zanzibar', '010-0199', ...(walk.id === 'almd' ? ['almb'] : [])]) {
          if (seen.html.includes(secret)) problems.push(`${where}: the page's DOM holds "${secret}"`);
        }
      },
    });
    await page.close();
  }
  console.log(`privacy: ${steps} steps on ${walks.length} walks audited against the pages as served; ${changes} attribute changes seen by the pages`);
  expect(steps).toBeGreaterThan(20);
  expect(problems).toEqual([]);
}, 600_000);

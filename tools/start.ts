// npm start: the practice court with the extension loaded. With a display, opens Chromium on
// the practice bankruptcy court for you to click through. Without one (a server, CI), walks
// both practice courts headlessly as a person would, printing each page and what the
// extension recognised, with a screenshot of each step in practice-run/.
// `npm start -- --firefox` walks them in Firefox ESR instead (over WebDriver BiDi), printing
// what the guide shows there (Firefox does not let a test read what the extension recorded).
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { PACER_ACCOUNTS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD, ECF_LOGINS } from './practice-court/accounts';
import { launchWithExtension } from './practice-court/browser';
import type { Driver } from './practice-court/driver';
import { launchFirefoxWithExtension } from './practice-court/firefox';
import { FirefoxDriver } from './practice-court/firefox-driver';
import { PlaywrightDriver } from './practice-court/playwright-driver';
import { startPracticeCourt } from './practice-court/server';
import { HAPPY_WALKS, MFA_WALKS, runWalkWith } from './practice-court/walks';
import { PROJECT_ROOT, projectPath } from './lib/root';

function hasDisplay(): boolean {
  if (process.env.CI || process.argv.includes('--headless')) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const shortUrl = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search ? ' (query omitted)' : ''}`;
};

export async function main(args: string[]): Promise<number> {
  const firefox = args.includes('--firefox');
  const headless = firefox || args.includes('--headless') || !hasDisplay();
  const court = await startPracticeCourt();
  console.log(`Practice court running on 127.0.0.1:${court.port}; only the browser started here sees it under the court host names.`);
  try {
    if (!headless) return await interactive(court);
    return await walkHeadless(court, firefox ? 'firefox' : 'chromium');
  } finally {
    await court.close();
  }
}

async function interactive(court: Awaited<ReturnType<typeof startPracticeCourt>>): Promise<number> {
  const browser = await launchWithExtension(court, { headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto('https://ecf.almb.uscourts.gov/');
  const pacer = PACER_ACCOUNTS[0]!;
  console.log(`
Chromium is open on the practice bankruptcy court, with the extension loaded.
  PACER login:   ${pacer.username} / ${PRACTICE_PASSWORD}
  CM/ECF login:  ${ECF_LOGINS.good} / ${PRACTICE_ECF_PASSWORD}
  District court: https://ecf.almd.uscourts.gov/   Settings and failure paths: https://ecf.almb.uscourts.gov/practice
Close the browser window to stop.`);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  return 0;
}

/** One browser for the walks, and a fresh tab (and a new person: no court cookie) per walk. */
interface WalkBrowser {
  newTab(): Promise<Driver>;
  close(): Promise<void>;
}

async function openWalkBrowser(court: Awaited<ReturnType<typeof startPracticeCourt>>, which: 'chromium' | 'firefox'): Promise<WalkBrowser> {
  if (which === 'firefox') {
    const firefox = await launchFirefoxWithExtension(court);
    return {
      newTab: async () => {
        await firefox.clearCookies();
        return FirefoxDriver.open(firefox);
      },
      close: () => firefox.close(),
    };
  }
  const browser = await launchWithExtension(court);
  return {
    newTab: async () => {
      await browser.context.clearCookies();
      return new PlaywrightDriver(await browser.context.newPage(), browser);
    },
    close: () => browser.close(),
  };
}

async function walkHeadless(court: Awaited<ReturnType<typeof startPracticeCourt>>, which: 'chromium' | 'firefox'): Promise<number> {
  const outDir = projectPath('practice-run');
  rmSync(outDir, { recursive: true, force: true });
  const browserName = which === 'firefox' ? 'Firefox ESR' : 'Chromium';
  console.log(`No display: walking the practice courts headlessly in ${browserName}, as a person would, with the extension loaded.\n`);
  const browser = await openWalkBrowser(court, which);
  let failures = 0;
  try {
    // Both courts to the filing menus, then the MFA login as filers meet it since 2025.
    for (const walk of [...HAPPY_WALKS, MFA_WALKS[0]!]) {
      const driver = await browser.newTab();
      console.log(walk.title);
      const results = await runWalkWith(driver, walk, {
        screenshotDir: outDir,
        onStep: (result, index) => {
          const report = result.report;
          const seen = report
            ? `${report.page}${report.filer === null ? '' : report.filer ? ', filing menus shown' : ', no filing menus'}; next: ${report.next ?? 'nothing'}`
            : result.guide?.page
              ? `${result.guide.page} (as the guide shows it); points at: ${result.guide.target ?? 'nothing'}`
              : 'nothing recognised';
          console.log(`  ${String(index + 1).padStart(2)}. ${result.step.name}`);
          console.log(`      page:      ${shortUrl(result.url)}`);
          console.log(`      extension: ${seen} ${result.problems.length ? `✗ (${result.problems.join('; ')})` : '✓'}`);
          const guide = result.guide;
          if (guide?.visible) console.log(`      guide:     ${guide.stepLabel ? `${guide.stepLabel}: ` : ''}${guide.title}${guide.target ? ` [outlines ${guide.target}]` : ''}`);
          if (result.screenshot) console.log(`      screenshot ${relative(PROJECT_ROOT, result.screenshot)}`);
        },
      });
      failures += results.filter((r) => r.problems.length > 0).length;
      await driver.close();
      console.log('');
    }
  } finally {
    await browser.close();
  }
  console.log(failures ? `${failures} step(s) did not go as expected.` : `Both courts walked from the landing page to the filing menus, and the MFA login, in ${browserName}.`);
  return failures ? 1 : 0;
}

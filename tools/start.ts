// npm start: the practice court with the extension loaded. With a display, opens Chromium on
// the practice bankruptcy court for you to click through. Without one (a server, CI), walks
// both practice courts headlessly as a person would, printing each page and what the
// extension recognised, with a screenshot of each step in practice-run/.
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { PACER_ACCOUNTS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD, ECF_LOGINS } from './practice-court/accounts';
import { launchWithExtension } from './practice-court/browser';
import { startPracticeCourt } from './practice-court/server';
import { HAPPY_WALKS, runWalk } from './practice-court/walks';
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
  const headless = args.includes('--headless') || !hasDisplay();
  const court = await startPracticeCourt();
  console.log(`Practice court running on 127.0.0.1:${court.port}; only the browser started here sees it under the court host names.`);
  try {
    if (!headless) return await interactive(court);
    return await walkHeadless(court);
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

async function walkHeadless(court: Awaited<ReturnType<typeof startPracticeCourt>>): Promise<number> {
  const outDir = projectPath('practice-run');
  rmSync(outDir, { recursive: true, force: true });
  console.log('No display: walking the practice courts headlessly, as a person would, with the extension loaded.\n');
  const browser = await launchWithExtension(court);
  let failures = 0;
  try {
    for (const walk of HAPPY_WALKS) {
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      console.log(walk.title);
      const results = await runWalk(browser, page, walk, {
        screenshotDir: outDir,
        onStep: (result, index) => {
          const report = result.report;
          const seen = report ? `${report.page}${report.filer === null ? '' : report.filer ? ', filing menus shown' : ', no filing menus'}; next: ${report.next ?? 'nothing'}` : 'nothing recognised';
          console.log(`  ${String(index + 1).padStart(2)}. ${result.step.name}`);
          console.log(`      page:      ${shortUrl(page.url())}`);
          console.log(`      extension: ${seen} ${result.problems.length ? `✗ (${result.problems.join('; ')})` : '✓'}`);
          const guide = result.guide;
          if (guide?.visible) console.log(`      guide:     ${guide.stepLabel ? `${guide.stepLabel}: ` : ''}${guide.title}${guide.target ? ` [outlines ${guide.target}]` : ''}`);
          if (result.screenshot) console.log(`      screenshot ${relative(PROJECT_ROOT, result.screenshot)}`);
        },
      });
      failures += results.filter((r) => r.problems.length > 0).length;
      await page.close();
      console.log('');
    }
  } finally {
    await browser.close();
  }
  console.log(failures ? `${failures} step(s) did not go as expected.` : 'Both courts walked from the landing page to the filing menus.');
  return failures ? 1 : 0;
}

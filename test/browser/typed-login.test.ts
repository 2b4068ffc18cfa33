// What the guide reads of what the user types: only the CM/ECF login, a plain text field, for
// the characters that cannot be linked, and only from real keystrokes. A page script that
// turns the field into a password field, or fakes input events, gets nothing read.
import { describe, expect, it } from 'vitest';
import { HAPPY_WALKS, runWalk } from '../../tools/practice-court/walks';
import { usePracticeBrowser } from '../helpers/browser-suite';
import { guideUntil } from '../helpers/guide';
import { readCoachMark } from '../../tools/practice-court/coach-mark';

const suite = usePracticeBrowser();

async function onTheLinkForm() {
  const page = await suite.browser.context.newPage();
  const walk = HAPPY_WALKS[0]!;
  await runWalk(suite.browser, page, { ...walk, steps: walk.steps.slice(0, 6) });
  await guideUntil(page, (g) => g.target === 'link-fields', 'the guide points at the login field');
  return page;
}

const warnsOfCharacters = async (page: Awaited<ReturnType<typeof onTheLinkForm>>) => (await readCoachMark(page)).warnings.some((w) => w.includes('contains &'));

describe('the typed-login check', () => {
  it('ignores input events a page script fakes', async () => {
    const page = await onTheLinkForm();
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#ecfLogin')!;
      field.value = 'pat&filer';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForTimeout(400);
    expect(await warnsOfCharacters(page), 'an untrusted event is not read').toBe(false);
    await page.close();
  });

  it('stops reading a field the page turns into a password field, even after a real keystroke', async () => {
    const page = await onTheLinkForm();
    await page.getByLabel('CM/ECF login').pressSequentially('pat&');
    await guideUntil(page, (g) => g.warnings.some((w) => w.includes('contains &')), 'warned while a text field');
    // The page switches the field to a password field after the guide started listening.
    await page.evaluate(() => document.querySelector<HTMLInputElement>('#ecfLogin')!.setAttribute('type', 'password'));
    await page.getByLabel('CM/ECF login').pressSequentially('@x');
    await guideUntil(page, (g) => !g.warnings.some((w) => /contains/.test(w)), 'no longer reads it, and the warning about it is gone');
    await page.getByLabel('CM/ECF login').pressSequentially('*y');
    await page.waitForTimeout(300);
    expect(await warnsOfCharacters(page)).toBe(false);
    await page.close();
  });
});

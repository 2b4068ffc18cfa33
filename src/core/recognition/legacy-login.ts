// The pre-NextGen CM/ECF login: a form with `login`, `key` (password) and usually `clcode`
// and a redaction checkbox, heading "CM/ECF Filer or PACER Login", served at any address
// and never under the menu bar. Seeing it means the court is not on NextGen, so there is
// nothing to link yet. Examples: legacy-login.examples.ts.

export function findLegacyLogin(doc: Document): HTMLFormElement | null {
  for (const form of Array.from(doc.forms)) {
    const login = form.querySelector('input[name=login i]');
    const password = form.querySelector('input[type=password]');
    if (!login || !password) continue;
    const legacyMarks =
      (form.getAttribute('name') ?? '').toLowerCase() === 'getpass' ||
      form.querySelector('input[name=clcode i], input[name=redaction i]') !== null;
    if (legacyMarks) return form;
  }
  return null;
}

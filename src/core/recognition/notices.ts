// What the central login shows between the password and the court, as dialogs or pages:
// the filer redaction notice (tick the box, then Continue) and acknowledgement notices (new
// password standards and the like: OK). Recognised by what they are (a shown dialog, its
// checkbox and buttons), because ids change between releases. Examples: notices.examples.ts.
import { captionOf } from './landing';
import { byIdSuffix } from './pacer-login';
import { displayText, fieldLabel, norm } from './text';
import type { NextControl } from './types';
import { isDisabled, isShown, isTicked } from './visibility';

const BUTTONS = 'button, input[type=submit], input[type=button], a.ui-button, a[role=button]';

/** The dialogs on the page that are showing. */
export function shownDialogs(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[role=dialog], [role=alertdialog], .ui-dialog, dialog[open]')).filter(
    (dialog, index, all) => isShown(dialog) && !all.slice(0, index).some((outer) => outer.contains(dialog)),
  );
}

/** A dialog's title: what aria-labelledby names, its title bar, or its first heading. */
export function dialogTitle(dialog: Element): string {
  const labelledBy = dialog.getAttribute('aria-labelledby');
  const byLabel = labelledBy ? dialog.ownerDocument.getElementById(labelledBy.split(/\s+/)[0]!) : null;
  const title = byLabel ?? dialog.querySelector('.ui-dialog-title, h1, h2, h3, h4, legend');
  return norm(title?.textContent ?? dialog.getAttribute('aria-label') ?? '');
}

/** The shown buttons of an element, with their normalised captions. */
export function buttonsIn(root: ParentNode): Array<{ element: Element; caption: string }> {
  return Array.from(root.querySelectorAll(BUTTONS))
    .filter(isShown)
    .map((element) => ({ element, caption: norm(captionOf(element)) }));
}

const CONTINUE = /^(?:continue|accept|i accept|agree|i agree|ok|okay|submit|proceed|next|confirm)\b/;
const ACKNOWLEDGE = /^(?:ok|okay|acknowledge|i acknowledge|continue|i agree|agree|accept|i accept|i understand|understood|close|dismiss|got it|proceed)\b/;

/**
 * The redaction-responsibility notice filers must accept after logging in, when it is showing:
 * its checkbox while unticked, its Continue once ticked (Continue stays disabled until then).
 */
export function findRedaction(doc: Document): NextControl | null {
  const byId = byIdSuffix(doc, '*', ['redactiondlg', 'redactionconfirmation']);
  const dialog = byId ?? shownDialogs(doc).find((d) => /\bredact/.test(norm(d.textContent ?? ''))) ?? null;
  const drawnBox = byIdSuffix(dialog ?? doc, '*', ['chkredact']) ?? dialog?.querySelector('.ui-chkbox, [role=checkbox]') ?? null;
  const input = byIdSuffix(dialog ?? doc, 'input', ['chkredact_input']) ?? dialog?.querySelector('input[type=checkbox]') ?? null;
  const box = drawnBox ?? input;
  const container = dialog ?? box;
  if (!container || !box || !isShown(container) || !isShown(box)) return null;
  const ticked = isTicked(box) || (input !== null && isTicked(input));
  if (!ticked) {
    const label = (drawnBox ? fieldLabel(drawnBox) : '') || (input ? fieldLabel(input) : '');
    return { control: 'redaction', element: box, text: label || 'Redaction agreement', href: null };
  }
  const button = byIdSuffix(container, '*', ['bpmconfirm']) ?? buttonsIn(container).find((b) => CONTINUE.test(b.caption))?.element ?? null;
  if (!button) return { control: 'redaction', element: box, text: 'Redaction agreement', href: null };
  return { control: 'continue', element: button, text: captionOf(button) || 'Continue', href: null };
}

/**
 * A notice to acknowledge (new password standards, an announcement): a shown dialog, or a page
 * whose only form holds no field to type in, with an OK, Continue or Acknowledge button. A box
 * to tick first, while the button waits disabled, comes first.
 */
export function findNotice(doc: Document): NextControl | null {
  const byId = byIdSuffix(doc, '*', ['btnackokay', 'btnack', 'ackokay']);
  const dialogs = shownDialogs(doc);
  const containers: Element[] = [...dialogs, ...(dialogs.length === 0 ? Array.from(doc.forms) : [])];
  for (const container of containers) {
    if (!isShown(container) || container.querySelector('input[type=password], input[type=text], input:not([type]), input[type=tel], input[type=number], textarea')) continue;
    const button = byId && container.contains(byId) && isShown(byId) ? byId : buttonsIn(container).find((b) => ACKNOWLEDGE.test(b.caption))?.element;
    if (!button) continue;
    const box = Array.from(container.querySelectorAll('input[type=checkbox], .ui-chkbox')).find(isShown);
    if (box && !isTicked(box) && isDisabled(button)) return { control: 'acknowledge', element: box, text: fieldLabel(box) || displayText(container, 80), href: null };
    return { control: 'acknowledge', element: button, text: captionOf(button) || 'OK', href: null };
  }
  return null;
}

// Whether an element is shown, disabled or ticked, judged from its markup and form state only:
// recognition reads no layout. Dialogs of the central login (PrimeFaces) are hidden by
// `aria-hidden`, `display:none` or an overlay class until their script shows them.

// PrimeFaces' ui-helper-hidden is not here: its scripts show such elements (growl messages)
// by style and leave the class in place.
const HIDDEN_CLASS = /(?:^|\s)(?:ui-overlay-hidden|hidden|d-none|is-hidden)(?:\s|$)/;

/** Whether an element is shown: no ancestor hides it by attribute, inline style or hiding class. */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return false;
    const style = (node.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return false;
    if (HIDDEN_CLASS.test(node.getAttribute('class') ?? '')) return false;
  }
  return true;
}

/** Whether a button is disabled: the attribute, `aria-disabled`, or PrimeFaces' disabled state. */
export function isDisabled(element: Element): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true' || /(?:^|\s)ui-state-disabled(?:\s|$)/.test(element.getAttribute('class') ?? '');
}

/**
 * Whether a checkbox is ticked: its checked state (a box's state, never a typed value), or the
 * drawn box of a PrimeFaces checkbox (`aria-checked`, `ui-state-active`, a check icon).
 */
export function isTicked(box: Element): boolean {
  if (box.tagName === 'INPUT') return (box as HTMLInputElement).checked === true;
  if (box.getAttribute('aria-checked') === 'true') return true;
  const input = box.querySelector('input[type=checkbox]') as HTMLInputElement | null;
  if (input?.checked) return true;
  return box.querySelector('.ui-state-active, .ui-icon-check, [aria-checked=true]') !== null || /(?:^|\s)ui-state-active(?:\s|$)/.test(box.getAttribute('class') ?? '');
}

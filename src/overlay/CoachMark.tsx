// The coach mark: an outline around the next control (it never takes a click) and a
// non-modal callout beside it. Drawn in the overlay's shadow root.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GuideView } from '../core/flow/guide';
import { text } from '../core/flow/texts';
import { followElement } from './follow';
import { placeCallout } from './placement';

export interface CoachMarkProps {
  readonly view: GuideView;
  /** Characters typed in the CM/ECF login that cannot be linked (computed locally, not kept). */
  readonly typedBadCharacters: readonly string[];
  readonly reducedMotion: boolean;
  /** Who to call and the support code to read them; built only when shown (errors, or asked for). */
  readonly supportLine: () => string;
  readonly onClose: () => void;
  readonly onHideCourt: () => void;
  readonly onHideEverywhere: () => void;
  readonly onReload: () => void;
}

/** Acts only on real clicks: a page script cannot press the guide's buttons for the user. */
const trusted = (action: () => void) => (event: Event) => {
  if (event.isTrusted) action();
};

/** The other controls of the target's form: the user needs them next, so keep them clear. */
function controlsNear(target: Element): DOMRect[] {
  const form = target.closest('form');
  if (!form) return [];
  const boxes: DOMRect[] = [];
  for (const control of Array.from(form.querySelectorAll('input:not([type=hidden]), button, select, textarea, label'))) {
    if (control === target || target.contains(control)) continue;
    const box = control.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) boxes.push(box);
    if (boxes.length >= 30) break;
  }
  return boxes;
}

/** Targets already scrolled into view: scroll once per control, never fight the user. */
const scrolled = new WeakSet<Element>();

export function CoachMark(props: CoachMarkProps) {
  const { view } = props;
  const [codeAsked, setCodeAsked] = useState(false);
  const showSupport = view.tone === 'error' || codeAsked;
  const outline = useRef<HTMLDivElement>(null);
  const callout = useRef<HTMLDivElement>(null);
  const target = view.target?.element ?? null;

  useLayoutEffect(() => {
    const box = callout.current;
    if (!box) return undefined;
    const place = (rect: DOMRect | null) => {
      const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
      const targetBox = rect && rect.width + rect.height > 0 ? rect : null;
      const inMenu = target?.closest('#topmenu, .yuimenubar') ?? null;
      // Measure at full size; a previous shrink must not decide the next placement.
      box.style.maxWidth = '';
      box.style.maxHeight = '';
      const spot = placeCallout(targetBox, { width: box.offsetWidth, height: box.offsetHeight }, viewport, target && !inMenu ? 'beside' : 'below', targetBox && target ? controlsNear(target) : []);
      box.style.top = `${Math.round(spot.top)}px`;
      box.style.left = `${Math.round(spot.left)}px`;
      if (spot.maxWidth !== undefined) box.style.maxWidth = `${spot.maxWidth}px`;
      if (spot.maxHeight !== undefined) box.style.maxHeight = `${spot.maxHeight}px`;
      const ring = outline.current;
      if (ring) {
        ring.hidden = !targetBox;
        if (targetBox) {
          ring.style.top = `${targetBox.top - 5}px`;
          ring.style.left = `${targetBox.left - 5}px`;
          ring.style.width = `${targetBox.width + 10}px`;
          ring.style.height = `${targetBox.height + 10}px`;
        }
      }
    };
    if (!target) {
      place(null);
      const onResize = () => place(null);
      addEventListener('resize', onResize);
      return () => removeEventListener('resize', onResize);
    }
    if (!scrolled.has(target)) {
      scrolled.add(target);
      const rect = target.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) {
        target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: props.reducedMotion ? 'auto' : 'smooth' });
      }
    }
    return followElement(target, place);
  }, [target, view.title, props.typedBadCharacters.length, props.reducedMotion, showSupport]);

  const stepLabel = view.step ? text('step_of', view.step, view.stepCount) : text('guide_label');
  return (
    <>
      {target && <div class="outline" ref={outline} aria-hidden="true" />}
      <div class={`callout ${view.tone}`} ref={callout} role="dialog" aria-labelledby="guide-title" aria-describedby="guide-why" tabIndex={-1} data-tone={view.tone}>
        <div class="head">
          <span class="step-label">{stepLabel}</span>
          <button type="button" class="close" aria-label={text('close')} title={text('close')} onClick={trusted(props.onClose)}>
            ×
          </button>
        </div>
        <p class="title" id="guide-title">
          {text(view.title)}
        </p>
        <p class="why" id="guide-why">
          {view.whyArg ? text(view.why, view.whyArg) : text(view.why)}
        </p>
        {view.accounts && (
          <div class="accounts">
            {view.accounts.cmecf && <p>{text('accounts_cmecf', view.accounts.cmecf)}</p>}
            {view.accounts.pacer && <p>{text('accounts_pacer', view.accounts.pacer)}</p>}
          </div>
        )}
        {props.typedBadCharacters.length > 0 && <p class="typed">{text('warn_bad_characters_typed', props.typedBadCharacters.join(' '))}</p>}
        {view.warnings.length > 0 && (
          <ul class="warnings">
            {view.warnings.map((id) => (
              <li key={id}>{text(id)}</li>
            ))}
          </ul>
        )}
        {showSupport && <p class="support">{props.supportLine()}</p>}
        <div class="actions">
          {view.offerReload && (
            <button type="button" class="primary" onClick={trusted(props.onReload)}>
              {text('refresh_button')}
            </button>
          )}
          {view.tone !== 'error' && (
            <button type="button" aria-expanded={codeAsked} onClick={trusted(() => setCodeAsked(!codeAsked))}>
              {text('support_code_button')}
            </button>
          )}
          <button type="button" onClick={trusted(props.onHideCourt)}>
            {text('hide_here')}
          </button>
          <button type="button" onClick={trusted(props.onHideEverywhere)}>
            {text('hide_everywhere')}
          </button>
        </div>
      </div>
    </>
  );
}

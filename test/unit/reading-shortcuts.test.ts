// The shortcuts recognition takes for speed (a new tab pays for every DOM call and every
// regular expression the guide makes) give the answers the plain rules give, on pages made at
// random from the pieces real court pages are built of.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockWords } from '../../src/core/recognition/message';
import { inMenuBar } from '../../src/core/recognition/menubar';
import { norm } from '../../src/core/recognition/text';
import { isShown } from '../../src/core/recognition/visibility';
import { dependsOnMenuBar } from '../../src/core/flow/target';
import type { ShownView } from '../../src/core/flow/words';
import type { Recognition } from '../../src/core/recognition/types';

/** A small seeded generator: the same pages on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T,>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const TAGS = ['div', 'p', 'td', 'span', 'b', 'font', 'center', 'li', 'a', 'button', 'script', 'marquee', 'br', 'label'];
const ATTRIBUTES = [
  '', '', '', ' aria-hidden="true"', ' aria-hidden="false"', ' hidden', ' style="display: none"', ' style="DISPLAY :\tNone"', ' style="visibility:hidden"',
  ' style="color: red"', ' class="hidden"', ' class="is-hidden x"', ' class="d-none"', ' class="ui-overlay-hidden"', ' class="hiddenish"', ' class="yuimenu"',
  ' id="topmenu"', ' class="yuimenubar"', ' class="news"', ' id="tips"', ' class="msg"',
];
const WORDS = ['Your accounts are linked.', 'Error: not found', 'Link a CM / ECF\u00a0account', 'hello', '  ', 'Menu', 'tip', 'PACER\u200b login'];

function markup(next: () => number, depth: number): string {
  if (depth === 0 || next() < 0.3) return pick(next, WORDS);
  const tag = pick(next, TAGS);
  if (tag === 'br') return '<br>';
  const children = Array.from({ length: 1 + Math.floor(next() * 3) }, () => markup(next, depth - 1)).join('');
  return `<${tag}${pick(next, ATTRIBUTES)}>${children}</${tag}>`;
}

function pageOf(seed: number): Document {
  const next = random(seed);
  return new JSDOM(`<!DOCTYPE html><body>${Array.from({ length: 4 }, () => markup(next, 5)).join('')}</body>`).window.document;
}

/** isShown as written before its shortcut: every ancestor asked in turn. */
function shownByWalking(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return false;
    const style = (node.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return false;
    if (/(?:^|\s)(?:ui-overlay-hidden|hidden|d-none|is-hidden)(?:\s|$)/.test(node.getAttribute('class') ?? '')) return false;
  }
  return true;
}

/** norm as written before: each space mended apart, CM/ECF spelled one way everywhere. */
function normInSteps(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\bcm ?\/ ?ecf\b|\bcmecf\b/g, 'cm/ecf')
    .trim();
}

/** blockWords as written before: each element asked whether it is in the menu bar, or a banner. */
function blockWordsAskingEach(root: Element): string {
  const blocks = new Set(['BR', 'CENTER', 'DIV', 'LI', 'P', 'TD', 'LABEL']);
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'A', 'BUTTON']);
  const banner = (element: Element) =>
    element.tagName === 'MARQUEE' || /news|announce|banner|marquee|ticker|(?:^|[\s_-])tips?(?:$|[\s_-])|sidebar/i.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const words = norm(line);
    if (words) lines.push(words);
    line = '';
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += ` ${child.nodeValue ?? ''}`;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (skipped.has(element.tagName) || element.getAttribute('aria-hidden') === 'true' || inMenuBar(element) || banner(element)) continue;
      const block = blocks.has(element.tagName);
      if (block) flush();
      visit(element);
      if (block) flush();
    }
  };
  visit(root);
  flush();
  return lines.join('\n');
}

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

describe('shortcuts in reading a page', () => {
  it('isShown asks the browser first, and answers as a walk up every ancestor does', () => {
    let hidden = 0;
    for (const seed of SEEDS) {
      for (const element of Array.from(pageOf(seed).body.querySelectorAll('*'))) {
        expect(isShown(element), `seed ${seed}: ${element.outerHTML.slice(0, 80)}`).toBe(shownByWalking(element));
        if (!shownByWalking(element)) hidden += 1;
      }
    }
    // The pages do hide things, in every way the rules know.
    expect(hidden).toBeGreaterThan(100);
  });

  it('blockWords asks about the menu bar once, and reads what asking each element read', () => {
    for (const seed of SEEDS) {
      const doc = pageOf(seed);
      for (const root of [doc.body, ...Array.from(doc.body.querySelectorAll('div, td, .yuimenu, #topmenu'))]) {
        expect(blockWords(root), `seed ${seed}`).toBe(blockWordsAskingEach(root));
      }
    }
  });

  it('norm mends spaces in one pass and CM/ECF only where it is written, as the steps did', () => {
    const next = random(7);
    const pieces = [' ', '\t', '\n', '\u00a0', '\u2002', '\u200a', '\u200b', '\u202f', '\u205f', '\u3000', '\ufeff', 'C', 'm', 'M', '/', 'E', 'c', 'F', 'cmecf', 'CM / ECF', 'x', '.'];
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pick(next, pieces)).join('');
      expect(norm(text), JSON.stringify(text)).toBe(normInSteps(text));
    }
  });
});

describe('a change confined to the menu bar', () => {
  const doc = new JSDOM('<div id="topmenu"><a href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a></div><form><input name="login"></form>').window.document;
  const label = doc.querySelector('a')!;
  const field = doc.querySelector('input')!;
  const view = (source: 'next' | 'menu-item'): ShownView => ({ tone: 'step', step: 3, target: { control: 'link-item', source }, candidates: false, protect: 'form', offerReload: false, checkTypedLogin: false, words: { label: '', title: '', why: '', warnings: [], accounts: null, typed: null } }) as unknown as ShownView;
  const page = (kind: Recognition['page'], element: Element | null) => ({ page: kind, next: element ? { control: 'link-fields', element, text: '', href: null } : null }) as unknown as Recognition;

  it('matters on a menu page, where the guide points at the bar or its drop-down opens', () => {
    expect(dependsOnMenuBar(page('ecf-menu', label), { view: view('next'), openView: null })).toBe(true);
    expect(dependsOnMenuBar(page('utilities', field), { view: view('next'), openView: view('menu-item') })).toBe(true);
    expect(dependsOnMenuBar(page('utilities', label), { view: view('next'), openView: null })).toBe(true);
    expect(dependsOnMenuBar(page('utilities', null), { view: view('menu-item'), openView: null })).toBe(true);
  });

  it('does not matter where the guide points below the bar: the linking form, a list, a message', () => {
    expect(dependsOnMenuBar(page('link-form', field), { view: view('next'), openView: null })).toBe(false);
    expect(dependsOnMenuBar(page('link-error', null), { view: null, openView: null })).toBe(false);
  });
});

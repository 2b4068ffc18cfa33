// Random, seeded, undoable DOM mutations for the fuzz test: the document is changed in place
// and put back, so 10,000 variants need no 10,000 parses.

/** mulberry32: a small seeded generator, the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Undo = () => void;
type Mutation = (doc: Document, pick: <T>(items: readonly T[]) => T, random: () => number) => Undo | null;

const JUNK_TAGS = ['div', 'span', 'table', 'tr', 'td', 'form', 'input', 'a', 'b', 'u', 'font', 'select', 'script', 'iframe', 'h1', 'title', 'p'];
const JUNK_ATTRIBUTES = ['href', 'id', 'class', 'name', 'type', 'onclick', 'style', 'hidden', 'action', 'value', 'for'];

/** Random characters, never whole words of the interface: a mutation must not write a linking page. */
function junkText(random: () => number): string {
  const alphabet = 'qxzjvkwy0123456789 \u00a0\t\n<>&"\'\u200b\u00e9\u4e2d\ud83d\ude00';
  const length = Math.floor(random() * 40);
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

function junkValue(random: () => number): string {
  const values = ['', '#', 'javascript:void(0)', '/cgi-bin/', 'https://evil.example/', '../../..', '%zz', 'data:text/html,x', '\u0000', junkText(random)];
  return values[Math.floor(random() * values.length)]!;
}

export const MUTATIONS: Record<string, Mutation> = {
  remove: (doc, pick) => {
    const node = pick(Array.from(doc.body?.querySelectorAll('*') ?? []));
    const parent = node?.parentNode;
    if (!node || !parent) return null;
    const next = node.nextSibling;
    node.remove();
    return () => parent.insertBefore(node, next);
  },
  duplicate: (doc, pick) => {
    const node = pick(Array.from(doc.body?.querySelectorAll('*') ?? []));
    if (!node?.parentNode) return null;
    const copy = node.cloneNode(true) as Element;
    node.after(copy);
    return () => copy.remove();
  },
  move: (doc, pick) => {
    const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
    const node = pick(all);
    const into = pick(all);
    const parent = node?.parentNode;
    if (!node || !into || !parent || node.contains(into)) return null;
    const next = node.nextSibling;
    into.append(node);
    return () => parent.insertBefore(node, next);
  },
  'change text': (doc, pick, random) => {
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x4);
    const texts: Text[] = [];
    while (walker.nextNode() && texts.length < 2000) texts.push(walker.currentNode as Text);
    const node = pick(texts);
    if (!node) return null;
    const before = node.data;
    node.data = random() < 0.5 ? junkText(random) : before.slice(0, Math.floor(random() * before.length));
    return () => {
      node.data = before;
    };
  },
  'change attribute': (doc, pick, random) => {
    const node = pick(Array.from(doc.querySelectorAll('*')));
    if (!node) return null;
    // An existing attribute (broken markup can give names setAttribute refuses, so its node is
    // changed in place), or a new one.
    const existing = random() < 0.6 && node.attributes.length ? node.attributes[Math.floor(random() * node.attributes.length)]! : null;
    if (existing) {
      const before = existing.value;
      existing.value = junkValue(random);
      return () => {
        existing.value = before;
      };
    }
    const name = pick(JUNK_ATTRIBUTES)!;
    if (node.hasAttribute(name)) return null;
    node.setAttribute(name, junkValue(random));
    return () => node.removeAttribute(name);
  },
  'insert junk': (doc, pick, random) => {
    const into = pick(Array.from(doc.querySelectorAll('*')));
    if (!into) return null;
    const junk = doc.createElement(pick(JUNK_TAGS)!);
    junk.textContent = junkText(random);
    if (random() < 0.5) junk.setAttribute(pick(JUNK_ATTRIBUTES)!, junkValue(random));
    into.insertBefore(junk, random() < 0.5 ? into.firstChild : null);
    return () => junk.remove();
  },
  wrap: (doc, pick) => {
    const node = pick(Array.from(doc.body?.querySelectorAll('*') ?? []));
    const parent = node?.parentNode;
    if (!node || !parent) return null;
    const wrapper = doc.createElement(pick(['div', 'span', 'font', 'center', 'table']));
    parent.insertBefore(wrapper, node);
    wrapper.append(node);
    return () => {
      parent.insertBefore(node, wrapper);
      wrapper.remove();
    };
  },
};

/** Applies 1–5 random mutations; returns their names and one function that undoes them all. */
export function mutate(doc: Document, random: () => number): { names: string[]; undo: Undo } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const kinds = Object.keys(MUTATIONS);
  const undos: Undo[] = [];
  const names: string[] = [];
  const count = 1 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    const name = pick(kinds);
    const undo = MUTATIONS[name]!(doc, pick, random);
    if (undo) {
      undos.push(undo);
      names.push(name);
    }
  }
  return { names, undo: () => undos.reverse().forEach((undo) => undo()) };
}

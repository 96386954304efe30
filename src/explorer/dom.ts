/// <reference lib="dom" />
// A tiny element builder: the page has no framework.

type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes (`false`/`undefined` omitted, `true` → empty attribute) and children.
 *
 * @example
 * h('label', { for: 'x' }, 'Date of claim');
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

let counter = 0;
/** A fresh element id with a readable prefix. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix.replace(/[^A-Za-z0-9_-]/g, '-')}-${counter}`;
}

/** `dateOfClaim` → `Date of claim`. */
export function humanise(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const JURISDICTION_NAMES: Readonly<Record<string, string>> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** `england-and-wales` → `England and Wales` (any other id is humanised). */
export function jurisdictionName(id: string): string {
  return JURISDICTION_NAMES[id] ?? humanise(id);
}

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The rule explorer page: browse every registered rule, try it through a form generated from its
// input schema, and use the working-day calendar. Bundled with dwp-rules by
// src/cli/scripts/build-explorer.mjs; the rule metadata comes from data.json and catalogue.json.
import { RULES } from '../registry.js';
import { evaluateRule } from '../core/registry.js';
import { policyEditions } from '../core/policy/editions.js';
import type { PolicyEdition } from '../core/policy/edition.js';
import type { Decision } from '../core/decision.js';
import type { ValidationIssue } from '../core/validation.js';
import { JURISDICTIONS, type Jurisdiction } from '../calendar/types.js';
import { renderCalendarTool } from './calendar-tool.js';
import { h, humanise, jurisdictionName } from './dom.js';
import { buildField, type FieldContainers, type FormField } from './schema-form.js';
import { groupRules, matches, parametersOfRule, searchText } from './search.js';
import type { Catalogue, EditionData, ExplorerData, RuleData } from './types.js';

const EDITIONS: readonly PolicyEdition[] = policyEditions();

interface State {
  data: ExplorerData;
  /** Undefined while catalogue.json (the largest file) is still loading. */
  catalogue: Catalogue | undefined;
  editionId: string;
  jurisdiction: Jurisdiction;
  haystack: Map<string, string>;
}

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: #${id} missing from index.html`);
  return el as T;
};

async function loadJson<T>(file: string, fallback?: T): Promise<T> {
  try {
    const res = await fetch(file);
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    return (await res.json()) as T;
  } catch (e) {
    if (fallback !== undefined) return fallback;
    throw e;
  }
}

function editionData(state: State): EditionData | undefined {
  return state.data.editions.find((e) => e.id === state.editionId);
}

function formatValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '—';
  return JSON.stringify(v);
}

// ---------------------------------------------------------------- rule list and search

function renderList(state: State): void {
  const list = $('rule-list');
  const query = $<HTMLInputElement>('search').value;
  const visible = state.data.rules.filter((r) => matches(query, state.haystack.get(r.name) ?? ''));
  const groups = groupRules(visible);
  list.replaceChildren();
  for (const [doc, sections] of groups) {
    const docEl = h('section', { class: 'group' }, h('h2', { class: 'group-title' }, doc));
    for (const [section, rules] of sections) {
      docEl.append(
        h('h3', { class: 'section-title' }, section),
        h(
          'ul',
          { class: 'rule-links' },
          ...rules.map((r) =>
            h(
              'li',
              {},
              h('a', { href: `#/rule/${encodeURIComponent(r.name)}`, class: 'rule-link', 'data-rule': r.name }, r.title),
              h('span', { class: 'rule-ids' }, ` ${r.ids.join(', ')}`),
            ),
          ),
        ),
      );
    }
    list.append(docEl);
  }
  $('result-count').textContent = `${visible.length} of ${state.data.rules.length} rules`;
}

// ---------------------------------------------------------------- one rule

function citationLine(id: string, ref: string): HTMLElement {
  return h('span', { class: 'citation' }, h('strong', {}, id), ' · ', h('cite', {}, ref));
}

/** The catalogue entry of each id of the rule (or a notice while it loads or when it is absent). */
function fillCatalogue(state: State, rule: RuleData, into: HTMLElement): void {
  const catalogue = state.catalogue;
  if (catalogue === undefined) {
    into.replaceChildren(h('p', { class: 'hint' }, 'Loading the catalogue text…'));
    return;
  }
  into.replaceChildren(
    ...rule.ids.map((id, i) => {
      const entry = catalogue[id];
      const cited = rule.citations.find((c) => c.id === id);
      return h(
        'details',
        { class: 'catalogue-entry', open: i === 0 },
        h('summary', {}, h('strong', {}, id), entry ? ` — ${entry.title}` : '', cited ? h('span', { class: 'ref' }, ` (${cited.ref})`) : null),
        entry
          ? h('div', { class: 'catalogue-text' }, entry.text, h('p', { class: 'hint' }, `Catalogue: ${entry.source}, ${entry.section}`))
          : h('p', { class: 'hint' }, state.data.catalogueAvailable ? 'No catalogue entry for this id.' : 'The rule catalogue was not available when this page was built.'),
      );
    }),
  );
}

function renderRule(state: State, rule: RuleData): void {
  const detail = $('rule-detail');
  const params = parametersOfRule(rule, editionData(state));
  const heading = h('h2', { class: 'rule-title', tabindex: -1, id: 'rule-heading' }, rule.title);
  const catalogueBlocks = h('div', { id: 'catalogue-blocks', 'data-rule': rule.name });
  fillCatalogue(state, rule, catalogueBlocks);
  const paramTable = params.length
    ? h(
        'table',
        { class: 'table' },
        h('caption', { class: 'table-caption' }, `Policy parameters it uses (edition “${state.editionId}”)`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Parameter'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Unit'), h('th', { scope: 'col' }, 'Cites'))),
        h(
          'tbody',
          {},
          ...params.map((p) =>
            h(
              'tr',
              {},
              h('td', {}, h('code', {}, `${p.group}.${p.name}`), p.note ? h('p', { class: 'hint' }, p.note) : null),
              h('td', {}, formatValue(p.value)),
              h('td', {}, p.unit),
              h('td', {}, p.cites.map((c) => c.id).join(', ')),
            ),
          ),
        ),
      )
    : h('p', { class: 'hint' }, 'This rule reads no numeric policy parameter.');

  const field: FormField = buildField(rule.schema, '', 'Input', true, rule.schema);
  const result = h('div', { id: 'decision', class: 'decision', 'aria-live': 'polite' });
  const summary = h('div', { id: 'error-summary', class: 'error-summary', tabindex: -1, hidden: true });
  const form = h(
    'form',
    { class: 'rule-form', novalidate: true, 'aria-labelledby': 'try-heading' },
    summary,
    field.element,
    h('button', { type: 'submit', class: 'button' }, 'Decide'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    submit(state, rule, field, form, summary, result);
  });
  detail.replaceChildren(
    heading,
    h(
      'dl',
      { class: 'meta' },
      h('dt', {}, 'Function'),
      h('dd', {}, h('code', {}, rule.name)),
      h('dt', {}, 'Domain'),
      h('dd', {}, rule.domain),
      h('dt', {}, 'Paragraphs'),
      h('dd', {}, h('ul', { class: 'plain' }, ...rule.citations.map((c) => h('li', {}, citationLine(c.id, c.ref))))),
    ),
    h('h3', {}, 'Guidance it encodes'),
    catalogueBlocks,
    paramTable,
    h('h3', { id: 'try-heading' }, 'Try it'),
    h('p', { class: 'hint' }, 'Decided under the policy edition and jurisdiction chosen above.'),
    form,
    result,
  );
  document.title = `${rule.title} — dwp-rules explorer`;
  heading.focus();
}

function clearIssues(form: HTMLElement, summary: HTMLElement): void {
  for (const el of form.querySelectorAll('.error-message')) el.remove();
  for (const el of form.querySelectorAll('.field-error')) el.classList.remove('field-error');
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  summary.hidden = true;
  summary.replaceChildren();
}

function containerFor(path: string, containers: FieldContainers): HTMLElement | undefined {
  for (let p = path; ; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const c = containers.get(p);
    if (c) return c;
    if (p === '') return undefined;
  }
}

function showIssues(issues: readonly ValidationIssue[], containers: FieldContainers, form: HTMLElement, summary: HTMLElement): void {
  const items: HTMLElement[] = [];
  for (const issue of issues) {
    const where = issue.path === '' ? 'Input' : issue.path.split('.').map((s) => (/^\d+$/.test(s) ? `item ${Number(s) + 1}` : humanise(s))).join(' › ');
    const container = containerFor(issue.path, containers) ?? form;
    const control = container.querySelector<HTMLElement>('input, select, textarea');
    container.classList.add('field-error');
    control?.setAttribute('aria-invalid', 'true');
    const msg = h('p', { class: 'error-message', 'data-path': issue.path }, h('span', { class: 'visually-hidden' }, 'Error: '), `${where}: ${issue.message}`);
    const anchor = container.querySelector(':scope > .label, :scope > legend, :scope > label');
    if (anchor) anchor.after(msg);
    else container.prepend(msg);
    items.push(h('li', {}, control?.id ? h('a', { href: `#${control.id}` }, `${where}: ${issue.message}`) : `${where}: ${issue.message}`));
  }
  summary.replaceChildren(h('h3', { class: 'error-summary-title' }, 'Missing or invalid facts'), h('ul', { class: 'error-summary-list' }, ...items));
  summary.hidden = false;
  for (const a of summary.querySelectorAll('a')) {
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      document.getElementById(a.getAttribute('href')!.slice(1))?.focus();
    });
  }
  summary.focus();
}

function renderDecision(decision: Decision<unknown>, result: HTMLElement): void {
  const v = decision.value;
  let valueEl: HTMLElement;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x !== 'object')) {
    valueEl = h('dl', { class: 'decision-value', id: 'decision-value' }, ...Object.entries(v).flatMap(([k, x]) => [h('dt', {}, k), h('dd', {}, formatValue(x))]));
  } else if (v !== null && typeof v === 'object') {
    valueEl = h('pre', { class: 'decision-value', id: 'decision-value' }, JSON.stringify(v, null, 2));
  } else {
    valueEl = h('p', { class: 'decision-value', id: 'decision-value' }, formatValue(v));
  }
  result.replaceChildren(
    h('h3', {}, 'Decision'),
    valueEl,
    h('p', { class: 'hint' }, `Policy edition: ${decision.edition}`),
    h('h4', {}, 'Reasons'),
    decision.reasons.length
      ? h(
          'ol',
          { class: 'reasons' },
          ...decision.reasons.map((r) =>
            h('li', {}, h('p', {}, r.says), h('p', { class: 'cites' }, ...r.cites.flatMap((c, i) => [i > 0 ? '; ' : '', citationLine(c.id, c.ref)]))),
          ),
        )
      : h('p', {}, 'No reasons given.'),
  );
}

function submit(state: State, rule: RuleData, field: FormField, form: HTMLElement, summary: HTMLElement, result: HTMLElement): void {
  clearIssues(form, summary);
  result.replaceChildren();
  const def = RULES.byName(rule.name);
  if (def === undefined) {
    result.replaceChildren(h('p', { class: 'error-message' }, `The bundled library has no rule ${rule.name}: rebuild the explorer.`));
    return;
  }
  const containers: FieldContainers = new Map();
  const input = field.read('', containers);
  const policy = EDITIONS.find((e) => e.id === state.editionId);
  const r = evaluateRule(def, input ?? {}, { ...(policy ? { policy } : {}), calendar: { jurisdiction: state.jurisdiction } });
  if (!r.ok) {
    showIssues(r.issues, containers, form, summary);
    return;
  }
  renderDecision(r.value, result);
}

// ---------------------------------------------------------------- routing

function show(view: 'rules' | 'calendar' | 'assessment'): void {
  for (const v of ['rules', 'calendar', 'assessment']) {
    $(`${v}-view`).hidden = v !== view;
    const tab = document.querySelector(`a[data-view="${v}"]`);
    if (v === view) tab?.setAttribute('aria-current', 'page');
    else tab?.removeAttribute('aria-current');
  }
}

function route(state: State): void {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  if (hash === 'calendar') return show('calendar');
  if (hash === 'assessment') return show('assessment');
  show('rules');
  const m = /^rule\/(.+)$/.exec(hash);
  const rule = m ? state.data.rules.find((r) => r.name === m[1]) : undefined;
  if (rule) renderRule(state, rule);
  else {
    $('rule-detail').replaceChildren(
      h('h2', { class: 'rule-title' }, 'Choose a rule'),
      h('p', {}, `${state.data.rules.length} rules of ${state.data.library} ${state.data.version}. Pick one from the list, or search by catalogue id (LSC-03-066), word or parameter name.`),
    );
    document.title = 'dwp-rules explorer';
  }
}

function fillOptions(state: State): void {
  const edition = $<HTMLSelectElement>('edition');
  edition.replaceChildren(...state.data.editions.map((e) => h('option', { value: e.id }, e.id)));
  edition.value = state.editionId;
  const describe = () => {
    $('edition-hint').textContent = editionData(state)?.title ?? '';
  };
  describe();
  edition.addEventListener('change', () => {
    state.editionId = edition.value;
    describe();
    state.haystack = buildHaystack(state);
    renderList(state);
    route(state);
  });
  for (const id of ['jurisdiction', 'cal-jurisdiction']) {
    const sel = $<HTMLSelectElement>(id);
    sel.replaceChildren(...JURISDICTIONS.map((j) => h('option', { value: j }, jurisdictionName(j))));
  }
  const jur = $<HTMLSelectElement>('jurisdiction');
  jur.value = state.jurisdiction;
  jur.addEventListener('change', () => {
    state.jurisdiction = jur.value as Jurisdiction;
  });
}

function buildHaystack(state: State): Map<string, string> {
  const ed = editionData(state);
  return new Map(state.data.rules.map((r) => [r.name, searchText(r, state.catalogue ?? {}, ed)]));
}

async function start(): Promise<void> {
  // The page is usable as soon as data.json is in; the catalogue text follows.
  const catalogueLoad = loadJson<Catalogue>('catalogue.json', {});
  const data = await loadJson<ExplorerData>('data.json');
  const state: State = {
    data,
    catalogue: undefined,
    editionId: data.editions[0]?.id ?? 'current',
    jurisdiction: 'england-and-wales',
    haystack: new Map(),
  };
  state.haystack = buildHaystack(state);
  $('version').textContent = `${data.library} ${data.version}`;
  fillOptions(state);
  $('search').addEventListener('input', () => renderList(state));
  renderList(state);
  renderCalendarTool();
  window.addEventListener('hashchange', () => route(state));
  route(state);
  state.catalogue = await catalogueLoad;
  state.haystack = buildHaystack(state);
  renderList(state);
  const blocks = document.getElementById('catalogue-blocks');
  const shown = blocks ? state.data.rules.find((r) => r.name === blocks.dataset['rule']) : undefined;
  if (blocks && shown) fillCatalogue(state, shown, blocks);
  document.body.dataset['ready'] = 'true';
}

start().catch((e: unknown) => {
  const main = document.getElementById('main');
  main?.prepend(h('p', { class: 'error-message', role: 'alert' }, `The explorer could not start: ${e instanceof Error ? e.message : String(e)}`));
});

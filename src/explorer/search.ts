// Grouping and search over the rule list (pure: no DOM, so it is unit-tested in node).
import type { Catalogue, EditionData, ParameterData, RuleData } from './types.js';

/** A parameter of an edition with the group it belongs to. */
export interface GroupedParameter extends ParameterData {
  readonly group: string;
}

/**
 * The parameters of an edition that cite one of the rule's ids (how the page knows which
 * numbers a rule uses without reading its code).
 *
 * @example
 * parametersOfRule(rule, edition).map((p) => `${p.group}.${p.name}`);
 */
export function parametersOfRule(rule: RuleData, edition: EditionData | undefined): readonly GroupedParameter[] {
  if (edition === undefined) return [];
  const ids = new Set(rule.ids);
  const out: GroupedParameter[] = [];
  for (const g of edition.groups) for (const p of g.params) if (p.cites.some((c) => ids.has(c.id))) out.push({ ...p, group: g.group });
  return out;
}

/** The document a catalogue id belongs to, from its prefix. */
const DOCUMENTS: Readonly<Record<string, string>> = {
  LSC: 'Local Service Compliance guidance (01/15)',
  PRV: 'Provider guidance, generic chapter',
  CMG: 'Child Maintenance client contact',
  CRM: 'Complaint Resolution Manager guide',
  FOI: 'FOI request: Customer Compliance (earlier edition)',
};

/**
 * The heading a rule is listed under: its domain, then the catalogue chapter/part of its first id.
 *
 * @example
 * groupKey(rule); // { document: 'compliance — Local Service Compliance guidance (01/15)', section: 'Chapter 03 — …' }
 */
export function groupKey(rule: RuleData): { readonly document: string; readonly section: string } {
  const prefix = (rule.ids[0] ?? '').split('-')[0] ?? '';
  const doc = DOCUMENTS[prefix];
  return { document: doc ? `${rule.domain} — ${doc}` : rule.domain, section: rule.section || prefix || 'Other' };
}

/** Rules grouped by document then section, in registry order of first appearance. */
export function groupRules(rules: readonly RuleData[]): Map<string, Map<string, RuleData[]>> {
  const docs = new Map<string, Map<string, RuleData[]>>();
  for (const r of rules) {
    const k = groupKey(r);
    let sections = docs.get(k.document);
    if (!sections) docs.set(k.document, (sections = new Map()));
    const list = sections.get(k.section);
    if (list) list.push(r);
    else sections.set(k.section, [r]);
  }
  for (const sections of docs.values()) for (const list of sections.values()) list.sort((a, b) => (a.ids[0] ?? '').localeCompare(b.ids[0] ?? '', 'en', { numeric: true }));
  return docs;
}

/**
 * The lower-cased text a rule is searched in: name, title, domain, ids, citations, catalogue
 * entries of its ids, and the names, units and values of the parameters it uses.
 */
export function searchText(rule: RuleData, catalogue: Catalogue, edition: EditionData | undefined): string {
  const parts: string[] = [rule.name, rule.title, rule.domain, rule.section, ...rule.ids];
  for (const c of rule.citations) parts.push(c.id, c.ref);
  for (const id of rule.ids) {
    const e = catalogue[id];
    if (e) parts.push(e.title, e.text);
  }
  for (const p of parametersOfRule(rule, edition)) parts.push(p.name, p.group, p.unit, String(p.value));
  return parts.join('\n').toLowerCase();
}

/**
 * True when every word of the query occurs in the text (an empty query matches everything).
 *
 * @example
 * matches('foi-00a deadline', text);
 */
export function matches(query: string, text: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  return words.every((w) => text.includes(w));
}

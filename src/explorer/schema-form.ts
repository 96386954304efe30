/// <reference lib="dom" />
// Builds an HTML form from a rule's input JSON Schema (as z.toJSONSchema writes it) and reads the
// form back into a plain value for the validating entry point. Each field's container is recorded
// under its dotted path (`items.2.date`, as ValidationIssue.path names it) so issues can be shown
// next to the field they concern.
import { h, humanise, uid } from './dom.js';
import type { JsonSchema } from './types.js';

/** Paths → the element that wraps the field at that path (filled on each read). */
export type FieldContainers = Map<string, HTMLElement>;

/** One generated field: its element, and a reader returning the value (`undefined` = not given). */
export interface FormField {
  readonly element: HTMLElement;
  read(path: string, containers: FieldContainers): unknown;
}

/** The regular expression zod writes for the library's IsoDate schema. */
export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const NOT_GIVEN = '— not given —';

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; i < 20 && s.$ref !== undefined; i += 1) {
    const m = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(s.$ref);
    const target = m && m[1] !== undefined ? root.$defs?.[decodeURIComponent(m[1])] : s.$ref === '#' ? root : undefined;
    if (target === undefined) return {};
    s = target;
  }
  if (s.allOf !== undefined && s.allOf.length > 0 && s.properties === undefined) {
    // Intersections of objects: merge their properties and required lists.
    const parts = s.allOf.map((p) => resolve(p, root));
    if (parts.every((p) => primaryType(p) === 'object')) {
      return {
        type: 'object',
        properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
        required: parts.flatMap((p) => p.required ?? []),
      };
    }
    return parts[0] ?? {};
  }
  return s;
}

function primaryType(s: JsonSchema): string | undefined {
  if (Array.isArray(s.type)) return (s.type as readonly string[]).find((t) => t !== 'null');
  if (typeof s.type === 'string') return s.type;
  if (s.properties !== undefined) return 'object';
  if (s.items !== undefined) return 'array';
  return undefined;
}

function variantsOf(s: JsonSchema): readonly JsonSchema[] | undefined {
  return s.oneOf ?? s.anyOf;
}

/** A short name for a union member: its constant discriminator if it has one, else its type. */
function variantLabel(v: JsonSchema, root: JsonSchema, i: number): string {
  const r = resolve(v, root);
  if (r.const !== undefined) return String(r.const);
  for (const [k, p] of Object.entries(r.properties ?? {})) {
    const pr = resolve(p, root);
    if (pr.const !== undefined) return `${humanise(k)}: ${String(pr.const)}`;
  }
  const t = primaryType(r);
  if (t === 'null') return 'none';
  return `Option ${i + 1}${t ? ` (${t})` : ''}`;
}

function wrap(path: string, containers: FieldContainers, el: HTMLElement): void {
  containers.set(path, el);
}

const join = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);

function hintFor(name: string, s: JsonSchema): string | undefined {
  const parts: string[] = [];
  if (s.description) parts.push(s.description);
  if (s.pattern === ISO_DATE_PATTERN) parts.push('A date (YYYY-MM-DD).');
  if (/pence/i.test(name)) parts.push('An amount in pence (£65.00 = 6500).');
  return parts.length ? parts.join(' ') : undefined;
}

/**
 * Builds a field for a schema node.
 *
 * @example
 * const f = buildField(rule.schema, '', 'Input', true, rule.schema);
 * form.append(f.element); const value = f.read('', new Map());
 */
export function buildField(schema: JsonSchema, name: string, label: string, required: boolean, root: JsonSchema): FormField {
  const s = resolve(schema, root);
  const variants = variantsOf(s);
  if (variants !== undefined && variants.length > 0) {
    const nonNull = variants.filter((v) => primaryType(resolve(v, root)) !== 'null');
    if (nonNull.length === 1 && variants.length === 2) return nullableField(nonNull[0]!, name, label, required, root);
    return unionField(variants, name, label, required, root);
  }
  if (s.const !== undefined) return constField(s.const, label);
  if (s.enum !== undefined) return enumField(s, name, label, required);
  const t = primaryType(s);
  switch (t) {
    case 'object':
      return objectField(s, name, label, required, root);
    case 'array':
      return arrayField(s, name, label, required, root);
    case 'boolean':
      return booleanField(s, name, label, required);
    case 'integer':
    case 'number':
      return numberField(s, name, label, required, t === 'integer');
    case 'string':
      return stringField(s, name, label, required);
    default:
      return jsonField(s, name, label, required);
  }
}

function labelled(name: string, label: string, s: JsonSchema, control: HTMLElement & { id: string }, optionalNote: boolean): HTMLElement {
  const hint = hintFor(name, s);
  const hintId = hint ? `${control.id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { class: 'label', for: control.id }, label, optionalNote ? h('span', { class: 'optional' }, ' (optional)') : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
  );
}

function constField(value: unknown, label: string): FormField {
  const element = h('div', { class: 'field const' }, h('span', { class: 'label' }, label), ' ', h('code', {}, JSON.stringify(value)));
  return { element, read: (path, c) => (wrap(path, c, element), value) };
}

function enumField(s: JsonSchema, name: string, label: string, required: boolean): FormField {
  const values = s.enum ?? [];
  const select = h('select', { id: uid(name || 'choice'), class: 'select', name });
  select.append(h('option', { value: '' }, required ? '— choose —' : NOT_GIVEN));
  values.forEach((v, i) => select.append(h('option', { value: String(i) }, String(v))));
  if (s.default !== undefined) {
    const i = values.indexOf(s.default);
    if (i >= 0) select.value = String(i);
  }
  const element = labelled(name, label, s, select, !required);
  return {
    element,
    read(path, c) {
      wrap(path, c, element);
      return select.value === '' ? undefined : values[Number(select.value)];
    },
  };
}

function booleanField(s: JsonSchema, name: string, label: string, required: boolean): FormField {
  if (required) {
    const box = h('input', { type: 'checkbox', id: uid(name || 'flag'), class: 'checkbox', name });
    box.checked = s.default === true;
    const hint = hintFor(name, s);
    if (hint) box.setAttribute('aria-describedby', `${box.id}-hint`);
    const element = h(
      'div',
      { class: 'field checkbox-field' },
      box,
      h('label', { for: box.id }, label),
      hint ? h('p', { class: 'hint', id: `${box.id}-hint` }, hint) : null,
    );
    return { element, read: (path, c) => (wrap(path, c, element), box.checked) };
  }
  const select = h('select', { id: uid(name || 'flag'), class: 'select', name });
  select.append(h('option', { value: '' }, NOT_GIVEN), h('option', { value: 'true' }, 'Yes'), h('option', { value: 'false' }, 'No'));
  if (typeof s.default === 'boolean') select.value = String(s.default);
  const element = labelled(name, label, s, select, true);
  return {
    element,
    read(path, c) {
      wrap(path, c, element);
      return select.value === '' ? undefined : select.value === 'true';
    },
  };
}

function numberField(s: JsonSchema, name: string, label: string, required: boolean, integer: boolean): FormField {
  const input = h('input', {
    type: 'number',
    id: uid(name || 'number'),
    class: 'input input-number',
    name,
    step: integer ? 1 : 'any',
    inputmode: integer ? 'numeric' : 'decimal',
    min: s.minimum !== undefined && Math.abs(s.minimum) < 1e15 ? s.minimum : undefined,
  });
  if (typeof s.default === 'number') input.value = String(s.default);
  const element = labelled(name, label, s, input, !required);
  return {
    element,
    read(path, c) {
      wrap(path, c, element);
      return input.value === '' ? undefined : Number(input.value);
    },
  };
}

function stringField(s: JsonSchema, name: string, label: string, required: boolean): FormField {
  const isDate = s.pattern === ISO_DATE_PATTERN || s.format === 'date';
  const input = h('input', { type: isDate ? 'date' : 'text', id: uid(name || 'text'), class: isDate ? 'input input-date' : 'input', name });
  if (typeof s.default === 'string') input.value = s.default;
  const element = labelled(name, label, s, input, !required);
  return {
    element,
    read(path, c) {
      wrap(path, c, element);
      return input.value === '' ? undefined : input.value;
    },
  };
}

function jsonField(s: JsonSchema, name: string, label: string, required: boolean): FormField {
  const area = h('textarea', { id: uid(name || 'json'), class: 'textarea', name, rows: 3, spellcheck: false });
  if (s.default !== undefined) area.value = JSON.stringify(s.default);
  const element = labelled(name, `${label} (JSON)`, s, area, !required);
  return {
    element,
    read(path, c) {
      wrap(path, c, element);
      const text = area.value.trim();
      if (text === '') return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
  };
}

function objectField(s: JsonSchema, name: string, label: string, required: boolean, root: JsonSchema): FormField {
  const req = new Set(s.required ?? []);
  const fields = Object.entries(s.properties ?? {}).map(([key, prop]) => ({
    key,
    field: buildField(prop, key, humanise(key), req.has(key), root),
  }));
  const isRoot = name === '';
  const body = h('div', { class: 'fields' }, ...fields.map((f) => f.field.element));
  let include: HTMLInputElement | undefined;
  let element: HTMLElement;
  if (isRoot) {
    element = h('div', { class: 'object-root' }, body);
  } else {
    if (!required) {
      include = h('input', { type: 'checkbox', id: uid(`${name}-include`), class: 'checkbox' });
      include.checked = false;
      body.hidden = true;
      const box = include;
      include.addEventListener('change', () => {
        body.hidden = !box.checked;
      });
    }
    element = h(
      'fieldset',
      { class: 'fieldset' },
      label === '' ? null : h('legend', { class: 'legend' }, label),
      include ? h('div', { class: 'checkbox-field' }, include, h('label', { for: include.id }, `Give ${label.toLowerCase()}`)) : null,
      body,
    );
  }
  return {
    element,
    read(path, c) {
      wrap(path, c, element);
      if (include && !include.checked) return undefined;
      const out: Record<string, unknown> = {};
      for (const { key, field } of fields) {
        const v = field.read(join(path, key), c);
        if (v !== undefined) out[key] = v;
      }
      return out;
    },
  };
}

function arrayField(s: JsonSchema, name: string, label: string, required: boolean, root: JsonSchema): FormField {
  const itemSchema = s.items ?? {};
  const list = h('ol', { class: 'array-items' });
  const items: { li: HTMLLIElement; field: FormField }[] = [];
  const add = h('button', { type: 'button', class: 'button button-secondary' }, `Add ${label.toLowerCase()} item`);
  const renumber = () =>
    items.forEach((it, i) => {
      const legend = it.li.querySelector('.item-number');
      if (legend) legend.textContent = `${label} item ${i + 1}`;
    });
  add.addEventListener('click', () => {
    // Object items are already headed by their number, so their own fieldset gets no legend.
    const isObject = primaryType(resolve(itemSchema, root)) === 'object';
    const field = buildField(itemSchema, `${name}-item`, isObject ? '' : `${label} item`, true, root);
    const remove = h('button', { type: 'button', class: 'button button-link' }, 'Remove');
    const li = h('li', { class: 'array-item' }, h('p', { class: 'item-number' }), field.element, remove);
    const entry = { li, field };
    remove.addEventListener('click', () => {
      items.splice(items.indexOf(entry), 1);
      li.remove();
      renumber();
      add.focus();
    });
    items.push(entry);
    list.append(li);
    renumber();
    li.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });
  const hint = hintFor(name, s);
  const element = h(
    'fieldset',
    { class: 'fieldset' },
    h('legend', { class: 'legend' }, label, required ? null : h('span', { class: 'optional' }, ' (optional)')),
    hint ? h('p', { class: 'hint' }, hint) : null,
    list,
    add,
  );
  return {
    element,
    read(path, c) {
      wrap(path, c, element);
      const values = items.map((it, i) => it.field.read(join(path, i), c));
      return values.length === 0 && !required ? undefined : values;
    },
  };
}

/**
 * `X | null`: the field of X, shown as optional; left empty it is omitted, or `null` when the
 * property is required (a required nullable field).
 */
function nullableField(inner: JsonSchema, name: string, label: string, required: boolean, root: JsonSchema): FormField {
  const field = buildField(inner, name, label, false, root);
  return {
    element: field.element,
    read(path, c) {
      const v = field.read(path, c);
      return v === undefined && required ? null : v;
    },
  };
}

function unionField(variants: readonly JsonSchema[], name: string, label: string, required: boolean, root: JsonSchema): FormField {
  const select = h('select', { id: uid(`${name || 'input'}-variant`), class: 'select' });
  if (!required) select.append(h('option', { value: '' }, NOT_GIVEN));
  variants.forEach((v, i) => select.append(h('option', { value: String(i) }, variantLabel(v, root, i))));
  const slot = h('div', { class: 'variant' });
  let current: FormField | undefined;
  const render = () => {
    slot.replaceChildren();
    current = undefined;
    if (select.value === '') return;
    const v = variants[Number(select.value)];
    if (v === undefined) return;
    // The variant keeps the union's name so its fields sit at the same path.
    current = buildField(v, name, label, true, root);
    slot.append(current.element);
  };
  select.addEventListener('change', render);
  render();
  const element = h(
    'div',
    { class: 'field union' },
    h('label', { class: 'label', for: select.id }, name === '' ? 'Kind of case' : `${label}: kind`),
    select,
    slot,
  );
  return {
    element,
    read(path, c) {
      wrap(path, c, element);
      return current === undefined ? undefined : current.read(path, c);
    },
  };
}

// Shapes of the JSON files the build script writes beside the page (docs/explorer/*.json).

/** A JSON Schema node as produced by `z.toJSONSchema` (only the keywords the form reads). */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly default?: unknown;
  readonly description?: string;
  readonly title?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

export interface CitationData {
  readonly id: string;
  readonly ref: string;
}

/** One registered rule, as data.json lists it. */
export interface RuleData {
  readonly name: string;
  readonly domain: string;
  readonly title: string;
  readonly ids: readonly string[];
  readonly citations: readonly CitationData[];
  /** The catalogue section (chapter or part) of the rule's first id; `''` when unknown. */
  readonly section: string;
  readonly schema: JsonSchema;
}

export interface ParameterData {
  readonly name: string;
  readonly value: unknown;
  readonly unit: string;
  readonly cites: readonly CitationData[];
  readonly note?: string;
}

export interface EditionData {
  readonly id: string;
  readonly title: string;
  readonly sources: readonly string[];
  readonly groups: readonly { readonly group: string; readonly params: readonly ParameterData[] }[];
}

export interface ExplorerData {
  readonly library: string;
  readonly version: string;
  readonly catalogueAvailable: boolean;
  readonly rules: readonly RuleData[];
  readonly editions: readonly EditionData[];
}

/** One catalogue entry (catalogue.json maps id → entry). */
export interface CatalogueEntry {
  readonly title: string;
  readonly section: string;
  readonly source: string;
  readonly text: string;
}
export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

import { isFrozenData, notCacheable, viaStringify } from './decision-json.js';

// A UTF-8 JSON writer for high-volume output (dwp-rules eval writes a million assessments): it
// appends straight into a byte buffer, so no intermediate strings are built, joined or
// re-encoded, and the bytes of every deeply frozen reason or citation are encoded once and then
// copied. `json(x)` writes exactly the UTF-8 bytes of `JSON.stringify(x)` (same rules as
// jsonWithDecisions in decision-json.ts). Uses only Uint8Array and TextEncoder: browser-safe.

const bytesCache = new WeakMap<object, Uint8Array>();
const encoder = new TextEncoder();
const OBJECT_PROTO = Object.prototype;
const ARRAY_PROTO = Array.prototype;
const quote = JSON.stringify as (s: string) => string;
/**
 * `"key":` as UTF-8, per property name seen: an assessment's property names repeat (a few hundred
 * distinct ones). Bounded: at most 4096 names of at most 64 characters are kept.
 */
const keyCache = new Map<string, Uint8Array>();
const KEY_CACHE_LIMIT = 4096;
const KEY_CACHE_MAX_LENGTH = 64;
const SKIP = 0;
const INLINE = 1;

/**
 * Appends JSON to a growing UTF-8 buffer; {@link JsonBytesWriter.take} hands the bytes over and
 * starts a fresh buffer (so handed-over bytes are never overwritten, e.g. while a stream holds them).
 *
 * @example
 * const w = new JsonBytesWriter();
 * w.raw('{"line":'); w.raw(String(7)); w.raw(',"assessment":'); w.json(assessment); w.raw('}\n');
 * process.stdout.write(w.take());
 */
export class JsonBytesWriter {
  private buf: Uint8Array;
  private pos = 0;
  private readonly stack: object[] = [];

  /**
   * @param initialSize bytes of each fresh buffer (it grows for a longer text).
   * @param allocate makes a buffer; its contents need not be zeroed (in Node,
   *   `(n) => Buffer.allocUnsafe(n)` saves clearing every buffer).
   */
  constructor(
    private readonly initialSize = 64 * 1024,
    private readonly allocate: (size: number) => Uint8Array = (size) => new Uint8Array(size),
  ) {
    this.buf = allocate(initialSize);
  }

  /** Bytes written since the last {@link take}. */
  get length(): number {
    return this.pos;
  }

  /** The bytes written since the last take (a view of a buffer the writer will not touch again). */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.pos);
    this.buf = this.allocate(this.initialSize);
    this.pos = 0;
    return out;
  }

  /** Drops what was written after `length` (a value of {@link length} read earlier, since the last take). */
  rewind(length: number): void {
    if (length >= 0 && length <= this.pos) this.pos = length;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = this.allocate(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  /** Appends text that is already JSON (any Unicode; encoded as UTF-8). */
  raw(text: string): void {
    const n = text.length;
    this.ensure(n);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > 127) {
        this.pos = p;
        this.utf8(text.slice(i));
        return;
      }
      b[p++] = c;
    }
    this.pos = p;
  }

  private utf8(text: string): void {
    this.ensure(text.length * 3);
    this.pos += encoder.encodeInto(text, this.buf.subarray(this.pos)).written;
  }

  private byte(c: number): void {
    if (this.pos >= this.buf.length) this.ensure(1);
    this.buf[this.pos++] = c;
  }

  /** Writes `"k":`, from the key cache when the name was seen before. */
  private key(k: string): void {
    let b = keyCache.get(k);
    if (b === undefined) {
      const start = this.pos;
      this.string(k);
      this.byte(58); // :
      if (keyCache.size >= KEY_CACHE_LIMIT || k.length > KEY_CACHE_MAX_LENGTH) return;
      b = this.buf.slice(start, this.pos);
      keyCache.set(k, b);
      return;
    }
    this.bytes(b);
  }

  private bytes(x: Uint8Array): void {
    this.ensure(x.length);
    this.buf.set(x, this.pos);
    this.pos += x.length;
  }

  /** Appends `JSON.stringify(s)` for a string. */
  string(s: string): void {
    const n = s.length;
    this.ensure(n + 2);
    const b = this.buf;
    const start = this.pos;
    let p = start;
    b[p++] = 34;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 32 || c > 126 || c === 34 || c === 92) {
        this.pos = start;
        this.utf8(quote(s));
        return;
      }
      b[p++] = c;
    }
    b[p++] = 34;
    this.pos = p;
  }

  /**
   * Appends the UTF-8 bytes of `JSON.stringify(value)`. Returns false (and writes nothing) where
   * JSON.stringify returns undefined; throws where it throws (a cycle, a BigInt), writing nothing.
   */
  json(value: unknown): boolean {
    const start = this.pos;
    try {
      const kind = this.prepare(value, '');
      if (kind === SKIP) return false;
      this.put(kind, value);
      return true;
    } catch (e) {
      this.pos = start;
      this.stack.length = 0;
      throw e;
    }
  }

  /**
   * SKIP (nothing to write), INLINE (plain data: write it with inline()), the cached bytes of a
   * frozen object, or the JSON text (from JSON.stringify, for what is not plain data).
   */
  private prepare(v: unknown, key: string | number): typeof SKIP | typeof INLINE | Uint8Array | string {
    switch (typeof v) {
      case 'string':
      case 'number':
      case 'boolean':
        return INLINE;
      case 'undefined':
      case 'symbol':
        return SKIP;
      case 'object': {
        if (v === null) return INLINE;
        const hit = bytesCache.get(v);
        if (hit !== undefined) return hit;
        const proto = Object.getPrototypeOf(v) as unknown;
        const plain = Array.isArray(v) ? proto === ARRAY_PROTO : proto === OBJECT_PROTO || proto === null;
        if (plain && typeof (v as { toJSON?: unknown }).toJSON !== 'function') return INLINE;
        return viaStringify('' + key, v) ?? SKIP;
      }
      default:
        return viaStringify('' + key, v) ?? SKIP;
    }
  }

  /** Writes a value that {@link prepare} found writable (`kind` is not SKIP). */
  private put(kind: typeof INLINE | Uint8Array | string, v: unknown): void {
    if (kind === INLINE) this.inline(v as object | string | number | boolean | null);
    else if (typeof kind === 'string') this.raw(kind);
    else this.bytes(kind);
  }

  private inline(v: object | string | number | boolean | null): void {
    switch (typeof v) {
      case 'string':
        this.string(v);
        return;
      case 'number':
        this.raw(Number.isFinite(v) ? '' + v : 'null');
        return;
      case 'boolean':
        this.raw(v ? 'true' : 'false');
        return;
    }
    if (v === null) {
      this.raw('null');
      return;
    }
    const stack = this.stack;
    for (let i = 0; i < stack.length; i++) {
      if (stack[i] === v) throw new TypeError('Converting circular structure to JSON');
    }
    stack.push(v);
    const start = this.pos;
    if (Array.isArray(v)) {
      this.byte(91); // [
      for (let i = 0; i < v.length; i++) {
        if (i > 0) this.byte(44); // ,
        const x: unknown = v[i];
        const kind = this.prepare(x, i);
        if (kind === SKIP) this.raw('null');
        else this.put(kind, x);
      }
      this.byte(93); // ]
    } else {
      this.byte(123); // {
      const keys = Object.keys(v);
      let first = true;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const x = (v as Record<string, unknown>)[k];
        const kind = this.prepare(x, k);
        if (kind === SKIP) continue;
        if (first) first = false;
        else this.byte(44); // ,
        this.key(k);
        this.put(kind, x);
      }
      this.byte(125); // }
    }
    stack.pop();
    if (Object.isFrozen(v) && !notCacheable.has(v)) {
      if (isFrozenData(v, 0)) bytesCache.set(v, this.buf.slice(start, this.pos));
      else notCacheable.add(v);
    }
  }
}

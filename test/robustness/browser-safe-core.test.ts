// Issue 7 item 5: the core (everything but src/cli/) imports no Node built-in and reads no
// Node-only global, so the library runs in a browser. src/cli/ is the Node-only command line.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcRoot = fileURLToPath(new URL('../../src', import.meta.url));
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function coreFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (p !== join(srcRoot, 'cli')) coreFiles(p, out);
    } else if (/\.[cm]?[jt]s$/.test(name)) out.push(p);
  }
  return out;
}

/** Module specifiers of static imports, re-exports and dynamic imports/requires in a file. */
function specifiersOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm)) {
    out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  return out;
}

describe('the core is browser-safe', () => {
  const files = coreFiles(srcRoot);

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports no Node built-in module outside src/cli/', () => {
    const offenders = files.flatMap((f) => specifiersOf(readFileSync(f, 'utf8')).filter((s) => BUILTINS.has(s)).map((s) => `${relative(srcRoot, f)}: ${s}`));
    expect(offenders).toEqual([]);
  });

  it('reads no Node-only global (process, Buffer, __dirname, require) outside src/cli/', () => {
    const offenders = files.flatMap((f) => {
      const code = readFileSync(f, 'utf8')
        .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''") // string contents
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      return [...code.matchAll(/(?<![.\w$])(process\.|Buffer\.|__dirname|__filename|require\()/g)].map((m) => `${relative(srcRoot, f)}: ${m[1]}`);
    });
    expect(offenders).toEqual([]);
  });

  it('the scanners see a built-in import (so the checks can fail)', () => {
    expect(specifiersOf("import { readFileSync } from 'node:fs';\nexport * from 'fs';").filter((s) => BUILTINS.has(s))).toEqual(['node:fs', 'fs']);
  });
});

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `.json` files named by the arguments: files as given, folders searched recursively,
 * each folder's files in sorted order. A path that does not exist is returned in `missing`.
 *
 * @example
 * collectJsonFiles(['test/scenarios']); // { files: ['test/scenarios/calendar/christmas.json', …], missing: [] }
 */
export function collectJsonFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) files.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

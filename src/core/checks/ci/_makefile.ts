/** The rules of a repository's root Makefile, as far as stackgate reads them: targets, prerequisites and recipe lines. */

export interface MakeRule {
  prerequisites: string[];
  /** Recipe lines, without their leading tab. */
  recipe: string[];
}

export interface Makefile {
  rules: Map<string, MakeRule>;
  /** The default goal: the first target not starting with a dot. */
  first?: string;
}

/** The root Makefile (Makefile, makefile or GNUmakefile), parsed; undefined when there is none. */
export function rootMakefile(read: (file: string) => string | undefined): Makefile | undefined {
  const text = read('Makefile') ?? read('makefile') ?? read('GNUmakefile');
  return text === undefined ? undefined : parseMakefile(text);
}

/** Rules `target [target...]: prerequisites` and their tab-indented recipes; a target named twice gathers both. */
export function parseMakefile(text: string): Makefile {
  const rules = new Map<string, MakeRule>();
  let first: string | undefined;
  let current: MakeRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('\t')) {
      for (const rule of current) rule.recipe.push(line.slice(1));
      continue;
    }
    const rule = /^([A-Za-z_][\w./-]*(?:\s+[A-Za-z_][\w./-]*)*)\s*:(?!=)([^#]*)/.exec(line);
    if (!rule) {
      if (line.trim() && !line.trim().startsWith('#')) current = [];
      continue;
    }
    const prerequisites = rule[2].split(/\s+/).filter(Boolean);
    current = rule[1].split(/\s+/).map((target) => {
      const entry = rules.get(target) ?? { prerequisites: [], recipe: [] };
      entry.prerequisites.push(...prerequisites);
      rules.set(target, entry);
      if (first === undefined && !target.startsWith('.')) first = target;
      return entry;
    });
  }
  return { rules, first };
}

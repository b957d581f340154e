/** Build stages of a Dockerfile, which of them ship in the final image, and instruction locations. */
import { Run, type Dockerfile, type From, type Instruction } from 'dockerfile-ast';
import type { Loc } from '../../source/yaml-tree';

export interface Stage {
  index: number;
  from: From;
  /** `AS <name>`, lower-cased (stage names are case-insensitive). */
  name?: string;
  /** The instructions of the stage after its FROM. */
  instructions: Instruction[];
}

export function stagesOf(dockerfile: Dockerfile): Stage[] {
  const froms = dockerfile.getFROMs();
  const instructions = dockerfile.getInstructions();
  return froms.map((from, index) => {
    const start = from.getRange().start.line;
    const end = froms[index + 1]?.getRange().start.line ?? Number.POSITIVE_INFINITY;
    const name = from.getBuildStage();
    return {
      index,
      from,
      name: name ? name.toLowerCase() : undefined,
      instructions: instructions.filter((i) => {
        const line = i.getRange().start.line;
        return line > start && line < end;
      }),
    };
  });
}

/** The stage a FROM builds on when it names an earlier stage (`FROM build`), else undefined. */
export function parentStage(stages: readonly Stage[], stage: Stage): Stage | undefined {
  const image = stage.from.getImage()?.toLowerCase();
  if (!image) return undefined;
  return stages.slice(0, stage.index).find((s) => s.name === image);
}

/** Whether a FROM refers to an earlier build stage rather than an image. */
export function isStageReference(stages: readonly Stage[], stage: Stage): boolean {
  return parentStage(stages, stage) !== undefined;
}

/** The final stage and the stages it is built FROM: their layers end up in the shipped image. */
export function shippedStages(stages: readonly Stage[]): Stage[] {
  const out: Stage[] = [];
  let cur: Stage | undefined = stages[stages.length - 1];
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = parentStage(stages, cur);
  }
  return out;
}

export function locOf(file: string, instruction: Instruction): Loc {
  const r = instruction.getRange();
  return { file, line: r.start.line + 1, column: r.start.character + 1 };
}

export function runInstructions(instructions: readonly Instruction[]): Run[] {
  return instructions.filter((i): i is Run => i instanceof Run);
}

/** Whether a RUN mounts a BuildKit cache (or tmpfs) over a path starting with one of the prefixes. */
export function hasCacheMount(run: Run, prefixes: readonly string[]): boolean {
  return run.getFlags().some((f) => {
    if (f.getName() !== 'mount') return false;
    const value = f.getValue() ?? '';
    const opts = Object.fromEntries(
      value.split(',').map((kv) => {
        const eq = kv.indexOf('=');
        return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
      }),
    );
    if (opts.type !== 'cache' && opts.type !== 'tmpfs') return false;
    const target = opts.target ?? opts.dst ?? opts.destination ?? '';
    return prefixes.some((p) => target === p || target.startsWith(p.endsWith('/') ? p : `${p}/`) || p.startsWith(`${target}/`));
  });
}

/** Unquoted value of a scalar argument such as a WORKDIR path. */
export function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

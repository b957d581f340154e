/** Sources and flags of ADD/COPY instructions, in shell and JSON form. */
import { JSONInstruction, ModifiableInstruction, type Instruction } from 'dockerfile-ast';

export interface AddSpec {
  sources: string[];
  destination?: string;
  flags: Map<string, string | null>;
  /** Uses a heredoc (`ADD <<EOF /path`): no sources on disk. */
  isHeredoc: boolean;
}

export function addSpecOf(instruction: Instruction): AddSpec {
  const flags = new Map<string, string | null>();
  if (instruction instanceof ModifiableInstruction) for (const f of instruction.getFlags()) flags.set(f.getName(), f.getValue());
  let args: string[];
  if (instruction instanceof JSONInstruction && instruction.getOpeningBracket() && instruction.getClosingBracket()) {
    args = instruction.getJSONStrings().map((s) => {
      try {
        const v: unknown = JSON.parse(s.getValue());
        return typeof v === 'string' ? v : s.getValue();
      } catch {
        return s.getValue().replace(/^"|"$/g, '');
      }
    });
  } else {
    args = instruction.getArguments().map((a) => a.getValue());
  }
  const isHeredoc = args.some((a) => a.startsWith('<<'));
  return { sources: args.slice(0, -1), destination: args[args.length - 1], flags, isHeredoc };
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export function isGitSource(source: string): boolean {
  return /^git@|^git:\/\/|\.git(#.*)?$|^https?:\/\/[^#]+\.git\b/i.test(source);
}

/** Local archives ADD extracts (the one thing ADD does that COPY does not). */
export function isArchive(source: string): boolean {
  return /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tar\.lzma|tlz)$/i.test(source);
}

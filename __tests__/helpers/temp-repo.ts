/** A throw-away repository on disk for tests that need real files. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempRepo {
  root: string;
  write(file: string, content: string | Buffer): string;
  cleanup(): void;
}

export function tempRepo(files: Record<string, string> = {}): TempRepo {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-repo-')));
  const write = (file: string, content: string | Buffer): string => {
    const abs = path.join(root, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
    return abs;
  };
  for (const [f, c] of Object.entries(files)) write(f, c);
  return { root, write, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

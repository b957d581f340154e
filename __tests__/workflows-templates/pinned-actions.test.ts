/**
 * Every action that action.yml and the workflow templates use, other than stackgate's own, is
 * pinned by a full commit SHA with its release in a comment, and that release is the one recorded
 * here: the current node24 release of each (GitHub warns on node20 actions).
 *
 * Each row was checked against the action's repository: `git rev-list -n1 <tag>` gives the SHA, and
 * that commit's action.yml (upload-sarif/action.yml for codeql-action) says `using: node24`.
 * To move a pin, check the new release the same way, then change the row and the files together.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const ROOT = path.join(__dirname, '../..');

const PINNED: Record<string, { version: string; sha: string }> = {
  'actions/checkout': { version: 'v7.0.1', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1' },
  'actions/upload-artifact': { version: 'v7.0.0', sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f' },
  'actions/download-artifact': { version: 'v8.0.1', sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c' },
  'github/codeql-action/upload-sarif': { version: 'v4.36.2', sha: '8aad20d150bbac5944a9f9d289da16a4b0d87c1e' },
};

const FILES = [
  'action.yml',
  ...fs
    .readdirSync(path.join(ROOT, 'workflows-templates'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `workflows-templates/${f}`),
];

interface Use {
  file: string;
  line: number;
  action: string;
  ref: string;
  comment: string;
}

/** The `uses:` lines of a file as written (YAML parsing would drop the version comments). */
function usesOf(file: string): Use[] {
  const out: Use[] = [];
  fs.readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /^\s*(?:-\s+)?uses:\s*([^@\s]+)@(\S+)(?:\s+#\s*(.*))?$/.exec(text);
      if (m) out.push({ file, line: i + 1, action: m[1], ref: m[2], comment: (m[3] ?? '').trim() });
    });
  return out;
}

const uses = FILES.flatMap(usesOf);
const thirdParty = uses.filter((u) => !u.action.startsWith('stackgate/stackgate'));

it('finds the uses: lines (the parser agrees with YAML)', () => {
  const parsed = FILES.flatMap((file) => {
    const doc = YAML.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as {
      runs?: { steps?: { uses?: string }[] };
      jobs?: Record<string, { steps?: { uses?: string }[] }>;
    };
    const steps = [...(doc.runs?.steps ?? []), ...Object.values(doc.jobs ?? {}).flatMap((j) => j.steps ?? [])];
    return steps.filter((s) => s.uses).map((s) => s.uses);
  });
  expect(uses.map((u) => `${u.action}@${u.ref}`).sort()).toEqual([...parsed].sort());
  expect(new Set(thirdParty.map((u) => u.action))).toEqual(new Set(Object.keys(PINNED)));
});

it('pins every action other than stackgate by a full commit SHA with its release in a comment', () => {
  const loose = thirdParty.filter((u) => !/^[0-9a-f]{40}$/.test(u.ref) || !/^v\d+\.\d+\.\d+$/.test(u.comment));
  expect(loose.map((u) => `${u.file}:${u.line}: ${u.action}@${u.ref} # ${u.comment}`)).toEqual([]);
});

it('pins the recorded node24 release of each action', () => {
  const wrong = thirdParty.filter((u) => PINNED[u.action]?.sha !== u.ref || PINNED[u.action]?.version !== u.comment);
  expect(wrong.map((u) => `${u.file}:${u.line}: ${u.action}@${u.ref} # ${u.comment}`)).toEqual([]);
});

it('runs every JavaScript action of this repository on node24', () => {
  const dirs = fs.readdirSync(path.join(ROOT, 'actions'));
  expect(dirs.length).toBeGreaterThan(0);
  for (const dir of dirs) {
    const action = YAML.parse(fs.readFileSync(path.join(ROOT, 'actions', dir, 'action.yml'), 'utf8')) as { runs: { using: string } };
    expect(`${dir}: ${action.runs.using}`).toBe(`${dir}: node24`);
  }
});

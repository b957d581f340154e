/**
 * The metadata GitHub and the Marketplace read from each action.yml: a name, a description that
 * fits the Marketplace's 125 characters, an author and branding, and a description for every input
 * and output.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const ROOT = path.join(__dirname, '../..');
const FILES = ['action.yml', ...fs.readdirSync(path.join(ROOT, 'actions')).map((d) => `actions/${d}/action.yml`)];

interface ActionFile {
  name?: string;
  description?: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
}

describe.each(FILES)('%s', (file) => {
  const action = YAML.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as ActionFile;

  it('has a name, an author and branding', () => {
    expect(action.name).toMatch(/^stackgate/);
    expect(action.author).toBe('stackgate');
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it('has a description of at most 125 characters (the Marketplace cuts longer ones)', () => {
    expect(typeof action.description).toBe('string');
    expect(action.description!.trim().length).toBeGreaterThan(20);
    expect(action.description!.length).toBeLessThanOrEqual(125);
  });

  it('describes every input and output', () => {
    const undescribed = [...Object.entries(action.inputs ?? {}), ...Object.entries(action.outputs ?? {})]
      .filter(([, v]) => !v.description?.trim())
      .map(([k]) => k);
    expect(undescribed).toEqual([]);
  });
});

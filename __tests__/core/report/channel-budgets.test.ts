import type { Finding, Severity } from '../../../src/core/findings';
import { selectMostSevere } from '../../../src/core/report/channel-budgets';

const finding = (file: string, line: number, severity: Severity): Finding => ({ file, line, column: 1, checkId: `x/${severity}`, severity, category: 'security', message: `${severity} at ${file}:${line}` });
const at = (f: Finding) => `${f.severity} ${f.file}:${f.line}`;

describe('selectMostSevere', () => {
  const findings = [finding('b.yml', 9, 'info'), finding('a.yml', 2, 'warning'), finding('a.yml', 1, 'error'), finding('c.yml', 1, 'warning'), finding('a.yml', 3, 'info')];

  it('without change ranks: errors, warnings, info, each in file order; the rest counted', () => {
    const { shown, omitted } = selectMostSevere(findings, 3);
    expect(shown.map(at)).toEqual(['error a.yml:1', 'warning a.yml:2', 'warning c.yml:1']);
    expect(omitted).toBe(2);
  });

  it('a changed line first, then a changed file, then the rest, whatever their severity', () => {
    // a.yml:3 is on a changed line, b.yml is a changed file.
    const rank = (f: Finding) => (f.file === 'a.yml' && f.line === 3 ? 2 : f.file === 'b.yml' ? 1 : 0);
    const { shown } = selectMostSevere(findings, 5, rank);
    expect(shown.map(at)).toEqual(['info a.yml:3', 'info b.yml:9', 'error a.yml:1', 'warning a.yml:2', 'warning c.yml:1']);
  });

  it('a limit of 0 shows nothing and counts everything; a limit above the count shows all', () => {
    expect(selectMostSevere(findings, 0)).toEqual({ shown: [], omitted: 5 });
    expect(selectMostSevere(findings, 99).omitted).toBe(0);
    expect(selectMostSevere(findings, 99).shown).toHaveLength(5);
  });

  it('does not reorder its input', () => {
    const copy = [...findings];
    selectMostSevere(findings, 2);
    expect(findings).toEqual(copy);
  });
});

import type { Finding, Severity } from '../../../src/core/findings';
import { clipText, exceedsAnnotationLimit, fitBytes, selectAnnotations, selectMostSevere } from '../../../src/core/report/channel-budgets';

const finding = (file: string, line: number, severity: Severity): Finding => ({
  file,
  line,
  column: 1,
  checkId: `x/${severity}`,
  severity,
  category: 'security',
  message: `${severity} at ${file}:${line}`,
});
const at = (f: Finding) => `${f.severity} ${f.file}:${f.line}`;

describe('selectMostSevere', () => {
  const findings = [
    finding('b.yml', 9, 'info'),
    finding('a.yml', 2, 'warning'),
    finding('a.yml', 1, 'error'),
    finding('c.yml', 1, 'warning'),
    finding('a.yml', 3, 'info'),
  ];

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

describe('selectAnnotations', () => {
  // The pull request of the issue: 6 errors in files it did not touch, 12 notices on its changed lines.
  const errors = Array.from({ length: 6 }, (_, i) => finding(`e${i}.yml`, 1, 'error'));
  const notices = Array.from({ length: 12 }, (_, i) => finding('changed.yml', i + 1, 'info'));
  const rank = (f: Finding) => (f.file === 'changed.yml' ? 2 : 0);

  it('gives each level its own 10: every error is shown, though notices sit on changed lines', () => {
    const { shown, omitted, omittedBySeverity } = selectAnnotations([...notices, ...errors], 10, rank);
    expect(shown.filter((f) => f.severity === 'error').map(at)).toEqual(errors.map(at));
    expect(shown.filter((f) => f.severity === 'info')).toHaveLength(10);
    expect(omitted).toBe(2);
    expect(omittedBySeverity).toEqual({ error: 0, warning: 0, info: 2 });
  });

  it('errors first, then warnings, then notices; within a level changed lines first, then file order', () => {
    const mixed = [
      finding('z.yml', 1, 'warning'),
      finding('b.yml', 2, 'info'),
      finding('a.yml', 5, 'warning'),
      finding('changed.yml', 9, 'warning'),
      finding('c.yml', 1, 'error'),
    ];
    expect(selectAnnotations(mixed, 2, rank).shown.map(at)).toEqual(['error c.yml:1', 'warning changed.yml:9', 'warning a.yml:5', 'info b.yml:2']);
  });

  it('tells whether a level has more than fit', () => {
    expect(exceedsAnnotationLimit([...errors, ...notices.slice(0, 10)], 10)).toBe(false);
    expect(exceedsAnnotationLimit(notices, 10)).toBe(true);
  });
});

describe('clipText', () => {
  it('keeps text within the limit as it is', () => {
    expect(clipText('a'.repeat(50), 50)).toBe('a'.repeat(50));
  });

  it('cuts longer text to the limit with a counted note', () => {
    const clipped = clipText('a'.repeat(1_000_000), 100);
    expect(clipped.length).toBeLessThanOrEqual(100);
    expect(clipped).toMatch(/^a+… \((\d{3},\d{3}) more characters not shown\)$/);
    const [, count] = /\(([\d,]+) more/.exec(clipped)!;
    expect(clipped.indexOf('…') + Number(count.replace(/,/g, ''))).toBe(1_000_000);
  });

  it('never splits a surrogate pair', () => {
    const clipped = clipText('😀'.repeat(100), 60);
    expect(clipped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(clipped).toMatch(/^(😀)+… \(\d+ more characters not shown\)$/);
  });
});

describe('fitBytes', () => {
  it('keeps text within the budget as it is', () => {
    expect(fitBytes('a\nb\n', 100, 'see the log')).toBe('a\nb\n');
  });

  it('cuts at a line end by UTF-8 bytes, not characters, and counts the lines and characters left out', () => {
    // 300 lines of 100 three-byte characters: 30,000 characters, ~90 KB.
    const text = Array.from({ length: 300 }, () => '界'.repeat(100)).join('\n');
    const fitted = fitBytes(text, 10_000, 'the report file has every check');
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(10_000);
    const [shown, note] = fitted.split('\n\n> ');
    const kept = shown.split('\n');
    expect(kept.every((l) => l === '界'.repeat(100))).toBe(true);
    expect(note).toBe(
      `… ${300 - kept.length} more lines (${(text.length - shown.length).toLocaleString('en-US')} characters) not shown: this text is limited to 10,000 bytes; the report file has every check.\n`,
    );
  });

  it('a first line longer than the budget is cut inside', () => {
    const fitted = fitBytes('x'.repeat(50_000), 10_000, 'see the log');
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(10_000);
    expect(fitted).toMatch(/^x+\n\n> … 0 more lines \([\d,]+ characters\) not shown/);
  });
});

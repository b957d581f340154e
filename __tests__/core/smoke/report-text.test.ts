import { reportText } from '../../../src/core/smoke/report-text';

const SECRET = 'sg-report-text-secret-9c1d';

describe('reportText', () => {
  it('redacts before it cuts: a secret across the cut is not left half visible', () => {
    // Without redaction first, the cut would keep the secret's first characters.
    const text = `${'a'.repeat(150)}${SECRET}${'b'.repeat(1000)}`;
    const shown = reportText(text, [SECRET], 200);
    expect(shown).toMatch(/^a{150}\*\*\*b+… \([\d,]+ more characters not shown\)$/);
    expect(shown).not.toContain(SECRET.slice(0, 6));
  });

  it('puts text on one line: line breaks, other control characters and line separators become spaces', () => {
    expect(reportText('a\r\nb\rc\nd\u0000e\u001b[31mf\u0085g\u2028h', [], 100)).toBe('a b c d e [31mf g h');
  });

  it('keeps short text as it is', () => {
    expect(reportText('echo: answered as expected', [SECRET], 200)).toBe('echo: answered as expected');
  });
});

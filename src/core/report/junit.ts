/**
 * JUnit XML (`--format junit`) for CI test-report UIs (GitLab, Jenkins, Azure Pipelines, test
 * reporter actions): one <testsuite> per file, one <testcase> per finding named
 * `<check-id> at line N`. Errors and warnings are <failure>s typed with their severity; info
 * findings are passing test cases whose detail sits in <system-out>.
 */
import type { AnyCheck } from '../checks/types';
import { countFindings, type Finding } from '../findings';
import { sortFindings } from './summary';

export function renderJunit(findings: Finding[], checks: readonly AnyCheck[]): string {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const sorted = sortFindings(findings);
  const byFile = new Map<string, Finding[]>();
  for (const f of sorted) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }

  const counts = countFindings(sorted);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (!sorted.length) {
    // An empty report reads as "no tests ran" in most UIs; say explicitly that everything passed.
    out.push(
      '<testsuites name="stackgate" tests="1" failures="0" errors="0" skipped="0">',
      '  <testsuite name="stackgate" tests="1" failures="0" errors="0" skipped="0">',
      '    <testcase name="no problems found" classname="stackgate"/>',
      '  </testsuite>',
      '</testsuites>',
    );
    return `${out.join('\n')}\n`;
  }

  out.push(`<testsuites name="stackgate" tests="${sorted.length}" failures="${counts.error + counts.warning}" errors="0" skipped="0">`);
  for (const [file, list] of byFile) {
    const fileCounts = countFindings(list);
    out.push(
      `  <testsuite name="${escapeXmlAttribute(file)}" tests="${list.length}" failures="${fileCounts.error + fileCounts.warning}" errors="0" skipped="0">`,
    );
    const names = testcaseNames(list);
    list.forEach((f, i) => {
      const open = `    <testcase name="${escapeXmlAttribute(names[i] as string)}" classname="${escapeXmlAttribute(file)}" file="${escapeXmlAttribute(file)}" line="${f.line}">`;
      const detail = escapeXmlText(describe(f, byId.get(f.checkId)));
      if (f.severity === 'info') {
        out.push(open, `      <system-out>${detail}</system-out>`, '    </testcase>');
      } else {
        out.push(open, `      <failure message="${escapeXmlAttribute(f.message)}" type="${f.severity}">${detail}</failure>`, '    </testcase>');
      }
    });
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** `<check> at line N`, made unique inside the file (UIs merge test cases with the same name). */
function testcaseNames(list: readonly Finding[]): string[] {
  const tally = (names: string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    return counts;
  };
  const base = list.map((f) => `${f.checkId} at line ${f.line}`);
  const baseCounts = tally(base);
  const withColumn = base.map((name, i) => ((baseCounts.get(name) ?? 0) > 1 ? `${name}, column ${(list[i] as Finding).column}` : name));
  const counts = tally(withColumn);
  const seen = new Map<string, number>();
  return withColumn.map((name) => {
    if ((counts.get(name) ?? 0) < 2) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${name} (${n})`;
  });
}

function describe(f: Finding, check: AnyCheck | undefined): string {
  const lines = [`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message}`];
  if (f.environments?.length) lines.push(`Environments: ${f.environments.join(', ')}`);
  if (f.subject) lines.push(`Subject: ${f.subject}`);
  lines.push(`Check: ${f.checkId}${check ? ` (${check.meta.title})` : ''}`);
  if (check) lines.push(`How to fix: ${check.meta.remediation}`);
  return lines.join('\n');
}

/**
 * Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, LF and
 * CR, lone surrogates, U+FFFE and U+FFFF. They are replaced with a visible `\uXXXX`.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function visible(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Escapes element content. */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value (double-quoted); whitespace is kept through attribute-value normalisation. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/**
 * The smoke report as one step output (`report-json`), within OUTPUT_LIMIT characters. A report
 * that does not fit is made smaller one step at a time until it does, each step counted for a note:
 * the tools' input schemas (their hashes stay), then the tool lists, then long check messages,
 * then the last services (the summary still counts them). What is left is a valid report; the
 * complete one is the report file.
 */
import { clipText } from '../report/channel-budgets';
import type { SmokeReport } from './report-schema';

export interface FittedReport {
  json: string;
  /** What was left out, counted ("the input schemas of 12 tools"); empty when the report fits. */
  leftOut: string[];
}

/** Characters a check message keeps once messages have to be shortened. */
const SHORT_MESSAGE = 300;

type Step = (report: SmokeReport) => { report: SmokeReport; leftOut?: string };

const withoutInputSchemas: Step = (report) => {
  const n = report.targets.reduce((sum, t) => sum + (t.tools ?? []).filter((x) => x.inputSchema !== undefined).length, 0);
  return {
    report: { ...report, targets: report.targets.map((t) => (t.tools ? { ...t, tools: t.tools.map(({ inputSchema: _dropped, ...rest }) => rest) } : t)) },
    leftOut: n ? `the input schemas of ${plural(n, 'tool')} (their hashes are kept)` : undefined,
  };
};

const withoutToolLists: Step = (report) => {
  const listed = report.targets.filter((t) => t.tools);
  const tools = listed.reduce((sum, t) => sum + t.tools!.length, 0);
  return {
    report: { ...report, targets: report.targets.map(({ tools: _dropped, ...t }) => t) },
    leftOut: listed.length ? `the tool lists of ${plural(listed.length, 'service')} (${plural(tools, 'tool')})` : undefined,
  };
};

const withShortMessages: Step = (report) => {
  let messages = 0;
  let chars = 0;
  const targets = report.targets.map((t) => ({
    ...t,
    checks: t.checks.map((c) => {
      if (c.message.length <= SHORT_MESSAGE) return c;
      const message = clipText(c.message, SHORT_MESSAGE);
      messages++;
      chars += c.message.length - message.length;
      return { ...c, message };
    }),
  }));
  return {
    report: { ...report, targets },
    leftOut: messages ? `${chars.toLocaleString('en-US')} characters of ${plural(messages, 'check message')}` : undefined,
  };
};

export function fitReportJson(report: SmokeReport, maxChars: number): FittedReport {
  const pretty = JSON.stringify(report, null, 2);
  if (pretty.length <= maxChars) return { json: pretty, leftOut: [] };
  const leftOut: string[] = [];
  let current = report;
  for (const step of [withoutInputSchemas, withoutToolLists, withShortMessages]) {
    const next = step(current);
    current = next.report;
    if (next.leftOut) leftOut.push(next.leftOut);
    const json = JSON.stringify(current);
    if (json.length <= maxChars) return { json, leftOut };
  }
  // The last services go, as many as needed; each costs its JSON and a comma.
  const base = JSON.stringify({ ...current, targets: [] }).length;
  let size = base;
  let kept = 0;
  while (kept < current.targets.length && size + JSON.stringify(current.targets[kept]).length + 1 <= maxChars)
    size += JSON.stringify(current.targets[kept++]).length + 1;
  const dropped = current.targets.length - kept;
  leftOut.push(
    `${plural(dropped, 'service')} of ${current.targets.length} (${clipText(
      current.targets
        .slice(kept)
        .map((t) => t.service)
        .join(', '),
      300,
    )}; the summary counts them)`,
  );
  return { json: JSON.stringify({ ...current, targets: current.targets.slice(0, kept) }), leftOut };
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The job summary (GITHUB_STEP_SUMMARY) in GitHub-flavoured Markdown: a heading, a status line with
 * counts, and a table of findings (errors first), capped at `maxRows`, each check id linked to its
 * section in docs/checks.md. Also the escaping every Markdown channel shares.
 */
import { checkDocUrl } from '../checks/catalogue';
import { countFindings, type Finding } from '../findings';
import { describeCounts, describeCoverage, plural, sortFindingsBySeverity, visibleEnvironments, type ValidateSummary } from './summary';

export interface MarkdownSummaryOptions {
  /** Heading text; defaults to `stackgate`. */
  title?: string;
  /** Table rows before "and N more"; defaults to 50. */
  maxRows?: number;
  /** Prefix for file links, e.g. `https://github.com/o/r/blob/<sha>/`; without it locations are plain text. */
  linkBase?: string;
  /** The caller's gate decision; by default the run failed when there is at least one error. */
  failed?: boolean;
  /** Where the findings the table leaves out can be read (`the step log and stackgate.sarif`). */
  moreHint?: string;
  /** Check ids with a section in docs/checks.md (the catalogue's): linked to it. Others stay plain. */
  documentedChecks?: ReadonlySet<string>;
}

export const DEFAULT_MAX_ROWS = 50;

export function renderMarkdownSummary(findings: Finding[], summary: ValidateSummary, options: MarkdownSummaryOptions = {}): string {
  const sorted = sortFindingsBySeverity(findings);
  const counts = countFindings(sorted);
  const failed = options.failed ?? counts.error > 0;
  const status = failed ? 'Failed' : counts.warning > 0 ? 'Passed with warnings' : 'Passed';
  const files = new Set(sorted.map((f) => f.file)).size;

  const out: string[] = [`## ${escapeInline(options.title ?? 'stackgate')}`, ''];
  if (sorted.length) {
    out.push(`**${status}**: ${plural(sorted.length, 'problem')} (${describeCounts(counts)}) in ${plural(files, 'file')}; ${describeCoverage(summary)}.`);
  } else {
    out.push(`**${status}**: no problems; ${describeCoverage(summary)}.`);
    return `${out.join('\n')}\n`;
  }

  const maxRows = Math.max(0, Math.trunc(options.maxRows ?? DEFAULT_MAX_ROWS));
  const shown = sorted.slice(0, maxRows);
  if (shown.length) {
    out.push('', '| Severity | Check | Location | Message |', '| --- | --- | --- | --- |');
    for (const f of shown) {
      const envs = visibleEnvironments(f, summary);
      const message = escapeCell(f.message) + (envs.length ? ` (${escapeCell(envs.join(', '))})` : '');
      out.push(
        `| ${f.severity} | ${checkIdMarkdown(f.checkId, options.documentedChecks?.has(f.checkId) ?? false)} | ${location(f, options.linkBase)} | ${message} |`,
      );
    }
  }
  const hidden = sorted.length - shown.length;
  if (hidden > 0)
    out.push(
      '',
      `… and ${hidden} more (${describeCounts(countFindings(sorted.slice(shown.length)))})${options.moreHint ? `: see ${escapeInline(options.moreHint)}` : ''}.`,
    );
  return `${out.join('\n')}\n`;
}

function location(f: Finding, linkBase: string | undefined): string {
  const label = escapeCell(`${f.file}:${f.line}`).replace(/[[\]]/g, (c) => `\\${c}`);
  if (!linkBase) return label;
  const base = linkBase.endsWith('/') ? linkBase : `${linkBase}/`;
  const path = f.file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `[${label}](${base}${path}#L${f.line})`;
}

/** `<domain>/<kebab-name>`: nothing in it a link, a code span or a table could read another way. */
const CHECK_ID = /^[a-z][a-z0-9]*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A check id as inline Markdown, safe in a table cell: its code span, linked to the check's section
 * in docs/checks.md when `linked` and the id has the shape of a check id (a report read back from a
 * file may hold anything).
 */
export function checkIdMarkdown(id: string, linked = true): string {
  const code = `\`${escapeCode(id)}\``;
  return linked && CHECK_ID.test(id) ? `[${code}](${checkDocUrl(id)})` : code;
}

/** Text safe inside a table cell: no raw HTML, no pipes, one line. */
export function escapeCell(value: string): string {
  return escapeInline(value).replace(/\|/g, '\\|');
}

/**
 * Text GitHub must not read as HTML, on one line, that notifies nobody. Inside code spans
 * (`up < 1`) GFM shows entities literally and links no @mention, so only the text between them is
 * escaped; when the pairing of backticks could read differently to GFM (runs of backticks, an
 * escaped backtick), everything is escaped.
 */
export function escapeInline(value: string): string {
  const flat = value.replace(/\r\n|\r|\n/g, ' ');
  if (/``|\\`/.test(flat)) return escapeText(flat);
  return flat
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
    .join('');
}

function escapeText(text: string): string {
  return neutraliseMentions(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/**
 * `@name` and `@org/team` copied from a repository would notify those people (or teams) once the
 * text is a comment: a zero-width space after the `@` keeps it readable and links nobody.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g, '$1@&#8203;');
}

/** Content of an inline code span inside a table cell (GFM shows entities in code spans literally). */
export function escapeCode(value: string): string {
  return value
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** Renders a validate result in any supported format. */
import { CHECKS_DOC_URL } from '../checks/catalogue';
import { CHECKS } from '../checks/index';
import { UserError } from '../errors';
import { isAtLeast, type Finding, type Severity } from '../findings';
import { renderJson } from '../report/json';
import { renderJunit } from '../report/junit';
import { renderMarkdownSummary } from '../report/markdown';
import { renderSarif, SARIF_CATEGORY } from '../report/sarif';
import { plural, type ValidateSummary } from '../report/summary';
import { renderText } from '../report/text';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Each SARIF rule's helpUri is this plus `#<anchor>` (the check's section). */
export const HELP_URI_BASE = CHECKS_DOC_URL;

export function parseFormat(value: string, where: string): OutputFormat {
  if ((FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UserError(`${where}: unknown format "${value}"`, { hint: `use one of ${FORMATS.join(', ')}` });
}

export interface RenderOptions {
  color: boolean;
  toolVersion: string;
  /** Base for file links in markdown (e.g. https://github.com/o/r/blob/<sha>/). */
  linkBase?: string;
  /** Markdown: where the findings beyond its table are. */
  moreHint?: string;
  /** Text and Markdown only: findings below this severity are not listed (JSON, SARIF and JUnit keep every finding). */
  minSeverity?: Severity;
  /** Text only: the terminal's columns to wrap at; none keeps one finding per line. */
  width?: number;
}

export function renderFormat(format: OutputFormat, findings: Finding[], summary: ValidateSummary, options: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(findings, { color: options.color, summary, minSeverity: options.minSeverity, width: options.width });
    case 'json':
      return renderJson(findings, summary);
    case 'sarif':
      return renderSarif(findings, CHECKS, {
        toolVersion: options.toolVersion,
        category: SARIF_CATEGORY.validate,
        informationUri: 'https://github.com/stackgate/stackgate',
        helpUriBase: HELP_URI_BASE,
      });
    case 'junit':
      return renderJunit(findings, CHECKS);
    case 'markdown': {
      const min = options.minSeverity;
      const shown = min ? findings.filter((f) => isAtLeast(f.severity, min)) : findings;
      const hidden = findings.length - shown.length;
      const markdown = renderMarkdownSummary(shown, summary, {
        title: 'stackgate validate',
        linkBase: options.linkBase,
        moreHint: options.moreHint,
        documentedChecks: new Set(CHECKS.map((c) => c.id)),
      });
      return hidden ? `${markdown}\n${plural(hidden, 'finding')} below ${min} not shown (--min-severity).\n` : markdown;
    }
  }
}

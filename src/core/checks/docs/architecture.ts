import { missingLocation } from '../missing-location';
import { defineCheck } from '../types';
import { findHeading, markdownFiles } from './_markdown';

const ARCHITECTURE_PATH = /(^|\/)architecture([-_./]|$)|(^|\/)(design|overview)\.md$/i;
const ARCHITECTURE_HEADING = /^(architecture|system (design|overview)|how it fits together)\b|\barchitecture( overview)?$/i;

export default defineCheck({
  id: 'docs/architecture',
  target: 'repository',
  meta: {
    title: 'No architecture document',
    category: 'operations',
    severity: 'info',
    operatedOnly: true,
    rationale:
      'Which MCP server talks to which backing store, what sits behind the LiteLLM gateway, which endpoints run which stack: during an incident or a restore this decides what to bring up first, and it lives only in heads unless it is written down.',
    remediation:
      'Add docs/architecture.md (or an "Architecture" section in the README): the services, their dependencies and data stores, the networks and the deployment targets.',
    messages: {
      none: 'no architecture document: no docs/architecture*, ARCHITECTURE.md or "Architecture" section in any Markdown file',
    },
  },
  check(ctx) {
    if (markdownFiles(ctx).some((f) => ARCHITECTURE_PATH.test(f)) || findHeading(ctx, ARCHITECTURE_HEADING)) return;
    ctx.report({ messageId: 'none', at: missingLocation(ctx) });
  },
});

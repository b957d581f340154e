import path from 'node:path';
import { locateValue } from '../../source/yaml-tree';
import { alertingRules, isRecord } from '../monitoring/_rules';
import { defineCheck } from '../types';
import { headingsOf, isMarkdown } from './_markdown';

interface RepositoryLink {
  /** Candidate repository paths, most likely first. */
  candidates: string[];
  anchor?: string;
}

export default defineCheck({
  id: 'docs/runbook-links',
  target: 'repository',
  meta: {
    title: "Alert's runbook link points at nothing",
    category: 'operations',
    severity: 'warning',
    rationale:
      'On-call opens the runbook from the alert. A link to a runbook that was renamed, moved or never written, or to a section that no longer exists, fails exactly when it is needed; links into the repository can be checked with every change.',
    remediation: 'Point `runbook_url` at a file that exists (and a heading it has), or add the runbook in the same pull request as the alert.',
    messages: {
      missingFile: 'alert "{{alert}}" links the runbook {{target}}, which is not in the repository',
      missingAnchor: 'alert "{{alert}}" links {{target}}#{{anchor}}, but {{file}} has no heading with that anchor',
    },
  },
  check(ctx) {
    const exists = new Set(ctx.paths);
    const topDirs = new Set(ctx.paths.map((p) => p.split('/')[0]));
    let checked = 0;
    for (const doc of ctx.prometheusRules) {
      for (const rule of alertingRules(doc.root)) {
        const annotations = isRecord(rule.rule.annotations) ? rule.rule.annotations : {};
        const key = typeof annotations.runbook_url === 'string' ? 'runbook_url' : typeof annotations.runbook === 'string' ? 'runbook' : undefined;
        if (!key) continue;
        const link = repositoryLink(String(annotations[key]), doc.file);
        if (!link) continue;
        const file = link.candidates.find((c) => exists.has(c));
        // A link to another repository cannot be checked; one into a directory this repository has can.
        if (!file && !link.candidates.some((c) => topDirs.has(c.split('/')[0]) && c.includes('/'))) continue;
        checked++;
        const at = locateValue(doc.root, [...rule.path, 'annotations', key], { file: doc.file, line: 1, column: 1 });
        const target = file ?? link.candidates[0];
        if (!file) ctx.report({ messageId: 'missingFile', data: { alert: rule.name, target }, at });
        else if (link.anchor && isMarkdown(file) && !headingsOf(ctx.read(file) ?? '').some((h) => h.slug === link.anchor!.toLowerCase())) {
          ctx.report({ messageId: 'missingAnchor', data: { alert: rule.name, target, anchor: link.anchor, file }, at });
        }
      }
    }
    if (!checked) ctx.notApplicable();
  },
});

/**
 * The repository paths a runbook link may name: a relative path (from the repository root, or
 * from the rule file's directory), or the path after `/blob/<ref>/` or `/tree/<ref>/` of a link
 * to a repository host (a ref may contain slashes, so every split is a candidate).
 */
function repositoryLink(url: string, ruleFile: string): RepositoryLink | undefined {
  const [rest, anchor] = url.trim().split('#', 2);
  if (!rest) return undefined;
  const clean = (p: string) => path.posix.normalize(decodeURIComponent(p)).replace(/^(\.\/)+|^\/+/, '');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(rest)) {
    const fromRoot = clean(rest);
    const fromFile = clean(path.posix.join(path.posix.dirname(ruleFile), rest));
    return { candidates: [...new Set([fromRoot, fromFile])].filter((c) => !c.startsWith('..')), anchor };
  }
  let parsed: URL;
  try {
    parsed = new URL(rest);
  } catch {
    return undefined;
  }
  const m = /^\/[^/]+\/[^/]+\/(?:-\/)?(?:blob|tree|src\/branch)\/(.+)$/.exec(parsed.pathname);
  if (!m) return undefined;
  const segments = m[1].split('/');
  const candidates = segments
    .slice(1)
    .map((_, i) => clean(segments.slice(i + 1).join('/')))
    .filter(Boolean);
  return candidates.length ? { candidates, anchor } : undefined;
}

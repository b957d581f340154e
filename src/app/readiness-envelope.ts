/**
 * A score run as the readiness envelope every channel reports from (the JSON report, the PR comment,
 * the job summary, `stackgate score`): the report, the change since the base, the verdict against the
 * thresholds (inputs or flags over stackgate.yml's), the notes for reviewers and the comment's key.
 */
import { evaluateReadiness, readinessThresholds, type ReadinessThresholds } from '../core/readiness/gate';
import type { ReadinessEnvelope, ReadinessReport } from '../core/readiness/report-schema';
import type { ScoreWithBaseResult } from './score-with-base';

export interface ReadinessEnvelopeOptions {
  /** A fail-under and category minimums from the entry point's inputs or flags; stackgate.yml's where not given. */
  thresholds?: Partial<ReadinessThresholds>;
  /** The pull request the comment goes to. */
  pullRequest?: { number: number; headSha: string };
  /** The comment-key input; default stackgate.yml's readiness.comment.key. */
  commentKey?: string;
  /** How the entry point names a file (the action: relative to the workspace); default as scored. */
  toFile?: (file: string) => string;
}

export function readinessEnvelope(scored: ScoreWithBaseResult, options: ReadinessEnvelopeOptions = {}): ReadinessEnvelope {
  const report = options.toFile ? withFiles(scored.report, options.toFile) : scored.report;
  const { readiness } = scored.config;
  return {
    report,
    ...(scored.delta ? { delta: scored.delta } : {}),
    verdict: evaluateReadiness(report, readinessThresholds(readiness, options.thresholds)),
    notes: scored.baseProblem ? [scored.baseProblem] : [],
    ...(options.pullRequest ? { pullRequest: { number: options.pullRequest.number, headSha: options.pullRequest.headSha } } : {}),
    commentKey: options.commentKey || readiness.comment.key,
  };
}

function withFiles(report: ReadinessReport, toFile: (file: string) => string): ReadinessReport {
  return {
    ...report,
    blockers: report.blockers.map((b) => ({ ...b, file: toFile(b.file) })),
    checks: report.checks.map((c) => ({
      ...c,
      ...(c.file ? { file: toFile(c.file) } : {}),
      locations: c.locations.map((l) => ({ ...l, file: toFile(l.file) })),
    })),
  };
}

/**
 * The gate's verdict and its audit record (stackgate/gate-audit@1): every rule with its verdict and
 * the evidence behind it, the commit, the images, the previous deployment, and who approved the run.
 * The job summary, the action's outputs, the CLI and the GitHub App all show this one record.
 */

export const GATE_AUDIT_SCHEMA_ID = 'stackgate/gate-audit@1';

export const GATE_RULES = ['previous-deployment', 'smoke', 'score', 'soak', 'freeze', 'protection', 'approval', 'prometheus'] as const;
export type GateRuleId = (typeof GATE_RULES)[number];

/** pass: proven; fail: disproven or not provable (the gate fails closed); skip: not configured, or not measured. */
export type RuleVerdict = 'pass' | 'fail' | 'skip';

export interface RuleResult {
  rule: GateRuleId;
  verdict: RuleVerdict;
  /** One line a release manager reads: what was required and what was found. */
  summary: string;
  /** The facts behind the verdict (ids, times, values), plain JSON. */
  evidence: Record<string, unknown>;
}

export interface PreviousDeploymentEvidence {
  environment: string;
  deploymentId: number;
  createdAt: string;
  createdBy: string;
  /** The newest status's state. */
  state: string;
  description: string;
  /** When stackgate wrote the success status the gate counts. */
  verifiedAt?: string;
  environmentUrl?: string;
  run?: { id: number; url: string };
}

export interface ApprovalEvidence {
  user: string;
  state: 'approved' | 'rejected' | 'pending';
  comment: string;
}

export interface GateAudit {
  schema: typeof GATE_AUDIT_SCHEMA_ID;
  repository: string;
  environment: string;
  sha: string;
  /** When the gate decided (GitHub's approvals carry no time of their own: they were given before this). */
  evaluatedAt: string;
  allowed: boolean;
  dryRun: boolean;
  reasons: string[];
  rules: RuleResult[];
  images: { service: string; image: string; digest?: string }[];
  previous?: PreviousDeploymentEvidence;
  run?: { id: number; url: string; triggeredBy?: string };
  approvals: ApprovalEvidence[];
  toolVersion: string;
}

/** Reasons are the summaries of the failed rules, in rule order. */
export function reasonsOf(rules: readonly RuleResult[]): string[] {
  return rules.filter((r) => r.verdict === 'fail').map((r) => `${r.rule}: ${r.summary}`);
}

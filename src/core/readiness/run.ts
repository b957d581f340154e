/** Score one checkout: validate in repository scope, then the readiness model. */
import { CHECKS } from '../checks/index';
import type { Domain } from '../checks/types';
import type { StackgateConfig } from '../config/schema';
import type { Finding } from '../findings';
import { validateRepositoryFiles, type ExternalTools, type ValidateResult } from '../validate/run';
import { computeReadiness } from './score';
import type { ReadinessReport } from './report-schema';

export interface ScoreOptions {
  root: string;
  config: StackgateConfig;
  configFile?: string;
  /** The secret scanner's findings over the tree; undefined when it did not run. */
  secrets?: readonly Finding[];
  commit?: string;
  toolVersion: string;
  now: Date;
  externalTools?: ExternalTools;
}

export async function scoreRepository(options: ScoreOptions): Promise<{ report: ReadinessReport; validation: ValidateResult }> {
  const validation = await validateRepositoryFiles({
    root: options.root,
    config: options.config,
    configFile: options.configFile,
    externalTools: options.externalTools,
    scope: 'repository',
  });
  const ws = validation.workspace;
  const domainsWithFiles = new Set<Domain>();
  if (ws.composeFiles.length) domainsWithFiles.add('compose');
  if (ws.kubernetes.length) domainsWithFiles.add('kubernetes');
  if (ws.dockerfiles.length) domainsWithFiles.add('dockerfile');
  if (ws.prometheusRules.length || ws.prometheusConfigs.length || ws.dashboards.length) domainsWithFiles.add('monitoring');
  const report = computeReadiness({
    checks: CHECKS,
    settings: validation.settings,
    evaluated: validation.evaluated,
    findings: validation.findings,
    domainsWithFiles,
    secrets: options.secrets,
    commit: options.commit,
    toolVersion: options.toolVersion,
    generatedAt: options.now.toISOString(),
  });
  return { report, validation };
}

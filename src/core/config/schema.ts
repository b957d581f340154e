/**
 * The single schema of stackgate.yml. Later capabilities (targets, smoke tests, gates, scoring) add
 * their sections here. It knows checks only by shape: `checks:` holds, per check id, a severity or
 * {severity, options}, with options unknown at this stage. The engine composes it with the
 * registered checks (validate/config.ts: every id, with its own options schema), so there is still
 * one schema, and the JSON Schema generated from that lists every check id for editor completion.
 */
import { z } from 'zod';
import { READINESS_CATEGORIES } from '../readiness/categories';
import { COMMENT_KEY, COMMENT_MODES } from '../readiness/comment-settings';
import { name, smokeSection } from './smoke-schema';
import { deploySchema, httpUrl } from './deploy-schema';
import { environmentProtectionSchema, gateSchema } from './gate-schema';
import { isRepositoryPath, REPOSITORY_PATH_MESSAGE } from '../source/repository-path';

/** A file of the repository: stackgate reads nothing outside it. */
const repoPath = z.string().refine(isRepositoryPath, REPOSITORY_PATH_MESSAGE);

/** A check's severity in stackgate.yml (`off` turns it off). */
export const severitySetting = z.enum(['error', 'warning', 'info', 'off']);
export type SeveritySettingValue = z.infer<typeof severitySetting>;

const environment = z
  .strictObject({
    url: httpUrl.optional().describe('Where the environment answers (https://mcp-dev.example.com): the environment_url of its GitHub Deployments.'),
    deploy: deploySchema.optional(),
    gate: gateSchema.optional(),
    protection: environmentProtectionSchema.optional(),
    production: z.boolean().optional().describe('Production environments get the strictest checks (defaults to true for names like "prod").'),
    profiles: z.array(z.string()).default([]).describe('Compose profiles active in this environment.'),
    envFiles: z.array(repoPath).default([]).describe('Env files (repository-relative) used for ${VAR} interpolation, after the project .env.'),
    variables: z.record(z.string(), z.string()).default({}).describe('Variables for ${VAR} interpolation; they win over env files.'),
    variablesComplete: z
      .boolean()
      .default(false)
      .describe(
        'The variables of this environment are all in the repository (env files, `variables`): a required ${VAR:?} without a value is an error, not a warning that it must be supplied at deploy time.',
      ),
    kubernetes: z
      .strictObject({
        paths: z.array(z.string()).default([]).describe('Globs of manifests that belong to this environment.'),
        namespaces: z.array(z.string()).default([]).describe('Namespaces that belong to this environment.'),
      })
      .default({ paths: [], namespaces: [] }),
  })
  .describe('A deployment environment (dev, staging, prod, ...).');

const stack = z
  .strictObject({
    files: z.array(repoPath).min(1).describe('Base Compose files, in `docker compose -f` order.'),
    environments: z.record(z.string(), z.array(repoPath)).default({}).describe('Override files per environment, applied after the base files.'),
    envFiles: z.array(repoPath).default([]).describe('Env files for interpolation (default: .env next to the first file).'),
  })
  .describe('A Compose stack: base files plus per-environment overrides.');

/** One entry of `checks:`: a severity, or {severity, options} (`options` only where there is a schema for them). */
export function checkSettingSchema(options?: z.ZodType) {
  const detailed = z.strictObject({
    severity: severitySetting.optional(),
    ...(options ? { options: options.optional() } : {}),
  });
  return z.union([severitySetting, detailed]);
}

/** Where repositories keep test fixtures and CI scaffolding: Compose files and manifests there start services for tests, not deployments. */
export const DEFAULT_TEST_PATHS = [
  '**/test/**',
  '**/tests/**',
  '**/testdata/**',
  '**/__tests__/**',
  '**/fixtures/**',
  '**/e2e/**',
  '**/cypress/**',
  '**/playwright/**',
  '.github/**',
  // Archived configuration: kept for reference, deployed by nothing.
  '**/.archive/**',
  '**/.archived/**',
  // CI systems' and development containers' own directories.
  '.ci/**',
  '.circleci/**',
  '.buildkite/**',
  '.woodpecker/**',
  '.devcontainer/**',
  // A test stack beside the real one: docker-compose.test.yml, compose.test.yaml.
  '**/*.test.yml',
  '**/*.test.yaml',
] as const;

/** The `checks:` sections: per-check settings, and the severities of `overrides[].checks`. */
export interface ChecksSections {
  checks: z.ZodType<Record<string, CheckSetting>>;
  overrideChecks: z.ZodType<Record<string, SeveritySettingValue>>;
}

/** `checks:` as config reads it: any check id, with options of any shape. */
const ANY_CHECKS: ChecksSections = {
  checks: z.object({}).catchall(checkSettingSchema(z.unknown())),
  overrideChecks: z.object({}).catchall(severitySetting),
};

/** The schema of stackgate.yml with the given `checks:` sections. */
export function buildConfigSchema(sections: ChecksSections) {
  return z
    .strictObject({
      $schema: z.string().optional(),
      version: z.literal(1).default(1).describe('Configuration format version.'),
      include: z
        .array(z.string())
        .default([])
        .describe(
          'Globs of files to validate (default: everything not git-ignored, except node_modules and vendor/ directories of Go or Composer dependencies).',
        ),
      exclude: z.array(z.string()).default([]).describe('Globs of files never to validate.'),
      testPaths: z
        .array(z.string())
        .default([...DEFAULT_TEST_PATHS])
        .describe(
          'Globs of test fixtures and CI scaffolding, which are not deployments: hardening findings (Compose, Kubernetes, Dockerfile; all but correctness) there are reported at info. So are they in files whose opening comment says they are not for production ("for the development setup", "not for production") and in Compose files that only tests start (workflow jobs without an environment, Makefile targets named test, e2e, dev, ci...) (the default file at the root only when it restarts no service), in Compose files of a development or test directory beside a production one or below the deployed Compose file, and in manifests CI applies to a kind, k3d or minikube cluster it creates. Kustomize overlays under these paths are not built. [] turns all of this off.',
        ),
      maxFileSizeKb: z.number().int().positive().default(1024).describe('Larger files are reported and skipped.'),
      failOn: z.enum(['error', 'warning', 'info', 'never']).default('error').describe('Lowest severity that fails the run.'),
      environments: z
        .record(name, environment)
        .superRefine((environments, ctx) => {
          for (const [env, value] of Object.entries(environments)) {
            const requires = value.gate?.requires;
            if (requires === undefined) continue;
            if (requires === env) ctx.addIssue({ code: 'custom', message: `an environment cannot require itself`, path: [env, 'gate', 'requires'] });
            else if (!Object.hasOwn(environments, requires))
              ctx.addIssue({
                code: 'custom',
                message: `"${requires}" is not an environment of stackgate.yml (${Object.keys(environments).join(', ')})`,
                path: [env, 'gate', 'requires'],
              });
          }
        })
        .default({})
        .describe('Environments; without them, those of the stacks/<env> layout, or none (Compose files are checked once, as they are).'),
      stacks: z.record(name, stack).optional().describe('Compose stacks; discovered by convention when absent (stacks/common + stacks/<env>).'),
      kubernetes: z
        .strictObject({
          schemas: z
            .record(z.string(), repoPath)
            .default({})
            .describe('JSON Schema or CustomResourceDefinition file per "group/version/Kind" of custom resources.'),
          helm: z
            .enum(['auto', 'always', 'never'])
            .default('auto')
            .describe('Render Helm charts with "helm template" when helm is installed (auto), require it, or never render them.'),
          kustomize: z
            .enum(['auto', 'always', 'never'])
            .default('auto')
            .describe(
              'Build Kustomize overlays with "kubectl kustomize" and check the built objects, one finding per base line with the overlays as its environments (auto: when kubectl is installed; always: require it), or check the files as written (never).',
            ),
        })
        .default({ schemas: {}, helm: 'auto', kustomize: 'auto' }),
      monitoring: z
        .strictObject({
          promtool: z.enum(['auto', 'always', 'never']).default('auto').describe('Use promtool when installed (auto), require it, or never run it.'),
        })
        .default({ promtool: 'auto' }),
      secrets: z
        .strictObject({
          allow: z
            .strictObject({
              paths: z.array(z.string()).default([]).describe('Globs of files never scanned for secrets (fixtures, vendored code).'),
              patterns: z.array(z.string()).default([]).describe('Regular expressions; a found value matching one is accepted.'),
              rules: z.array(z.string()).default([]).describe('Rule ids (e.g. generic-secret-assignment) that are not reported.'),
            })
            .default({ paths: [], patterns: [], rules: [] }),
          baseline: repoPath.default('.stackgate/secrets-baseline.json').describe('Accepted findings, stored as salted fingerprints.'),
          maxFileSizeKb: z.number().int().positive().default(10240).describe('Larger files are skipped (and reported).'),
          verify: z
            .strictObject({
              github: z.boolean().default(false).describe('Ask the GitHub API whether found GitHub tokens are live (off by default).'),
              apiUrl: z.string().default('https://api.github.com').describe('GitHub API URL used for verification.'),
            })
            .default({ github: false, apiUrl: 'https://api.github.com' }),
        })
        .default({
          allow: { paths: [], patterns: [], rules: [] },
          baseline: '.stackgate/secrets-baseline.json',
          maxFileSizeKb: 10240,
          verify: { github: false, apiUrl: 'https://api.github.com' },
        })
        .describe('The secret scanner (stackgate secrets, actions/secrets).'),
      mcp: z
        .strictObject({
          services: z
            .array(z.string())
            .optional()
            .describe('Compose services / Kubernetes workloads that are MCP servers (default: names or images containing "mcp").'),
          litellm: repoPath.optional().describe('LiteLLM proxy config that registers the MCP servers (default: found by its mcp_servers key).'),
        })
        .default({})
        .describe('The MCP servers of the repository.'),
      smoke: smokeSection,
      readiness: z
        .strictObject({
          failUnder: z.number().min(0).max(100).default(0).describe('Fail when the score is below this.'),
          minimums: z.partialRecord(z.enum(READINESS_CATEGORIES), z.number().min(0).max(100)).default({}).describe('Lowest accepted score per category.'),
          comment: z
            .strictObject({
              key: z
                .string()
                .regex(COMMENT_KEY, 'expected at most 50 letters, digits, ".", "_" or "-"')
                .default('readiness')
                .describe('Tells this comment apart from other stackgate comments on the PR.'),
              mode: z.enum(COMMENT_MODES).default('update'),
            })
            .default({ key: 'readiness', mode: 'update' }),
        })
        .default({ failUnder: 0, minimums: {}, comment: { key: 'readiness', mode: 'update' } })
        .describe('The readiness score (stackgate score, the PR comment).'),
      checks: sections.checks.default({}).describe('Per-check settings: off, a severity, or {severity, options}.'),
      overrides: z
        .array(
          z.strictObject({
            files: z.array(z.string()).min(1).describe('Globs the settings apply to.'),
            checks: sections.overrideChecks.describe('Severity per check id for matching files.'),
          }),
        )
        .default([])
        .describe('Check settings for files matching globs; later entries win.'),
    })
    .describe('stackgate configuration');
}

/** stackgate.yml as config reads it, checks known by shape only (the engine's schema: validate/config.ts). */
export const configSchema = buildConfigSchema(ANY_CHECKS);

export type StackgateConfig = z.infer<typeof configSchema>;
export type EnvironmentConfig = z.infer<typeof environment>;
export type StackConfig = z.infer<typeof stack>;
export type { SmokeConfig, SmokeTarget } from './smoke-schema';
export type CheckSetting = SeveritySettingValue | { severity?: SeveritySettingValue; options?: unknown };

/** Where the JSON Schema of stackgate.yml is published: its `$id`, and the URL editors map files to. */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/stackgate/stackgate/main/schema/stackgate.schema.json';

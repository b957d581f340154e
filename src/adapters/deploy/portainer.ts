/**
 * The Portainer deploy driver: ships an environment to a Compose stack of a Portainer endpoint
 * (CE 2.x or BE, `X-API-Key`) and verifies it through the endpoint's Docker proxy.
 *
 * - A file stack gets the environment's merged Compose file with `PUT /stacks/{id}?endpointId=N`.
 *   Portainer replaces the stack's Env as a whole, so the current Env is sent back with stackgate's
 *   variables merged in: nothing is wiped.
 * - A Git stack is never PUT (that would detach it from Git): `PUT /stacks/{id}/git/redeploy` pulls
 *   its own ref, with its Env, prune option and stored credentials. Portainer deploys the ref's head:
 *   a head other than the commit being deployed is a verification failure that names it.
 * - `endpointId` is on every write: without it the redeploy moves the stack to endpoint 0 (404).
 * - Success is only what verifyStack sees (portainer-verify.ts).
 *
 * capture() keeps the stack's file, Env and (Git) ref and commit; restore() puts them back the same
 * ways. The API key is only ever sent in a header; messages and log lines never hold it.
 */
import type { PortainerDeployConfig } from '../../core/config/deploy-schema';
import { DeployFailure, type DeployDriver, type DeployOutcome, type DeployPlan, type DriverContext, type RestorePoint } from '../../core/deploy/driver';
import { parseDurationMs } from '../../core/smoke/duration';
import { COMPOSE_STACK, PortainerApiError, PortainerClient, type EnvPair, type PortainerStack, type StackGitConfig } from './portainer-api';
import { diffServices, readServices, type ComposeService } from './compose-file';
import { describeEnvChange, envVars, mergeEnv } from './portainer-compose';
import { SETTLE_MS, verifyStack } from './portainer-verify';
import { parseRestorePoint, type PortainerRestorePoint } from './portainer-restore-point';

type GitStack = PortainerStack & { git: StackGitConfig };

export function portainerDriver(config: PortainerDeployConfig): DeployDriver {
  const edgeGraceMs = parseDurationMs(config.edgeGrace, 'deploy.portainer.edgeGrace');
  const target = `portainer ${config.url} endpoint ${config.endpoint} stack ${config.stack}`;

  const connect = async (ctx: DriverContext): Promise<{ client: PortainerClient; stack: PortainerStack }> => {
    const apiKey = ctx.secrets.portainerApiKey;
    if (!apiKey) throw new DeployFailure('no Portainer API key: set PORTAINER_API_KEY (CLI) or the portainer-api-key input (action)', 'deploy', [], false);
    const client = new PortainerClient(config.url, config.endpoint, apiKey, ctx);
    const stacks = await client.listStacks();
    const stack = stacks.find((s) => s.name === config.stack);
    if (!stack) {
      const names = stacks.length ? `its stacks: ${stacks.map((s) => s.name).join(', ')}` : 'it has none';
      throw new DeployFailure(
        `no stack named ${config.stack} on Portainer endpoint ${config.endpoint} (${names}): create the stack in Portainer, or correct deploy.portainer.stack and endpoint`,
        'deploy',
        [],
        false,
      );
    }
    if (stack.type !== COMPOSE_STACK) {
      const kind = stack.type === 1 ? 'Swarm' : stack.type === 3 ? 'Kubernetes' : `type ${stack.type}`;
      throw new DeployFailure(`stack ${stack.name} is a ${kind} stack: the Portainer driver deploys Compose (standalone) stacks`, 'deploy', [], false);
    }
    client.hide([...stack.env.map((p) => p.value), ...Object.values(ctx.source.variables)]);
    ctx.log(
      `portainer: stack ${stack.name} (id ${stack.id}, ${stack.git ? `Git stack at ${stack.git.referenceName}` : 'file stack'}) on endpoint ${config.endpoint}`,
    );
    return { client, stack };
  };

  /** Verifies `text` (with `env`) on the endpoint. */
  const verify = (client: PortainerClient, ctx: DriverContext, text: string, env: readonly EnvPair[]) =>
    verifyStack(client, ctx, {
      stack: config.stack,
      services: servicesOf(text, env, 'the deployed Compose file'),
      patienceMs: config.edge ? edgeGraceMs : SETTLE_MS,
      isEdge: config.edge,
    });

  /** A write to the stack: a refusal (4xx) changed nothing, a server error or no answer may have. */
  const write = async (hasWritten: () => void, fn: () => Promise<PortainerStack>): Promise<PortainerStack> => {
    try {
      const stack = await fn();
      hasWritten();
      return stack;
    } catch (e) {
      if (!(e instanceof PortainerApiError)) throw e;
      throw asFailure(e, e.status === undefined ? e.kind !== 'redirect' : e.status >= 500);
    }
  };

  return {
    kind: 'portainer',

    plan: (ctx) =>
      step(async (): Promise<DeployPlan> => {
        const { client, stack } = await connect(ctx);
        const currentText = await client.stackFile(stack);
        const merged = mergeEnv(stack.env, ctx.source.variables);
        const notes = [describeEnvChange(merged, stack.env.length)];
        let current: ComposeService[] = [];
        try {
          current = readServices(currentText, envVars(stack.env));
        } catch (e) {
          notes.push(`the stack's current Compose file: ${(e as Error).message}; every service shows as new`);
        }
        if (stack.git) notes.push(gitNote(stack as GitStack, ctx.source.sha));
        const compose = ctx.source.composeFile;
        if (!compose) {
          notes.push(stack.git ? 'no Compose file in the repository to compare with' : 'no Compose file for this environment: deploy would fail');
          return { driver: 'portainer', target, items: [], notes };
        }
        const next = servicesOf(compose.text, merged.env, `the merged Compose file (${compose.files.join(', ')})`);
        for (const s of next) if (s.notStarted || s.imageUnchecked) notes.push(`${s.name}: ${s.notStarted ?? s.imageUnchecked}`);
        return { driver: 'portainer', target, items: diffServices(current, next), notes };
      }),

    capture: (ctx) =>
      step(async (): Promise<RestorePoint> => {
        const { client, stack } = await connect(ctx);
        const stackFileContent = await client.stackFile(stack);
        const git = stack.git ? { referenceName: stack.git.referenceName, configHash: stack.git.configHash } : null;
        const description = git
          ? `Git stack ${stack.name} at ${git.referenceName} commit ${git.configHash.slice(0, 12)}`
          : `stack ${stack.name}: its Compose file and ${stack.env.length} Env entries`;
        const point: PortainerRestorePoint = {
          driver: 'portainer',
          description,
          stackId: stack.id,
          stackName: stack.name,
          stackFileContent,
          env: stack.env,
          git,
        };
        return point;
      }),

    deploy: (ctx) =>
      step(async (wrote): Promise<DeployOutcome> => {
        const { client, stack } = await connect(ctx);
        const merged = mergeEnv(stack.env, ctx.source.variables);
        const envChange = describeEnvChange(merged, stack.env.length);
        ctx.log(envChange);
        if (stack.git) {
          const git = stack as GitStack;
          ctx.log(gitNote(git, ctx.source.sha));
          const deployed = await write(wrote, () => client.redeployGitStack(git, git.git.referenceName, merged.env));
          expectCommit(deployed, git.git.referenceName, ctx.source.sha, 'the commit this run deploys', 'the branch has moved on, or the commit is not on it');
          const text = ctx.source.composeFile?.text ?? (await client.stackFile(deployed));
          const verified = await verify(client, ctx, text, merged.env);
          return {
            items: verified.items,
            notes: [`Git stack: Portainer redeployed ${git.git.referenceName} at ${ctx.source.sha.slice(0, 12)}`, envChange, ...verified.notes],
          };
        }
        const compose = ctx.source.composeFile;
        if (!compose)
          throw new DeployFailure(`no Compose file for environment ${ctx.source.environment}: nothing to give file stack ${stack.name}`, 'deploy', [], false);
        servicesOf(compose.text, merged.env, `the merged Compose file (${compose.files.join(', ')})`);
        await write(wrote, () => client.updateFileStack(stack, compose.text, merged.env));
        const verified = await verify(client, ctx, compose.text, merged.env);
        return { items: verified.items, notes: [envChange, ...verified.notes] };
      }),

    restore: (ctx, point) =>
      step(async (wrote): Promise<DeployOutcome> => {
        const saved = parseRestorePoint(point);
        const { client, stack } = await connect(ctx);
        if (stack.id !== saved.stackId)
          throw new DeployFailure(
            `stack ${stack.name} is not the one captured (id ${stack.id}, captured id ${saved.stackId}): not restored`,
            'deploy',
            [],
            false,
          );
        if (Boolean(stack.git) !== Boolean(saved.git))
          throw new DeployFailure(
            `stack ${stack.name} is ${stack.git ? 'now' : 'no longer'} a Git stack: not restored the way it was captured`,
            'deploy',
            [],
            false,
          );
        if (saved.git) {
          const deployed = await write(wrote, () => client.redeployGitStack(stack as GitStack, saved.git!.referenceName, saved.env));
          expectCommit(
            deployed,
            saved.git.referenceName,
            saved.git.configHash,
            'the commit captured before the deploy',
            'a Git stack follows its ref; revert the commit on the branch to restore it',
          );
        } else {
          await write(wrote, () => client.updateFileStack(stack, saved.stackFileContent, saved.env));
        }
        const verified = await verify(client, ctx, saved.stackFileContent, saved.env);
        return { items: verified.items, notes: [`restored ${saved.description}`, ...verified.notes] };
      }),
  };
}

/**
 * A driver call whose failures are DeployFailures that say whether the stack changed: nothing has
 * before `wrote` is called (a write succeeded), everything after may have.
 */
async function step<T>(fn: (wrote: () => void) => Promise<T>): Promise<T> {
  let hasWritten = false;
  try {
    return await fn(() => {
      hasWritten = true;
    });
  } catch (e) {
    if (e instanceof PortainerApiError) throw asFailure(e, hasWritten);
    if (e instanceof DeployFailure && hasWritten && !e.changed) throw new DeployFailure(e.message, e.phase, e.items, true);
    throw e;
  }
}

const asFailure = (e: PortainerApiError, changed: boolean): DeployFailure =>
  new DeployFailure(e.message, e.kind === 'timeout' || e.kind === 'cancelled' ? 'timeout' : 'deploy', [], changed);

function servicesOf(text: string, env: readonly EnvPair[], what: string): ComposeService[] {
  try {
    return readServices(text, envVars(env));
  } catch (e) {
    throw new DeployFailure(`${what}: ${(e as Error).message}`, 'deploy', [], false);
  }
}

function gitNote(stack: GitStack, sha: string): string {
  const now = stack.git.configHash ? `, at commit ${stack.git.configHash.slice(0, 12)} now` : '';
  return `Git stack: Portainer redeploys its ref ${stack.git.referenceName} of ${stack.git.url}${now}; the deploy verifies that it deploys ${sha.slice(0, 12)}`;
}

/** A Git redeploy that deployed another commit than `sha` has not deployed what was asked. */
function expectCommit(deployed: PortainerStack, ref: string, sha: string, which: string, hint: string): void {
  const hash = deployed.git?.configHash ?? '';
  if (hash.toLowerCase() === sha.toLowerCase()) return;
  const got = hash ? `commit ${hash.slice(0, 12)}` : 'no commit it reported';
  throw new DeployFailure(`Portainer deployed ${ref} at ${got}, not ${sha.slice(0, 12)} (${which}): ${hint}`, 'verify');
}

/**
 * The bot's configuration, from its environment (never from flags: keys and secrets must not show
 * in `ps`). Every problem is a UserError naming the variable; nothing is half-read.
 */
import fs from 'node:fs';
import { checkPrivateKey } from '../adapters/github/app-auth';
import { DEFAULT_API_URL } from '../adapters/github/client';
import { UserError } from '../core/errors';

export interface BotConfig {
  appId: number;
  privateKey: string;
  webhookSecret: string;
  apiUrl: string;
  /** The embedded database's directory (pglite), when there is no DATABASE_URL. */
  dataDir: string;
  databaseUrl?: string;
  /** Where the bot is reachable from outside (links to audit records); undefined: links are left out. */
  publicUrl?: string;
  /** Jobs one process works on at once. */
  concurrency: number;
  /** How long a claimed job is held before another worker may take it over (a crashed process). */
  leaseMs: number;
  /** Bearer token for gate.prometheus, when the Prometheus servers need one. */
  prometheusToken?: string;
}

export function readBotConfig(env: NodeJS.ProcessEnv): BotConfig {
  const appIdText = env.STACKGATE_APP_ID?.trim() ?? '';
  if (!/^[1-9]\d{0,15}$/.test(appIdText)) throw new UserError(`STACKGATE_APP_ID: expected the App's numeric id, got "${appIdText}"`);
  let privateKey = env.STACKGATE_APP_PRIVATE_KEY;
  let keySource = 'STACKGATE_APP_PRIVATE_KEY';
  if (!privateKey && env.STACKGATE_APP_PRIVATE_KEY_FILE) {
    keySource = 'STACKGATE_APP_PRIVATE_KEY_FILE';
    try {
      privateKey = fs.readFileSync(env.STACKGATE_APP_PRIVATE_KEY_FILE, 'utf8');
    } catch (e) {
      throw new UserError(
        `STACKGATE_APP_PRIVATE_KEY_FILE: cannot read ${env.STACKGATE_APP_PRIVATE_KEY_FILE}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      );
    }
  }
  if (!privateKey) throw new UserError('the App private key is missing: set STACKGATE_APP_PRIVATE_KEY (the PEM) or STACKGATE_APP_PRIVATE_KEY_FILE');
  // Kubernetes secrets and .env files often carry the PEM with literal \n.
  if (!privateKey.includes('\n') && privateKey.includes('\\n')) privateKey = privateKey.replace(/\\n/g, '\n');
  checkPrivateKey(privateKey, keySource);
  const webhookSecret = env.STACKGATE_WEBHOOK_SECRET ?? '';
  if (!webhookSecret) throw new UserError("STACKGATE_WEBHOOK_SECRET is missing: the secret of the App's webhook, which every delivery is signed with");
  const publicUrl = env.STACKGATE_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined;
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) throw new UserError(`STACKGATE_PUBLIC_URL: expected an http(s) URL, got "${publicUrl}"`);
  return {
    appId: Number(appIdText),
    privateKey,
    webhookSecret,
    apiUrl: env.GITHUB_API_URL?.trim() || DEFAULT_API_URL,
    dataDir: env.STACKGATE_DATA_DIR?.trim() || './.stackgate-bot',
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    publicUrl,
    concurrency: positiveInt(env.STACKGATE_BOT_CONCURRENCY, 'STACKGATE_BOT_CONCURRENCY', 4),
    leaseMs: positiveInt(env.STACKGATE_BOT_LEASE_MS, 'STACKGATE_BOT_LEASE_MS', 120_000),
    prometheusToken: env.STACKGATE_PROMETHEUS_TOKEN || undefined,
  };
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UserError(`${name}: expected a positive integer, got "${value}"`);
  return n;
}

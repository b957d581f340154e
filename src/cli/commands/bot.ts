import { readBotConfig } from '../../bot/config';
import { startBot } from '../../bot/index';
import { UserError } from '../../core/errors';
import type { CliIo } from '../io';
import { BASE_OPTIONS, parseCommandArgs, type CommandOptions } from '../command-args';
import { stderrLog } from '../stderr-log';

export const BOT_HELP = `stackgate bot [--port 3000] [--host 0.0.0.0] — run the stackgate GitHub App

A server for GitHub's webhooks. As a custom deployment protection rule it evaluates the gate of
stackgate.yml (at the deployment's commit) for every job that targets a protected environment, and
approves or rejects it with a link to the audit record; on pull requests it posts the readiness
comment. Deliveries are verified (X-Hub-Signature-256), stored in a durable queue, and worked on
with retries: a restart loses nothing. See docs/bot.md.

Options:
      --port <n>     port to listen on (default 3000)
      --host <addr>  address to listen on (default 0.0.0.0)
      --debug        print stack traces of internal errors
  -h, --help         this help

Configured by environment:
  STACKGATE_APP_ID                  the App's id
  STACKGATE_APP_PRIVATE_KEY         the App's private key (PEM), or
  STACKGATE_APP_PRIVATE_KEY_FILE    a file with it
  STACKGATE_WEBHOOK_SECRET          the webhook secret
  GITHUB_API_URL                    default https://api.github.com (GitHub Enterprise Server: https://HOST/api/v3)
  DATABASE_URL                      PostgreSQL, for several replicas; else
  STACKGATE_DATA_DIR                the embedded database's directory (default ./.stackgate-bot)
  STACKGATE_PUBLIC_URL              the bot's public URL, for links to audit records (GET /audits/<id>)
  STACKGATE_PROMETHEUS_TOKEN        bearer token for gate.prometheus
  STACKGATE_BOT_CONCURRENCY         jobs worked on at once per process (default 4)

Endpoints: POST /webhook, GET /healthz, GET /readyz, GET /metrics, GET /audits/<id>.
SIGTERM or SIGINT stops taking deliveries and lets the jobs in hand finish.

Exit codes: 0 stopped by a signal, 2 configuration error.
`;

export const OPTIONS = {
  ...BASE_OPTIONS,
  port: { type: 'string' },
  host: { type: 'string' },
} as const satisfies CommandOptions;

export async function runBotCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout.write(BOT_HELP);
    return 0;
  }
  if (positionals.length) throw new UserError(`bot takes no arguments, got "${positionals[0]}"`, { hint: 'stackgate bot --port 3000' });
  const port = values.port === undefined ? 3000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: expected a port number (0-65535), got "${values.port}"`);
  const host = values.host ?? '0.0.0.0';
  const config = readBotConfig(io.env);
  const log = stderrLog(io, !!values.debug);
  const bot = await startBot({ config, port, host, log, workerEntry: io.workerEntry });
  io.stderr.write(
    `stackgate bot: App ${config.appId}, listening on ${bot.url} (${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `embedded database in ${config.dataDir}`})\n`,
  );
  await new Promise<void>((resolve) => {
    if (!io.onShutdown) return; // Tests stop it through the process.
    io.onShutdown((signal) => {
      io.stderr.write(`stackgate bot: ${signal}: finishing the jobs in hand\n`);
      resolve();
    });
  });
  await bot.close();
  io.stderr.write('stackgate bot: stopped\n');
  return 0;
}

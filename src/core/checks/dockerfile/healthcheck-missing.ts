import path from 'node:path';
import type { Instruction } from 'dockerfile-ast';
import { defineCheck } from '../types';
import { locOf, shippedStages, stagesOf, type Stage } from './_stages';

/** Base images that are network servers themselves (their CMD serves HTTP or TCP). */
const SERVER_IMAGES = /(^|\/)(nginx|nginx-unprivileged|httpd|caddy|traefik|haproxy|envoy|tomcat|jetty|openresty)(:|@|$)/i;
/** Programs and scripts that start a server (`node server.js`, `uvicorn app:app`, `python manage.py runserver`). */
const SERVER_WORDS = new Set([
  'server',
  'serve',
  'runserver',
  'nginx',
  'httpd',
  'caddy',
  'uvicorn',
  'gunicorn',
  'hypercorn',
  'daphne',
  'waitress-serve',
  'puma',
  'unicorn',
  'rackup',
  'php-fpm',
  'catalina',
]);
/** Flags that make a program listen (`--port 8080`, `--listen=:9000`, `--host 0.0.0.0`). */
const LISTEN_FLAG = /^--(port|listen|bind|host)(=|$)/;

/** The words of a CMD or ENTRYPOINT, in shell or exec form. */
function commandWords(command: string): string[] {
  return command.split(/[\s"',[\]]+/).filter(Boolean);
}

/** Whether a CMD or ENTRYPOINT starts a server: a word of its own, not part of a name (`mcp-server-time` is a stdio tool). */
function startsServer(command: string): boolean {
  const words = commandWords(command);
  return (
    words.some(
      (w) =>
        LISTEN_FLAG.test(w) ||
        SERVER_WORDS.has(
          path.posix
            .basename(w)
            .replace(/\.[a-z]+$/i, '')
            .toLowerCase(),
        ),
    ) || /\bflask run\b/.test(command)
  );
}

/**
 * Whether the image runs a network service that a health check can probe: it EXPOSEs a port, sets a
 * PORT variable, starts from a server image or its command starts a server. CLI tools, one-shot
 * jobs, test images and stdio MCP servers (`docker run -i`) have nothing to probe.
 */
function servesNetwork(shipped: readonly Stage[]): boolean {
  const all: Instruction[] = shipped.flatMap((s) => s.instructions);
  const keyword = (i: Instruction) => i.getKeyword().toUpperCase();
  if (runsStdio(all, keyword)) return false;
  if (all.some((i) => keyword(i) === 'EXPOSE')) return true;
  if (
    all.some(
      (i) => (keyword(i) === 'ENV' || keyword(i) === 'ARG') && /(^|\s)([A-Z0-9_]*_)?PORT\s*=|^([A-Z0-9_]*_)?PORT\s+\S/i.test(i.getArgumentsContent() ?? ''),
    )
  )
    return true;
  const base = shipped[shipped.length - 1]?.from.getImage() ?? '';
  if (SERVER_IMAGES.test(base)) return true;
  const command = all.filter((i) => keyword(i) === 'CMD' || keyword(i) === 'ENTRYPOINT').map((i) => i.getArgumentsContent() ?? '');
  return command.some(startsServer);
}

/** Words that choose the stdio transport (`CMD ["stdio"]`, `--transport stdio`, `--stdio`, `--transport=stdio`). */
const STDIO_WORD = /^(stdio|--stdio|--transport=stdio)$/i;

/**
 * Whether the image's command, as it runs by default (the last ENTRYPOINT with the last CMD), is an
 * MCP server on stdio. An EXPOSE beside it is the port of another mode (`http`), which someone
 * chooses at `docker run`: by default nothing listens, and a HEALTHCHECK probing the port would
 * mark every container unhealthy.
 */
function runsStdio(all: readonly Instruction[], keyword: (i: Instruction) => string): boolean {
  const last = (k: string) => all.findLast((i) => keyword(i) === k)?.getArgumentsContent() ?? '';
  const words = commandWords(`${last('ENTRYPOINT')} ${last('CMD')}`);
  return words.some((w, n) => STDIO_WORD.test(w) || (w === '--transport' && words[n + 1]?.toLowerCase() === 'stdio'));
}

export default defineCheck({
  id: 'dockerfile/healthcheck-missing',
  target: 'dockerfile',
  meta: {
    title: 'Final stage has no HEALTHCHECK',
    category: 'reliability',
    severity: 'warning',
    rationale:
      'Without a HEALTHCHECK, Docker and Compose consider the container healthy as soon as the process starts: `depends_on: condition: service_healthy` cannot wait for it, and a hung MCP server that still holds its port is never restarted or taken out of rotation. Checked for images that serve on the network (EXPOSE, a PORT variable, a server base image or a command that starts a server); CLI tools, one-shot jobs and stdio MCP servers have nothing to probe, and Kubernetes ignores HEALTHCHECK (an image no Compose service builds, in a repository of Kubernetes workloads, is checked through its probes instead).',
    remediation:
      'Add a HEALTHCHECK to the final stage that probes the server itself, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1` (or a small probe binary in distroless images), or define the healthcheck in the Compose file.',
    messages: {
      missing: 'the final stage (FROM {{image}}) defines no HEALTHCHECK',
      disabled: 'the final stage disables the health check with HEALTHCHECK NONE',
    },
  },
  check(ctx) {
    const stages = stagesOf(ctx.dockerfile);
    const last = stages[stages.length - 1];
    if (!last) return;
    // A HEALTHCHECK in a stage the final stage is built FROM is inherited.
    const final = shippedStages(stages)
      .map((s) => s.instructions.filter((i) => i.getKeyword() === 'HEALTHCHECK').pop())
      .find((i) => i !== undefined);
    if (!final) {
      if (!servesNetwork(shippedStages(stages))) return;
      if (ctx.runtime === 'kubernetes') return; // Kubernetes ignores HEALTHCHECK: its probes are checked on the manifests
      ctx.report({ messageId: 'missing', data: { image: last.from.getImage() ?? '(none)' }, at: locOf(ctx.file, last.from) });
      return;
    }
    if ((final.getArgumentsContent() ?? '').trim().toUpperCase() === 'NONE') ctx.report({ messageId: 'disabled', at: locOf(ctx.file, final) });
  },
});

import { defineCheck } from '../types';
import { hasSubcommand, positionals, runCommands } from './_shell';
import { locOf, runInstructions, stagesOf } from './_stages';

const BUILD_PACKAGE =
  /^(gcc|g\+\+|gcc-c\+\+|cpp|make|cmake|ninja-build|build-essential|build-base|clang|llvm|musl-dev|libc6?-dev|linux-headers|golang|golang-go|go|rustc|cargo|maven|gradle|autoconf|automake|libtool|pkg-?config|pkgconf)$|-(dev|devel)$/;

const INSTALLERS: Record<string, string[]> = {
  'apt-get': ['install'],
  apt: ['install'],
  apk: ['add'],
  yum: ['install'],
  dnf: ['install'],
  microdnf: ['install'],
  zypper: ['install', 'in'],
};

/** The build tool a command uses, if any. */
function buildTool(name: string, words: string[]): string | undefined {
  const args = positionals(words);
  const sub = args[0];
  const flags = words.slice(1).join(' ');
  if (INSTALLERS[name] && hasSubcommand(words, ...INSTALLERS[name])) {
    const pkg = args
      .slice(1)
      .map((p) => p.replace(/[=<>~].*$/, ''))
      .find((p) => BUILD_PACKAGE.test(p));
    return pkg ? `${name} ${sub} ${pkg}` : undefined;
  }
  if (name === 'cargo' && (sub === 'build' || sub === 'install')) return `cargo ${sub}`;
  if (name === 'go' && (sub === 'build' || sub === 'install')) return `go ${sub}`;
  if ((name === 'mvn' || name === 'mvnw') && args.some((a) => ['package', 'install', 'verify'].includes(a))) return 'mvn';
  if ((name === 'gradle' || name === 'gradlew') && args.some((a) => /^(build|assemble|installDist|shadowJar|bootJar)$/.test(a))) return 'gradle';
  if (name === 'dotnet' && (sub === 'build' || sub === 'publish')) return `dotnet ${sub}`;
  if (name === 'make' && !/--version/.test(flags)) return 'make';
  if ((name === 'npm' || name === 'yarn' || name === 'pnpm') && (sub === 'run' || sub === 'run-script') && args[1] === 'build') return `${name} run build`;
  if ((name === 'yarn' || name === 'pnpm') && sub === 'build') return `${name} build`;
  if (
    name === 'npm' &&
    (sub === 'install' || sub === 'i' || sub === 'ci') &&
    args.length === 1 &&
    !/--(omit[= ]dev|production|only[= ]prod)/.test(flags) &&
    !words.includes('-g') &&
    !words.includes('--global')
  )
    return `npm ${sub} (with devDependencies)`;
  if (name === 'yarn' && (sub === undefined || sub === 'install') && !/--prod(uction)?\b/.test(flags)) return 'yarn install (with devDependencies)';
  if (name === 'pnpm' && (sub === 'install' || sub === 'i') && !/--prod\b|-P\b/.test(flags)) return 'pnpm install (with devDependencies)';
  return undefined;
}

export default defineCheck({
  id: 'dockerfile/multi-stage',
  target: 'dockerfile',
  meta: {
    title: 'Single-stage build ships its build tooling',
    category: 'security',
    severity: 'info',
    rationale:
      'Compilers, headers, package-manager caches and devDependencies in the runtime image make it larger, slower to pull on every deploy and a richer toolbox for an attacker; each is also extra CVE surface for the image scanner. A multi-stage build keeps them in a builder stage.',
    remediation:
      'Build in a first stage (`FROM node:20 AS build` ... `RUN npm ci && npm run build`) and copy only the output into a slim runtime stage (`FROM node:20-slim` + `COPY --from=build /app/dist ./dist` + `npm ci --omit=dev`).',
    messages: { singleStage: 'single-stage image runs build tooling ({{tool}}); build in a separate stage and copy only the output' },
  },
  check(ctx) {
    const stages = stagesOf(ctx.dockerfile);
    if (stages.length !== 1) return;
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const run of runInstructions(stages[0].instructions)) {
      for (const cmd of runCommands(run, escape)) {
        const tool = buildTool(cmd.name, cmd.words);
        if (tool) {
          ctx.report({ messageId: 'singleStage', data: { tool }, at: locOf(ctx.file, run) });
          return;
        }
      }
    }
  },
});

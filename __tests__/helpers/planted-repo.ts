/**
 * A repository with the same credentials planted in every kind of file whose findings quote their
 * content: Dockerfile instructions, Compose interpolation strings, an env file, a Prometheus scrape
 * target, a YAML syntax error and a Kubernetes manifest. Tests run stackgate on it and search every
 * byte it wrote for the planted values.
 */
import { ALNUM, checksummedToken, fake } from './fake-secret';
import { gitRepo, type GitRepo } from './git-repo';

export interface PlantedRepo extends GitRepo {
  /** The planted values, each of which must appear in no output. */
  values: string[];
  /** Check ids whose findings quote the lines holding a planted value (so the test proves they ran). */
  quotingChecks: string[];
}

export function plantedRepo(seed = 'planted'): PlantedRepo {
  const token = checksummedToken('ghp_', seed);
  const password = fake(ALNUM, 24, `${seed}:password`);
  const repo = gitRepo({
    'app/Dockerfile': [
      'FROM node:20.11.1-alpine',
      `RUN sudo env TOKEN=${token} ./install.sh`,
      `RUN cd /app && echo ${token} > .npmrc`,
      `CMD node server.js --token ${token}`,
      '',
    ].join('\n'),
    'docker-compose.yml': [
      'services:',
      '  web:',
      '    image: nginx:1.25.3',
      '    environment:',
      `      A: "\${FOO:?${token}}"`,
      `      B: "\${BAR$$${token}"`,
      '',
    ].join('\n'),
    '.env': ['GOOD=1', `DB_PASSWORD ${password}`, `not a line ${token}`, ''].join('\n'),
    'monitoring/prometheus.yml': [
      'global: { scrape_interval: 15s }',
      'scrape_configs:',
      '  - job_name: api',
      '    static_configs:',
      `      - targets: ['http://admin:${password}@api:9090']`,
      '',
    ].join('\n'),
    'k8s/broken.yaml': ['apiVersion: v1', 'kind: ConfigMap', 'metadata: { name: broken }', `data: { token: ${token}: oops }`, ''].join('\n'),
    'k8s/deploy.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: api, namespace: mcp }',
      'spec:',
      '  selector: { matchLabels: { app: api } }',
      '  template:',
      '    metadata: { labels: { app: api } }',
      '    spec:',
      '      containers:',
      '        - name: api',
      '          image: ghcr.io/acme/api:1.2.3',
      `          args: ["--token", "${token}"]`,
      '          env:',
      '            - name: API_TOKEN',
      `              value: "${token}"`,
      '',
    ].join('\n'),
  });
  repo.commit('planted');
  return {
    ...repo,
    values: [token, password],
    quotingChecks: [
      'dockerfile/sudo',
      'dockerfile/cmd-shell-form',
      'compose/required-variable-missing',
      'compose/invalid-interpolation',
      'compose/invalid-env-file',
      'monitoring/scrape-config',
      'core/parse-error',
    ],
  };
}

/** The planted values (and any 8-character piece of them) that `text` shows. */
export function leaks(text: string, values: readonly string[]): string[] {
  const found: string[] = [];
  for (const value of values) {
    for (let i = 0; i + 8 <= value.length; i++) {
      const piece = value.slice(i, i + 8);
      if (text.includes(piece)) {
        found.push(`${piece} (from a ${value.length}-character value)`);
        break;
      }
    }
  }
  return found;
}

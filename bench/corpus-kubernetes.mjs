// @ts-check
// The Kubernetes manifests of one MCP application in one environment: ConfigMap, Deployment or
// StatefulSet, Service, ServiceAccount, NetworkPolicy and PodDisruptionBudget, each present or not,
// with hardened pods in most apps and the common faults in the rest: no limits (or none at all),
// latest or missing tags, privileged containers, no probes, no securityContext.

const APPS = ['mcp-github', 'mcp-filesystem', 'mcp-search', 'mcp-postgres', 'mcp-slack', 'mcp-jira', 'mcp-fetch', 'mcp-gateway', 'mcp-registry', 'mcp-vectors'];
const STATEFUL = ['postgres', 'redis', 'qdrant'];
const STATEFUL_IMAGES = { postgres: ['postgres', ['16.4-alpine', '15.8']], redis: ['redis', ['7.4.1-alpine']], qdrant: ['qdrant/qdrant', ['v1.12.1']] };
const SIDECARS = [
  ['otel-agent', 'otel/opentelemetry-collector-contrib', '0.111.0', 4318],
  ['envoy', 'envoyproxy/envoy', 'v1.31.2', 9901],
];

/** Returns the YAML documents (strings, without `---`) of one application. */
export function generateKubernetesApp(rnd, { team, env, index }) {
  const stateful = rnd.chance(0.2);
  const name = stateful ? `${rnd.pick(STATEFUL)}-${index}` : `${rnd.pick(APPS)}-${index}`;
  const namespace = rnd.chance(0.85) ? `${team}-${env}` : null;
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': team };
  if (rnd.chance(0.5)) labels['app.kubernetes.io/version'] = `${rnd.int(0, 3)}.${rnd.int(0, 20)}.${rnd.int(0, 9)}`;
  const port = stateful ? { postgres: 5432, redis: 6379, qdrant: 6333 }[name.split('-')[0]] : rnd.pick([8080, 3000, 8000]);
  const profile = rnd.weighted([
    [6, 'hardened'],
    [3, 'partial'],
    [1, 'faulty'],
  ]);
  const meta = (extra = []) => [
    'metadata:',
    `  name: ${name}`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    '  labels:',
    ...Object.entries(labels).map(([k, v]) => `    ${k}: "${v}"`),
    ...extra,
  ];
  const selector = [`      app.kubernetes.io/name: "${name}"`];
  const docs = [];

  const hasConfig = rnd.chance(0.6);
  if (hasConfig) {
    docs.push(
      lines([
        'apiVersion: v1',
        'kind: ConfigMap',
        ...meta(),
        'data:',
        `  LOG_LEVEL: ${rnd.pick(['info', 'debug', 'warn'])}`,
        `  MCP_TRANSPORT: ${rnd.pick(['sse', 'streamable-http'])}`,
        `  FEATURE_FLAGS: "${rnd.sample(['tools', 'prompts', 'resources', 'sampling'], rnd.int(1, 3)).join(',')}"`,
      ]),
    );
  }
  const hasAccount = rnd.chance(0.25);
  if (hasAccount) docs.push(lines(['apiVersion: v1', 'kind: ServiceAccount', ...meta(), 'automountServiceAccountToken: false']));

  const replicas = env === 'prod' ? rnd.pick([2, 3, 3, 5]) : rnd.pick([1, 1, 2]);
  const workload = stateful ? 'StatefulSet' : 'Deployment';
  const w = ['apiVersion: apps/v1', `kind: ${workload}`, ...meta(), 'spec:'];
  if (rnd.chance(0.9)) w.push(`  replicas: ${replicas}`);
  if (stateful) w.push(`  serviceName: ${name}-headless`);
  w.push('  selector:', '    matchLabels:', ...selector);
  if (!stateful && rnd.chance(0.4)) w.push('  strategy:', '    type: RollingUpdate', '    rollingUpdate:', '      maxSurge: 1', '      maxUnavailable: 0');
  w.push('  template:', '    metadata:', '      labels:', ...Object.entries(labels).map(([k, v]) => `        ${k}: "${v}"`));
  if (rnd.chance(0.3)) w.push('      annotations:', '        prometheus.io/scrape: "true"', `        prometheus.io/port: "${port}"`);
  w.push('    spec:');
  if (hasAccount) w.push(`      serviceAccountName: ${name}`);
  if (profile === 'hardened')
    w.push(
      '      securityContext:',
      '        runAsNonRoot: true',
      `        runAsUser: ${rnd.pick([1000, 10001, 65532])}`,
      '        fsGroup: 2000',
      '        seccompProfile:',
      '          type: RuntimeDefault',
    );
  if (rnd.chance(0.3)) w.push(`      terminationGracePeriodSeconds: ${rnd.pick([30, 45, 60])}`);
  if (rnd.chance(0.15))
    w.push(
      '      initContainers:',
      '        - name: wait-for-db',
      `          image: busybox:${rnd.pick(['1.36.1', '1.37.0', 'latest'])}`,
      '          command: ["sh", "-c", "until nc -z postgres 5432; do sleep 2; done"]',
    );
  w.push('      containers:');
  const [image, tags] = stateful ? STATEFUL_IMAGES[name.split('-')[0]] : [`ghcr.io/acme/${name.replace(/-\d+$/, '')}`, ['1.4.2', '2.0.1', '0.9.3']];
  pushContainer(rnd, w, { name: name.replace(/-\d+$/, ''), image: tagged(rnd, image, tags), port, profile, hasConfig, configName: name, stateful });
  if (rnd.chance(0.2)) {
    const [sName, sImage, sTag, sPort] = rnd.pick(SIDECARS);
    pushContainer(rnd, w, {
      name: sName,
      image: tagged(rnd, sImage, [sTag]),
      port: sPort,
      portName: sName === 'envoy' ? 'admin' : 'otlp',
      profile,
      hasConfig: false,
      stateful: false,
      sidecar: true,
    });
  }
  if (stateful) {
    w.push(
      '  volumeClaimTemplates:',
      '    - metadata:',
      '        name: data',
      '      spec:',
      '        accessModes: ["ReadWriteOnce"]',
      '        resources:',
      '          requests:',
      `            storage: ${rnd.pick(['1Gi', '10Gi', '50Gi'])}`,
    );
  }
  docs.push(lines(w));

  if (rnd.chance(0.9)) {
    const svc = ['apiVersion: v1', 'kind: Service', ...meta(), 'spec:'];
    if (stateful) svc[svc.indexOf(`  name: ${name}`)] = `  name: ${name}-headless`;
    if (stateful) svc.push('  clusterIP: None');
    else if (rnd.chance(0.1)) svc.push('  type: LoadBalancer');
    svc.push(
      '  selector:',
      ...selector.map((l) => l.slice(2)),
      '  ports:',
      '    - name: http',
      `      port: ${stateful ? port : 80}`,
      `      targetPort: ${rnd.chance(0.6) ? 'http' : port}`,
      '      protocol: TCP',
    );
    docs.push(lines(svc));
  }
  if (rnd.chance(0.4)) {
    const np = [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      ...meta(),
      'spec:',
      '  podSelector:',
      '    matchLabels:',
      ...selector,
      '  policyTypes:',
      '    - Ingress',
    ];
    if (rnd.chance(0.5)) np.push('    - Egress');
    np.push(
      '  ingress:',
      '    - from:',
      '        - namespaceSelector:',
      '            matchLabels:',
      `              kubernetes.io/metadata.name: ${rnd.pick(['ingress-nginx', 'mcp-gateway', namespace ?? 'default'])}`,
      '      ports:',
      '        - protocol: TCP',
      `          port: ${port}`,
    );
    if (np.includes('    - Egress'))
      np.push('  egress:', '    - to:', '        - namespaceSelector: {}', '      ports:', '        - protocol: UDP', '          port: 53');
    docs.push(lines(np));
  }
  if (rnd.chance(0.35)) {
    const pdb = ['apiVersion: policy/v1', 'kind: PodDisruptionBudget', ...meta(), 'spec:'];
    pdb.push(rnd.chance(0.6) ? `  minAvailable: ${Math.max(1, replicas - 1)}` : '  maxUnavailable: 1');
    pdb.push('  selector:', '    matchLabels:', ...selector);
    docs.push(lines(pdb));
  }
  return docs;
}

function pushContainer(rnd, w, c) {
  w.push(`        - name: ${c.name}`, `          image: ${c.image}`);
  if (rnd.chance(0.6)) w.push(`          imagePullPolicy: ${rnd.pick(['IfNotPresent', 'Always'])}`);
  if (!c.stateful && !c.sidecar && rnd.chance(0.3)) w.push(`          args: ["--transport", "streamable-http", "--port", "${c.port}"]`);
  w.push('          ports:', `            - name: ${c.portName ?? 'http'}`, `              containerPort: ${c.port}`, '              protocol: TCP');
  if (c.hasConfig) {
    if (rnd.chance(0.5)) w.push('          envFrom:', '            - configMapRef:', `                name: ${c.configName}`);
    else
      w.push(
        '          env:',
        '            - name: LOG_LEVEL',
        '              valueFrom:',
        '                configMapKeyRef:',
        `                  name: ${c.configName}`,
        '                  key: LOG_LEVEL',
      );
  } else if (rnd.chance(0.4)) {
    w.push(
      '          env:',
      '            - name: NODE_ENV',
      '              value: production',
      '            - name: POD_NAME',
      '              valueFrom:',
      '                fieldRef:',
      '                  fieldPath: metadata.name',
    );
  }
  const resources = c.profile === 'faulty' ? rnd.pick(['none', 'requests']) : c.profile === 'partial' ? rnd.pick(['requests', 'full', 'full']) : 'full';
  if (resources !== 'none') {
    w.push(
      '          resources:',
      '            requests:',
      `              cpu: ${rnd.pick(['50m', '100m', '250m'])}`,
      `              memory: ${rnd.pick(['64Mi', '128Mi', '256Mi'])}`,
    );
    if (resources === 'full')
      w.push('            limits:', `              cpu: ${rnd.pick(['500m', '1', '2'])}`, `              memory: ${rnd.pick(['256Mi', '512Mi', '1Gi'])}`);
  }
  if (c.profile !== 'faulty' || rnd.chance(0.3)) {
    const probe = (kind, path, delay) => [
      `          ${kind}:`,
      '            httpGet:',
      `              path: ${path}`,
      `              port: ${c.portName ?? 'http'}`,
      `            initialDelaySeconds: ${delay}`,
      `            periodSeconds: ${rnd.pick([5, 10, 15])}`,
    ];
    if (c.stateful) w.push('          readinessProbe:', '            tcpSocket:', `              port: ${c.port}`, '            periodSeconds: 10');
    else {
      w.push(...probe('readinessProbe', '/ready', rnd.pick([2, 5])));
      if (rnd.chance(0.8)) w.push(...probe('livenessProbe', '/healthz', rnd.pick([10, 15, 30])));
    }
  }
  if (c.profile === 'hardened') {
    w.push(
      '          securityContext:',
      '            allowPrivilegeEscalation: false',
      '            readOnlyRootFilesystem: true',
      '            capabilities:',
      '              drop: ["ALL"]',
    );
  } else if (c.profile === 'faulty' && rnd.chance(0.4)) {
    w.push('          securityContext:', '            privileged: true');
  } else if (rnd.chance(0.5)) {
    w.push('          securityContext:', '            allowPrivilegeEscalation: false');
  }
  if (c.stateful) w.push('          volumeMounts:', '            - name: data', '              mountPath: /data');
}

function tagged(rnd, image, tags) {
  return rnd.weighted([
    [85, `${image}:${rnd.pick(tags)}`],
    [8, `${image}:latest`],
    [4, image],
    [3, `${image}@sha256:${rnd.hex(64)}`],
  ]);
}

function lines(list) {
  return `${list.join('\n')}\n`;
}

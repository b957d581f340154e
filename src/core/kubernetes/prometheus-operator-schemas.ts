/**
 * Small hand-written schemas for the prometheus-operator resources MCP stacks ship most often,
 * shaped like the openAPIV3Schema of their CustomResourceDefinitions. They check structure and types;
 * unknown fields are allowed because new operator releases keep adding them. A CRD in the
 * repository wins over these.
 */

const DURATION = '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$';

const duration = { type: 'string', pattern: DURATION };
const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const labelSelector = {
  type: 'object',
  properties: {
    matchLabels: stringMap,
    matchExpressions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'operator'],
        properties: { key: { type: 'string' }, operator: { type: 'string' }, values: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
  'x-kubernetes-map-type': 'atomic',
};

const relabelConfigs = { type: 'array', items: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } };

const endpoint = {
  type: 'object',
  'x-kubernetes-preserve-unknown-fields': true,
  properties: {
    port: { type: 'string' },
    targetPort: { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true },
    path: { type: 'string' },
    scheme: { type: 'string', enum: ['http', 'https', 'HTTP', 'HTTPS'] },
    params: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    interval: duration,
    scrapeTimeout: duration,
    honorLabels: { type: 'boolean' },
    honorTimestamps: { type: 'boolean' },
    followRedirects: { type: 'boolean' },
    enableHttp2: { type: 'boolean' },
    filterRunning: { type: 'boolean' },
    metricRelabelings: relabelConfigs,
    relabelings: relabelConfigs,
    tlsConfig: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    bearerTokenSecret: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    basicAuth: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    authorization: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    oauth2: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  },
};

const serviceMonitor = {
  type: 'object',
  required: ['spec'],
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    spec: {
      type: 'object',
      required: ['selector'],
      'x-kubernetes-preserve-unknown-fields': true,
      properties: {
        endpoints: { type: 'array', items: endpoint },
        selector: labelSelector,
        namespaceSelector: {
          type: 'object',
          properties: { any: { type: 'boolean' }, matchNames: { type: 'array', items: { type: 'string' } } },
        },
        jobLabel: { type: 'string' },
        targetLabels: { type: 'array', items: { type: 'string' } },
        podTargetLabels: { type: 'array', items: { type: 'string' } },
        sampleLimit: { type: 'integer', format: 'int64', minimum: 0 },
        targetLimit: { type: 'integer', format: 'int64', minimum: 0 },
        labelLimit: { type: 'integer', format: 'int64', minimum: 0 },
        scrapeClass: { type: 'string', minLength: 1 },
        attachMetadata: { type: 'object', properties: { node: { type: 'boolean' } } },
      },
    },
  },
};

const rule = {
  type: 'object',
  required: ['expr'],
  'x-kubernetes-preserve-unknown-fields': true,
  properties: {
    alert: { type: 'string' },
    record: { type: 'string' },
    expr: { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true },
    for: duration,
    keep_firing_for: { type: 'string', minLength: 1, pattern: DURATION },
    labels: stringMap,
    annotations: stringMap,
  },
};

const prometheusRule = {
  type: 'object',
  required: ['spec'],
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    spec: {
      type: 'object',
      'x-kubernetes-preserve-unknown-fields': true,
      properties: {
        groups: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name'],
            'x-kubernetes-preserve-unknown-fields': true,
            properties: {
              name: { type: 'string', minLength: 1 },
              interval: duration,
              query_offset: duration,
              limit: { type: 'integer' },
              partial_response_strategy: { type: 'string', pattern: '^([Aa][Bb][Oo][Rr][Tt]|[Ww][Aa][Rr][Nn])?$' },
              labels: stringMap,
              rules: { type: 'array', items: rule },
            },
          },
          'x-kubernetes-list-type': 'map',
          'x-kubernetes-list-map-keys': ['name'],
        },
      },
    },
  },
};

/** `group/version/Kind` -> openAPIV3Schema. */
export const PROMETHEUS_OPERATOR_SCHEMAS: ReadonlyMap<string, Record<string, unknown>> = new Map<string, Record<string, unknown>>([
  ['monitoring.coreos.com/v1/ServiceMonitor', serviceMonitor],
  ['monitoring.coreos.com/v1/PrometheusRule', prometheusRule],
]);

import { loadConfiguredSchemas, validateCustom } from '../../../src/core/kubernetes/custom-resources';

describe('validateCustom', () => {
  test('accepts OpenAPI v3 quirks: RE2 patterns, boolean exclusiveMinimum, nullable without type, int-or-string', () => {
    const schema = {
      type: 'object',
      properties: {
        spec: {
          type: 'object',
          properties: {
            mode: { type: 'string', pattern: '^(?i)(abort|warn)$' },
            weight: { type: 'number', minimum: 0, exclusiveMinimum: true },
            extra: { nullable: true, 'x-kubernetes-preserve-unknown-fields': true },
            port: { 'x-kubernetes-int-or-string': true },
          },
        },
      },
    };
    const ok = validateCustom(schema, {
      apiVersion: 'x/v1',
      kind: 'X',
      metadata: { name: 'a', labels: { a: 'b' } },
      spec: { mode: 'WARN', weight: 1, extra: null, port: 'http' },
    });
    expect(ok).toEqual({ ok: true, errors: [] });
    const bad = validateCustom(schema, { spec: { weight: 0, unknown: 1 } });
    expect(bad.ok && bad.errors.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual(['/spec additionalProperties', '/spec/weight exclusiveMinimum']);
  });

  test('a schema that cannot compile is reported, not thrown', () => {
    const result = validateCustom({ type: 'object', properties: { a: { $ref: '#/definitions/missing' } } }, { a: 1 });
    expect(result.ok).toBe(false);
  });
});

describe('loadConfiguredSchemas', () => {
  const crd = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata: { name: widgets.example.com }',
    'spec:',
    '  group: example.com',
    '  names: { kind: Widget, plural: widgets }',
    '  versions:',
    '    - name: v1',
    '      schema:',
    '        openAPIV3Schema: { type: object, properties: { spec: { type: object } } }',
    '',
  ].join('\n');
  const files: Record<string, string> = {
    'schemas/widget-crd.yaml': crd,
    'schemas/gadget.json': '{"type": "object", "required": ["spec"]}',
    'schemas/broken.json': '{"type": ',
  };

  test('reads JSON Schemas and CRDs, and names the problems', () => {
    const { schemas, problems } = loadConfiguredSchemas(
      {
        'example.com/v1/Widget': 'schemas/widget-crd.yaml',
        'example.com/v1/Gadget': 'schemas/gadget.json',
        'example.com/v2/Widget': 'schemas/widget-crd.yaml',
        'example.com/v1/Broken': 'schemas/broken.json',
        'example.com/v1/Gone': 'schemas/gone.json',
        Bad: 'schemas/gadget.json',
      },
      (f) => files[f],
    );
    expect([...schemas.keys()].sort()).toEqual(['example.com/v1/Gadget', 'example.com/v1/Widget']);
    expect(schemas.get('example.com/v1/Widget')?.schema).toEqual({ type: 'object', properties: { spec: { type: 'object' } } });
    expect(problems.map((p) => `${p.key}: ${p.message}`)).toEqual([
      'example.com/v2/Widget: schema file schemas/widget-crd.yaml holds no schema for example.com/v2/Widget',
      expect.stringMatching(/^example.com\/v1\/Broken: schema file schemas\/broken.json does not parse/),
      'example.com/v1/Gone: schema file schemas/gone.json was not found',
      'Bad: "Bad" is not of the form group/version/Kind (or version/Kind for the core group)',
    ]);
  });
});

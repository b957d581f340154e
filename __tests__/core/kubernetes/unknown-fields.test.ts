import { validateRecordingFields } from '../../../src/core/kubernetes/unknown-fields';

// Manifest data is untyped, as the models' validators see it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

/** A validate function shaped like the models' compiled ones: reads known properties, enumerates maps. */
function validate(this: unknown): void {
  const self = this as Data;
  void self.apiVersion;
  void self.kind;
  const spec = self.spec;
  if (spec && typeof spec === 'object') {
    void spec.replicas;
    void spec.selector;
    for (const key in spec.labels ?? {}) void spec.labels[key];
    void spec.raw; // free-form: never looked into
  }
  if (self.spec?.replicas === 'bad') throw Object.assign(new Error('invalid'), { errors: [{ instancePath: '/spec/replicas', keyword: 'type' }] });
}

test('keys no schema reads are unknown fields, with the nearest known one', () => {
  const { thrown, unknownFields } = validateRecordingFields(validate, {
    apiVersion: 'v1',
    kind: 'Thing',
    spce: {},
    spec: { replicas: 2, replica: 3, labels: { any: 'key' }, raw: { free: { form: true } }, 'x-kubernetes-list-type': 'map', description: 'kept' },
  });
  expect(thrown).toBeUndefined();
  expect(unknownFields.map((e) => [e.instancePath, e.params])).toEqual([
    ['', { additionalProperty: 'spce', suggestion: 'spec' }],
    ['/spec', { additionalProperty: 'replica', suggestion: 'replicas' }],
  ]);
});

test('what the validate function throws comes back as it was', () => {
  const { thrown, unknownFields } = validateRecordingFields(validate, { apiVersion: 'v1', kind: 'Thing', spec: { replicas: 'bad' } });
  expect((thrown as { errors: unknown[] }).errors).toEqual([{ instancePath: '/spec/replicas', keyword: 'type' }]);
  expect(unknownFields).toEqual([]);
});

test('keys are escaped as JSON pointers', () => {
  const { unknownFields } = validateRecordingFields(validate, { apiVersion: 'v1', kind: 'Thing', 'a/b~c': 1 });
  expect(unknownFields[0].params?.additionalProperty).toBe('a/b~c');
  const nested = validateRecordingFields(
    function (this: unknown) {
      void (this as Data)['a/b'].x;
    },
    { 'a/b': { x: 1, y: 2 } },
  );
  expect(nested.unknownFields.map((e) => e.instancePath)).toEqual(['/a~1b']);
});

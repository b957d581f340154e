import { loadBuiltInModels, validateBuiltIn } from '../../../src/core/kubernetes/schema';
import { validateLearningFields, validateRecordingFields, type LearnedFields } from '../../../src/core/kubernetes/unknown-fields';
import { parseYaml, toPlain } from '../../../src/core/source/yaml-tree';
import { createRandom, type Random } from '../../helpers/fake-secret';

interface BenchKubernetes {
  generateKubernetesApp(rnd: Random, app: { team: string; env: string; index: number }): string[];
}
const { generateKubernetesApp } = jest.requireActual<BenchKubernetes>('../../../bench/corpus-kubernetes.mjs');

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

describe('validateLearningFields', () => {
  test('an object whose every key was read before is validated as it is, with the same result', () => {
    const learned: LearnedFields = new Map();
    // The toy validator, counting the runs given the object itself rather than the recording view.
    const given = new Set<object>();
    let plainRuns = 0;
    const counting = function (this: unknown): void {
      if (given.has(this as object)) plainRuns++;
      validate.call(this);
    };
    const first = { apiVersion: 'v1', kind: 'Thing', spec: { replicas: 1, labels: { a: 'b' } } };
    given.add(first);
    expect(validateLearningFields(counting, first, learned)).toEqual(validateRecordingFields(validate, first));
    expect(plainRuns).toBe(0);
    const second = { apiVersion: 'v1', kind: 'Thing', spec: { replicas: 3, labels: { other: 'key', more: 'x' } } };
    given.add(second);
    expect(validateLearningFields(counting, second, learned)).toEqual({ unknownFields: [] });
    expect(plainRuns).toBe(1);
  });

  test('a key or a place not seen yet takes the recording run, which reports it and learns', () => {
    const learned: LearnedFields = new Map();
    validateLearningFields(validate, { apiVersion: 'v1', kind: 'Thing', spec: { replicas: 1 } }, learned);
    const typo = { apiVersion: 'v1', kind: 'Thing', spec: { replica: 1 } };
    expect(validateLearningFields(validate, typo, learned)).toEqual(validateRecordingFields(validate, typo));
    expect(validateLearningFields(validate, typo, learned).unknownFields.map((e) => e.params.additionalProperty)).toEqual(['replica']);
    const nested = { apiVersion: 'v1', kind: 'Thing', spec: { selector: { matchLabels: {} } } };
    expect(validateLearningFields(validate, nested, learned)).toEqual(validateRecordingFields(validate, nested));
  });

  test('a rejected object gets its errors and fields as before, and a run that threw teaches nothing', () => {
    const learned: LearnedFields = new Map();
    const bad = { apiVersion: 'v1', kind: 'Thing', spec: { replicas: 'bad', extra: 1 } };
    const got = validateLearningFields(validate, bad, learned);
    expect(got).toEqual(validateRecordingFields(validate, bad));
    expect(learned.size).toBe(0);
    validateLearningFields(validate, { apiVersion: 'v1', kind: 'Thing', spec: { replicas: 1 } }, learned);
    expect(validateLearningFields(validate, { apiVersion: 'v1', kind: 'Thing', spec: { replicas: 'bad' } }, learned)).toEqual(
      validateRecordingFields(validate, { apiVersion: 'v1', kind: 'Thing', spec: { replicas: 'bad' } }),
    );
  });

  test("on the real models, the benchmark's manifests and copies with a misplaced or misspelt key give the recording run's results", async () => {
    const models = await loadBuiltInModels();
    const rnd = createRandom(7);
    const objects: Data[] = [];
    for (let index = 0; index < 40; index++) {
      for (const text of generateKubernetesApp(rnd, { team: `t${index % 5}`, env: ['dev', 'staging', 'prod'][index % 3], index })) {
        for (const doc of parseYaml('m.yaml', text).documents) objects.push(toPlain(doc.root) as Data);
      }
    }
    // Every third object gets a key renamed or added somewhere inside it.
    const mutated = objects.map((o, i) => {
      if (i % 3 !== 0) return o;
      const copy = structuredClone(o);
      const maps: Data[] = [];
      const collect = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(collect);
        else if (v && typeof v === 'object') {
          maps.push(v as Data);
          Object.values(v).forEach(collect);
        }
      };
      collect(copy);
      const target = maps[Math.floor(rnd.next() * maps.length)];
      const keys = Object.keys(target);
      if (keys.length && rnd.next() < 0.5) {
        const key = keys[Math.floor(rnd.next() * keys.length)];
        target[`${key}s`] = target[key];
        delete target[key];
      } else target.replicaCount = 2;
      return copy;
    });
    let unknown = 0;
    for (const o of [...objects, ...mutated]) {
      const cls = models.get(`${o.apiVersion}/${o.kind}`);
      if (!cls) continue;
      const recorded = validateRecordingFields(cls.prototype.validate, o);
      const expected = recorded.thrown === undefined ? recorded.unknownFields : undefined;
      const got = validateBuiltIn(models, o.apiVersion, o.kind, o);
      if (expected) expect(got).toEqual(expected);
      else expect(got?.length).toBeGreaterThan(0);
      unknown += recorded.unknownFields.length;
    }
    expect(objects.length).toBeGreaterThan(100);
    expect(unknown).toBeGreaterThan(10);
  });
});

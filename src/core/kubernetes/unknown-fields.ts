/**
 * Unknown fields of built-in kinds. The precompiled validators of `kubernetes-models` do not check
 * additionalProperties, but they read every property their schema defines. Running one on a proxy
 * that records the properties read shows which keys no schema knows: a typo (`restartPolicyy`), a
 * field at the wrong level, or one from another kind. kubectl (`--validate=strict`, its default)
 * and the API server reject them.
 *
 * An object the validator enumerated (a map such as labels, annotations, data or resource limits)
 * or never looked into (free-form JSON such as a CRD's `default`) has no unknown keys.
 */
import { suggest } from '../did-you-mean';

/** An ajv-style additionalProperties error, the shape schema.ts's SchemaError has (schema.ts imports this module). */
export interface UnknownFieldError {
  instancePath: string;
  keyword: 'additionalProperties';
  message: string;
  params: { additionalProperty: string; suggestion?: string };
}

/**
 * Keys the models' schemas leave out although the API defines them: every `description` (a
 * PriorityClass's, a JSON schema's) and the `x-kubernetes-*` extensions.
 */
const UNCHECKED_KEY = /^(description|x-kubernetes-.*)$/;
/** A CRD's openAPIV3Schema is a JSON schema, with vendor extensions the models do not list. */
const FREE_SUBTREE = /\/openAPIV3Schema(\/|$)/;

interface Visit {
  pointer: string;
  /** The pointer with every array index as `*`: the place in the schema, whatever the item. */
  shape: string;
  value: Record<string, unknown>;
  read: Set<string>;
  isEnumerated: boolean;
}

function escapePointer(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

function tracked(value: object, pointer: string, shape: string, visits: Visit[]): object {
  const isArray = Array.isArray(value);
  const visit: Visit | undefined = isArray ? undefined : { pointer, shape, value: value as Record<string, unknown>, read: new Set(), isEnumerated: false };
  if (visit) visits.push(visit);
  const children = new Map<string, object>();
  return new Proxy(value, {
    get(target, key, receiver) {
      const v: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string') return v;
      visit?.read.add(key);
      if (!v || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(target, key)) return v;
      let child = children.get(key);
      if (!child) {
        const segment = escapePointer(key);
        children.set(key, (child = tracked(v, `${pointer}/${segment}`, `${shape}/${isArray ? '*' : segment}`, visits)));
      }
      return child;
    },
    has(target, key) {
      if (typeof key === 'string') visit?.read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      if (visit) visit.isEnumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * Runs `validate` with `this` bound to a recording view of `value`; returns what it threw (if
 * anything) and an ajv-style additionalProperties error for each key no schema read.
 */
export function validateRecordingFields(
  validate: (this: unknown) => void,
  value: object,
  visits: Visit[] = [],
): { thrown?: unknown; unknownFields: UnknownFieldError[] } {
  let thrown: unknown;
  try {
    validate.call(tracked(value, '', '', visits));
  } catch (e) {
    thrown = e;
  }
  const unknownFields: UnknownFieldError[] = [];
  for (const v of visits) {
    if (v.isEnumerated || v.read.size === 0 || FREE_SUBTREE.test(v.pointer)) continue;
    // The properties the schema looked up are the ones it knows.
    const known = [...v.read];
    for (const key of Object.keys(v.value)) {
      if (v.read.has(key) || UNCHECKED_KEY.test(key)) continue;
      const suggestion = suggest(key, known);
      unknownFields.push({
        instancePath: v.pointer,
        keyword: 'additionalProperties',
        message: 'must NOT have additional properties',
        params: { additionalProperty: key, ...(suggestion ? { suggestion } : {}) },
      });
    }
  }
  return { thrown, unknownFields };
}

/**
 * What one validate function has been seen to read, by place in its schema (a pointer with every
 * array index as `*`): the keys it read there, or `any` where it enumerated the object, read none of
 * its keys or the schema is free-form. The compiled validators read the properties their schema
 * defines whatever the values, so a key read at a place is known there in every object.
 */
export type LearnedFields = Map<string, Set<string> | 'any'>;

/**
 * validateRecordingFields, without the recording where it would find nothing: an object whose every
 * key at every place was read there before, by a run that did not throw, is validated as it is,
 * about four times faster than through the recording view. Anything else (a key or a place not seen
 * yet, an object the validator rejects) takes the recording run, which teaches `learned` its reads.
 */
export function validateLearningFields(
  validate: (this: unknown) => void,
  value: object,
  learned: LearnedFields,
): { thrown?: unknown; unknownFields: UnknownFieldError[] } {
  if (learned.size > 0 && isEveryFieldKnown(value, '', learned)) {
    try {
      validate.call(value);
      return { unknownFields: [] };
    } catch {
      // Rejected: the recording run below gives the errors with the fields, as before.
    }
  }
  const visits: Visit[] = [];
  const result = validateRecordingFields(validate, value, visits);
  if (result.thrown === undefined) {
    // A run that threw stopped reading: what it left unread says nothing.
    for (const v of visits) {
      const had = learned.get(v.shape);
      if (had === 'any') continue;
      if (v.isEnumerated || v.read.size === 0 || FREE_SUBTREE.test(v.shape)) learned.set(v.shape, 'any');
      else if (had) for (const key of v.read) had.add(key);
      else learned.set(v.shape, new Set(v.read));
    }
  }
  return result;
}

function isEveryFieldKnown(value: object, shape: string, learned: LearnedFields): boolean {
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    for (const item of items) if (item && typeof item === 'object' && !isEveryFieldKnown(item, `${shape}/*`, learned)) return false;
    return true;
  }
  const known = learned.get(shape);
  if (known === undefined) return false;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (known !== 'any' && !known.has(key) && !UNCHECKED_KEY.test(key)) return false;
    const v = record[key];
    if (v !== null && typeof v === 'object' && !isEveryFieldKnown(v, `${shape}/${escapePointer(key)}`, learned)) return false;
  }
  return true;
}

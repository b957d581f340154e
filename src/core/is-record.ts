/** A plain mapping (parsed JSON or YAML object), not an array or null. */
export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

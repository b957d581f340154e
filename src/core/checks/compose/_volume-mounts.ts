/** Service `volumes` in short (`src:dst[:mode]`) and long (`{type, source, target}`) syntax, normalised. */

export interface VolumeMount {
  /** Index in the service's `volumes` list (for `at: ['volumes', index]`). */
  index: number;
  type: string;
  /** Host path for binds, volume name for named volumes, '' for anonymous volumes. */
  source: string;
  target: string;
  isReadOnly: boolean;
}

export function volumeMountsOf(volumes: unknown): VolumeMount[] {
  if (!Array.isArray(volumes)) return [];
  const out: VolumeMount[] = [];
  volumes.forEach((v, index) => {
    if (typeof v === 'string') {
      const m = parseShortVolume(v);
      if (m) out.push({ index, ...m });
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const source = typeof o.source === 'string' ? o.source : '';
      const type = typeof o.type === 'string' ? o.type : isHostPath(source) ? 'bind' : 'volume';
      out.push({ index, type, source, target: typeof o.target === 'string' ? o.target : '', isReadOnly: o.read_only === true || o.read_only === 'true' });
    }
  });
  return out;
}

function parseShortVolume(spec: string): Omit<VolumeMount, 'index'> | undefined {
  const s = spec.trim();
  if (!s) return undefined;
  // A Windows drive letter (C:\data) is part of the source, not a separator.
  const drive = /^[A-Za-z]:[\\/]/.test(s) ? s.slice(0, 2) : '';
  const parts = s.slice(drive.length).split(':');
  parts[0] = drive + parts[0];
  if (parts.length === 1) return { type: 'volume', source: '', target: parts[0], isReadOnly: false };
  const [source, target, mode = ''] = parts;
  const isReadOnly = mode.split(',').some((m) => m.trim() === 'ro');
  return { type: isHostPath(source) ? 'bind' : 'volume', source, target, isReadOnly };
}

export function isHostPath(source: string): boolean {
  return /^(\/|\.|~|[A-Za-z]:[\\/]|\\\\)/.test(source);
}

/** `/var/run//docker.sock/` -> `/var/run/docker.sock`. */
export function normalizeHostPath(source: string): string {
  const p = source.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

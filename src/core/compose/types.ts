/** The effective (layered, interpolated) Compose model the checks see. */
import type { Loc, MapNode } from '../source/yaml-tree';

export interface EffectiveService {
  name: string;
  /** The merged service tree: every value keeps the file and line of the layer that set it. */
  node: MapNode;
  /** The same service as plain data. */
  value: ComposeService;
  /** Where the service is first declared (its key in the first layer that has it). */
  loc: Loc;
}

export interface EffectiveStack {
  /** Stack name from config, or derived from its directory. */
  name: string;
  /** Environment this effective stack was computed for. */
  environment: string;
  /** Layer files, base first. */
  files: string[];
  /** The merged top-level tree. */
  node: MapNode;
  /** Active services (profiles applied). */
  services: EffectiveService[];
  /** Where the first layer starts, for stack-level findings. */
  loc: Loc;
}

/** The subset of the Compose service model checks read; anything else stays `unknown`. */
export interface ComposeService {
  image?: unknown;
  build?: unknown;
  user?: unknown;
  privileged?: unknown;
  read_only?: unknown;
  restart?: unknown;
  healthcheck?: Record<string, unknown> | unknown;
  deploy?: Record<string, unknown> | unknown;
  environment?: Record<string, unknown> | unknown;
  labels?: Record<string, unknown> | unknown;
  ports?: unknown[];
  volumes?: unknown[];
  depends_on?: unknown;
  logging?: unknown;
  [key: string]: unknown;
}

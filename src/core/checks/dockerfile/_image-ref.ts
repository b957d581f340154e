/** The base image a FROM names, with `$ARG` references resolved from the ARGs declared before the first FROM. */
import type { Dockerfile } from 'dockerfile-ast';
import type { Stage } from './_stages';
import { isStageReference } from './_stages';

export interface ImageRef {
  /** The image as written, after resolving variables. */
  image: string;
  name: string;
  tag?: string;
  digest?: string;
}

/** The image a stage's FROM names with its ARGs resolved (`scratch` included); undefined for stage references and unresolved variables. */
export function resolvedImageOf(dockerfile: Dockerfile, stage: Stage): string | undefined {
  const written = stage.from.getImage();
  if (!written) return undefined;
  const image = resolveArgs(dockerfile, written);
  return image === undefined || /\$/.test(image) ? undefined : image;
}

/** Undefined for `scratch`, stage references and images that still contain unresolved variables. */
export function externalImageOf(dockerfile: Dockerfile, stages: readonly Stage[], stage: Stage): ImageRef | undefined {
  if (isStageReference(stages, stage)) return undefined;
  const written = stage.from.getImage();
  if (!written) return undefined;
  const image = resolveArgs(dockerfile, written);
  if (image === undefined || /\$/.test(image)) return undefined;
  if (image.toLowerCase() === 'scratch') return undefined;
  return parseImageRef(image);
}

function resolveArgs(dockerfile: Dockerfile, text: string): string | undefined {
  if (!text.includes('$')) return text;
  const defaults = new Map<string, string>();
  for (const arg of dockerfile.getInitialARGs()) {
    const p = arg.getProperty();
    const value = p?.getValue();
    if (p && typeof value === 'string') defaults.set(p.getName(), value);
  }
  let unresolved = false;
  const out = text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (m, braced: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare ?? '';
      const fallback = /\$\{[^:}-]*:?-([^}]*)\}/.exec(m)?.[1];
      const v = defaults.get(name) ?? fallback;
      if (v === undefined) unresolved = true;
      return v ?? m;
    },
  );
  return unresolved ? undefined : out;
}

export function parseImageRef(image: string): ImageRef {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { image, name: rest, tag, digest };
}

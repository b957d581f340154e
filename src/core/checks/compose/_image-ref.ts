/** Parts of an image reference `[registry/]name[:tag][@digest]`. */

export interface ImageRef {
  name: string;
  /** undefined when no tag is written; '' for a dangling `name:` (an unset ${TAG}). */
  tag?: string;
  digest?: string;
}

export function parseImageRef(image: string): ImageRef {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const rest = at >= 0 ? image.slice(0, at) : image;
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  return { name: hasTag ? rest.slice(0, colon) : rest, tag: hasTag ? rest.slice(colon + 1) : undefined, digest };
}

/** The last path segment of an image name without registry or namespace: `ghcr.io/x/postgres` -> `postgres`. */
export function imageBaseName(name: string): string {
  return name.split('/').pop()!.toLowerCase();
}

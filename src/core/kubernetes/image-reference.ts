/** Container image references: `registry:5000/team/app:1.2@sha256:...` split into parts. */

export interface ImageReference {
  /** Everything before the tag and digest (registry and repository). */
  name: string;
  tag?: string;
  digest?: string;
}

export function parseImageReference(image: string): ImageReference {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  // A colon before the last slash belongs to a registry port (`localhost:5000/app`), not a tag.
  if (colon > lastSlash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, digest };
}

/** Whether the image string is a template placeholder that only a later tool resolves (`{{ .Values.image }}`, `${IMAGE}`). */
export function isTemplated(image: string): boolean {
  return /\{\{|\$\{|\$\(/.test(image);
}

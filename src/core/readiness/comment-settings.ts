/**
 * The sticky comment's settings, one rule for stackgate.yml, action inputs, the report envelope and
 * the upsert: the key (in the comment's HTML marker and the artifact's envelope) and the modes.
 */
import { UserError } from '../errors';

export const COMMENT_KEY = /^[\w.-]{1,50}$/;
export const COMMENT_MODES = ['update', 'recreate', 'skip-unchanged', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
/** The modes that post (everything but off). */
export type PostingCommentMode = Exclude<CommentMode, 'off'>;

export function checkCommentKey(key: string, where: string): string {
  if (!COMMENT_KEY.test(key))
    throw new UserError(`${where}: comment key ${JSON.stringify(key)} may only contain letters, digits, ".", "_" and "-" (at most 50)`);
  return key;
}

/** An action's `comment` input; empty means the default (stackgate.yml's, or update). */
export function parseCommentMode(input: string, where = 'input "comment"'): CommentMode | undefined {
  if (!input) return undefined;
  if (!(COMMENT_MODES as readonly string[]).includes(input)) throw new UserError(`${where}: expected one of ${COMMENT_MODES.join(', ')}, got "${input}"`);
  return input as CommentMode;
}

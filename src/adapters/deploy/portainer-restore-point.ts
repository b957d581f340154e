/**
 * What the Portainer driver captures before a deploy and restores after a failed one: the stack's
 * Compose file and Env (Env values included: restoring puts them back as they were), and for a Git
 * stack its ref and the commit it ran. Plain JSON, checked when it comes back.
 */
import { z } from 'zod';
import { DeployFailure, type RestorePoint } from '../../core/deploy/driver';

const restorePointSchema = z.object({
  driver: z.literal('portainer'),
  description: z.string(),
  stackId: z.number().int().positive(),
  stackName: z.string().min(1),
  stackFileContent: z.string().min(1),
  env: z.array(z.object({ name: z.string().min(1), value: z.string() })),
  git: z.object({ referenceName: z.string().min(1), configHash: z.string() }).nullable(),
});

export type PortainerRestorePoint = z.infer<typeof restorePointSchema>;

export function parseRestorePoint(point: RestorePoint): PortainerRestorePoint {
  const parsed = restorePointSchema.safeParse(point);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new DeployFailure(
    `the restore point is not one the Portainer driver captured (${issue.path.join('.') || 'the point'}: ${issue.message}): nothing restored`,
    'deploy',
    [],
    false,
  );
}

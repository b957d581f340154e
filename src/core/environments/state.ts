/**
 * A GitHub environment's protection as stackgate reads it (GET /repos/{o}/{r}/environments/{name},
 * its deployment branch policies and custom protection rules), normalised so that `environments
 * check` can compare it with stackgate.yml and `gate` can judge it.
 */

export interface EnvironmentReviewer {
  type: 'User' | 'Team';
  id: number;
  /** A user's login, or a team as org/team-slug. */
  name: string;
}

export type BranchPolicyState =
  /** Any branch or tag may deploy (deployment_branch_policy null). */
  | { kind: 'all' }
  | { kind: 'protected' }
  /** Custom name patterns (deployment-branch-policies). */
  | { kind: 'custom'; branches: string[]; tags: string[] };

export interface EnvironmentState {
  name: string;
  id: number;
  /** Required reviewers (empty when the environment has no required_reviewers rule). */
  reviewers: EnvironmentReviewer[];
  preventSelfReview: boolean;
  /** The wait timer in minutes (0 when none). */
  waitTimerMinutes: number;
  canAdminsBypass: boolean;
  branchPolicy: BranchPolicyState;
  /** Slugs of the GitHub Apps whose custom deployment protection rules are enabled. */
  customRules: string[];
}

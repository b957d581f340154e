import { defineCheck } from '../types';
import { baseName, parseShell, runScript } from './_shell';
import { locOf, runInstructions } from './_stages';

function withoutAssignments(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length && /^[A-Za-z_]\w*=/.test(words[i])) i++;
  return words.slice(i);
}

export default defineCheck({
  id: 'dockerfile/sudo',
  target: 'dockerfile',
  meta: {
    title: 'RUN uses sudo',
    category: 'security',
    severity: 'warning',
    rationale:
      'Build steps already run as the current USER; sudo in an image means sudo is installed and configured in the runtime image, which turns any code execution into root, and its TTY and environment handling behaves unpredictably in builds. hadolint DL3004.',
    remediation:
      'Run the privileged steps as root before switching to the unprivileged `USER`, and remove sudo from the image; use gosu or su-exec if an entrypoint must drop privileges.',
    messages: { sudo: 'RUN uses sudo ({{command}})' },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const run of runInstructions(ctx.dockerfile.getInstructions())) {
      const cmd = parseShell(runScript(run, escape))
        .map((c) => withoutAssignments(c.words))
        .find((words) => words.length > 0 && baseName(words[0]) === 'sudo');
      if (cmd) ctx.report({ messageId: 'sudo', data: { command: cmd.slice(0, 4).join(' ') }, at: locOf(ctx.file, run) });
    }
  },
});

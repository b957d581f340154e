import { JSONInstruction, type Instruction } from 'dockerfile-ast';
import { defineCheck } from '../types';
import { locOf, shippedStages, stagesOf } from './_stages';

function isShellForm(instr: Instruction): boolean {
  if (instr instanceof JSONInstruction && instr.getOpeningBracket() && instr.getClosingBracket()) return false;
  const args = (instr.getArgumentsContent() ?? '').trim();
  // `CMD exec node server.js` replaces the shell, so the process gets signals.
  return args !== '' && !/^exec\s/.test(args);
}

export default defineCheck({
  id: 'dockerfile/cmd-shell-form',
  target: 'dockerfile',
  meta: {
    title: 'CMD or ENTRYPOINT uses shell form',
    category: 'reliability',
    severity: 'info',
    rationale:
      'In shell form the server runs as a child of `/bin/sh -c`, which does not forward SIGTERM: `docker stop` and Kubernetes wait out the grace period and then SIGKILL, dropping in-flight MCP sessions. A shell-form ENTRYPOINT also ignores CMD and `docker run` arguments. hadolint DL3025.',
    remediation: 'Use exec (JSON) form: `CMD ["node", "server.js"]`, or prefix the shell form with `exec` when you need variable expansion.',
    messages: { shellForm: '{{keyword}} {{command}} uses shell form, so the process does not receive SIGTERM' },
  },
  check(ctx) {
    const shipped = shippedStages(stagesOf(ctx.dockerfile));
    for (const keyword of ['CMD', 'ENTRYPOINT']) {
      const effective = shipped.map((s) => s.instructions.filter((i) => i.getKeyword() === keyword).pop()).find((i) => i !== undefined);
      if (!effective || !isShellForm(effective)) continue;
      const command = (effective.getArgumentsContent() ?? '').trim().replace(/\s+/g, ' ');
      ctx.report({
        messageId: 'shellForm',
        data: { keyword, command: command.length > 60 ? `${command.slice(0, 57)}...` : command },
        at: locOf(ctx.file, effective),
      });
    }
  },
});

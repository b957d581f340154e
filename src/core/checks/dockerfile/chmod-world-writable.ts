import { Copy, Add } from 'dockerfile-ast';
import { defineCheck } from '../types';
import { runCommands } from './_shell';
import { locOf } from './_stages';

/**
 * Whether a chmod mode makes files writable by everyone: an octal mode whose "other" digit has the
 * write bit (777, 0666, 2777), or a symbolic clause for others or all (`o+w`, `a+rwx`, `ugo=rwx`).
 * A sticky directory (1777, `+t`) is the shared-temp pattern and is left alone.
 */
export function isWorldWritableMode(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    const special = Number(digits[0]);
    const other = Number(digits[3]);
    return (other & 2) !== 0 && (special & 1) === 0;
  }
  const clauses = mode.split(',');
  if (clauses.some((c) => /t/.test(c.replace(/^[ugoa]*/, '')))) return false;
  return clauses.some((c) => {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(c);
    return !!m && m[2] !== '-' && m[3].includes('w') && /[oa]/.test(m[1]);
  });
}

export default defineCheck({
  id: 'dockerfile/chmod-world-writable',
  target: 'dockerfile',
  meta: {
    title: 'Files made world-writable in the image',
    category: 'security',
    severity: 'warning',
    rationale:
      'A file or directory every user may write (`chmod 777`, `chmod -R a+w`, `o+w`, `COPY --chmod=777`) lets any process in the container, whatever its user, replace code, configuration or scripts the MCP server runs, so one compromised tool becomes persistence. It usually papers over a wrong owner. Trivy (DS) and hadolint-style reviews flag it.',
    remediation:
      'Give the files to the user that needs them (`COPY --chown=app:app`, `chown -R app:app /data`) and keep modes at 755/644 (700/600 for private data). A shared scratch directory needs the sticky bit: `chmod 1777 /tmp/shared`.',
    messages: {
      chmod: 'RUN makes {{target}} world-writable (chmod {{mode}})',
      copyChmod: '{{instruction}} --chmod={{mode}} makes the copied files world-writable',
    },
  },
  check(ctx) {
    const escape = ctx.dockerfile.getEscapeCharacter();
    for (const instruction of ctx.dockerfile.getInstructions()) {
      const keyword = instruction.getKeyword().toUpperCase();
      if (keyword === 'RUN') {
        for (const cmd of runCommands(instruction, escape)) {
          if (cmd.name !== 'chmod') continue;
          const args = cmd.words.slice(1).filter((w) => !/^-[A-Za-z]+$/.test(w) && !w.startsWith('--'));
          const [mode, ...targets] = args;
          if (mode === undefined || !isWorldWritableMode(mode)) continue;
          ctx.report({
            messageId: 'chmod',
            data: { mode, target: targets.length ? targets.slice(0, 3).join(' ') : 'files' },
            at: locOf(ctx.file, instruction),
          });
        }
      } else if (instruction instanceof Copy || instruction instanceof Add) {
        for (const flag of instruction.getFlags()) {
          const value = flag.getValue();
          if (flag.getName().toLowerCase() === 'chmod' && value && isWorldWritableMode(value)) {
            ctx.report({ messageId: 'copyChmod', data: { instruction: keyword, mode: value }, at: locOf(ctx.file, instruction) });
          }
        }
      }
    }
  },
});

/** Results on stdout: as rendered, or, in a GitHub Actions step, with workflow commands broken. */
import { neutraliseWorkflowCommands, type OutputKind } from '../core/report/workflow-commands';
import type { CliIo } from './io';

const KIND: Record<string, OutputKind> = { json: 'json', sarif: 'json', junit: 'xml', markdown: 'markdown', text: 'text' };

export function writeResult(io: CliIo, format: string, output: string): void {
  io.stdout.write(io.env.GITHUB_ACTIONS === 'true' ? neutraliseWorkflowCommands(KIND[format] ?? 'text', output) : output);
}

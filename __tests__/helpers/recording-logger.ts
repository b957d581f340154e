/** The tests' Logger: keeps every line with its level, and each group's name as an info line. */
import type { Logger } from '../../src/core/logger';

export interface RecordedLine {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
}

export class RecordingLogger implements Logger {
  readonly lines: RecordedLine[] = [];
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'info', message: `[group] ${name}` });
    return fn();
  }
}

import check from '../../../../src/core/checks/dockerfile/workdir-relative';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'absolute', code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR "/srv/mcp server"\n' },
    { name: 'variable', code: 'FROM alpine:3.20\nARG APP_HOME=/app\nWORKDIR ${APP_HOME}\n' },
    { name: 'windows path', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app\n' },
  ],
  invalid: [
    { name: 'relative', code: 'FROM alpine:3.20\nWORKDIR app\n', errors: [{ line: 2, messageId: 'relative', message: 'WORKDIR app' }] },
    {
      name: 'quoted and dotted',
      code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR "./src"\nWORKDIR ../data\n',
      errors: [
        { line: 3, messageId: 'relative', message: './src' },
        { line: 4, messageId: 'relative', message: '../data' },
      ],
    },
  ],
});

import check from '../../../../src/core/checks/dockerfile/cmd-shell-form';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'exec form', code: 'FROM node:20-slim\nENTRYPOINT ["tini", "--"]\nCMD ["node", "server.js"]\n' },
    { name: 'shell form with exec', code: 'FROM node:20-slim\nCMD exec node server.js --port "$PORT"\n' },
    { name: 'only the builder uses shell form', code: 'FROM node:20 AS build\nCMD npm test\nFROM node:20-slim\nCMD ["node", "server.js"]\n' },
    { name: 'overridden by a later exec form', code: 'FROM node:20-slim\nCMD node server.js\nCMD ["node", "server.js"]\n' },
    { name: 'no CMD', code: 'FROM node:20-slim\n' },
  ],
  invalid: [
    { name: 'shell-form CMD', code: 'FROM node:20-slim\nCMD node server.js\n', errors: [{ line: 2, messageId: 'shellForm', message: 'CMD node server.js' }] },
    {
      name: 'shell-form ENTRYPOINT inherited from the base stage, and CMD',
      code: 'FROM python:3.12-slim AS base\nENTRYPOINT python -m app\nFROM base\nCMD --port 8080\n',
      errors: [
        { line: 2, messageId: 'shellForm', message: 'ENTRYPOINT python -m app' },
        { line: 4, messageId: 'shellForm', message: 'CMD --port 8080' },
      ],
    },
    {
      name: 'broken JSON is shell form',
      code: "FROM node:20-slim\nCMD ['node', 'server.js']\n",
      errors: [{ line: 2, messageId: 'shellForm' }],
    },
  ],
});

import check from '../../../../src/core/checks/dockerfile/pip-no-cache';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: '--no-cache-dir', code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n' },
    { name: 'PIP_NO_CACHE_DIR', code: 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1\nRUN pip install -r requirements.txt\n' },
    { name: 'cache mount', code: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n' },
    { name: 'upgrading pip itself', code: 'FROM python:3.12-slim\nRUN pip install --upgrade pip setuptools\n' },
    { name: 'builder stage', code: 'FROM python:3.12 AS build\nRUN pip wheel -w /wheels -r requirements.txt && pip install x\nFROM python:3.12-slim\n' },
    { name: 'pip list is not install', code: 'FROM python:3.12-slim\nRUN pip list\n' },
  ],
  invalid: [
    {
      name: 'pip install',
      code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 3, messageId: 'cache', message: 'pip install' }],
    },
    {
      name: 'python -m pip and pip3',
      code: 'FROM python:3.12-slim\nRUN python3 -m pip install mcp==1.2.0\nRUN /usr/local/bin/pip3 install --user uvicorn\n',
      errors: [
        { line: 2, messageId: 'cache', message: 'python3 -m pip install' },
        { line: 3, messageId: 'cache', message: 'pip3 install' },
      ],
    },
  ],
});

/**
 * `stackgate explain <check-id>` as text: what a check looks for, why it matters, how to fix it,
 * its default severity, its options with their defaults, what its findings say, and how to turn it
 * down in stackgate.yml. Everything comes from the check's own metadata and options schema, so it
 * cannot drift from what the check does; the section in docs/checks.md is linked for the rest.
 */
import { z } from 'zod';
import { wrapWords } from '../report/wrap-words';
import { checkDocUrl } from './catalogue';
import { isEngineCheck, type AnyCheck, type EngineSource } from './types';

export interface ExplainOptions {
  /** Columns to wrap the prose at (a terminal's width); none: each paragraph on one line. */
  width?: number;
}

const INDENT = '  ';

/** Where an engine check's findings come from, in words. */
const ENGINE_SOURCES: Partial<Record<EngineSource, string>> = {
  'file-problem': 'while loading files',
  'compose-problem': 'while building the effective Compose stacks',
  promtool: "from promtool's results",
  suppression: 'while reading stackgate-ignore comments',
  'secret-scan': 'by the secret scanner',
};

/** One option of a check, read from its zod schema. */
export interface CheckOptionDoc {
  name: string;
  type: string;
  default?: unknown;
  description?: string;
}

export function explainCheck(check: AnyCheck, options: ExplainOptions = {}): string {
  const { meta } = check;
  const paragraph = (text: string, indent = INDENT): string[] =>
    wrapWords(text, options.width === undefined ? undefined : options.width - indent.length).map((l) => `${indent}${l}`);
  const facts = [
    `Default severity ${meta.severity}`,
    `category ${meta.category}`,
    ...(meta.readiness ? [`readiness ${meta.readiness}`] : []),
    ...(meta.productionOnly ? ['production environments only'] : []),
    ...(meta.mcpOnly ? ['only where MCP servers are deployed'] : []),
    ...(meta.operatedOnly ? ['only where the repository is operated (environments or GitOps objects)'] : []),
    ...(isEngineCheck(check) ? [`reported ${ENGINE_SOURCES[check.engine] ?? `by the engine (${check.engine})`}`] : []),
  ];
  const out: string[] = [`${check.id}: ${meta.title}`, ...paragraph(`${facts.join(', ')}.`, ''), ''];
  out.push('Why it matters', ...paragraph(meta.rationale), '');
  out.push('How to fix it', ...paragraph(meta.remediation), '');
  const messages = Object.values<string>(meta.messages);
  out.push(
    messages.length === 1 ? 'What a finding says' : 'What its findings say',
    ...messages.flatMap((m) => paragraph(m.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>'), `${INDENT}- `)),
    '',
  );

  const documented = checkOptions(check);
  if (documented.length) {
    out.push('Options');
    for (const o of documented) {
      out.push(`${INDENT}${o.name} (${o.type}${o.default !== undefined ? `, default ${JSON.stringify(o.default)}` : ''})`);
      if (o.description) out.push(...paragraph(o.description, INDENT.repeat(2)));
    }
    out.push('');
  }

  out.push('In stackgate.yml', `${INDENT}checks:`);
  if (documented.length) {
    out.push(`${INDENT}  ${check.id}:`, `${INDENT}    severity: ${meta.severity}          # or off | error | warning | info`, `${INDENT}    options:`);
    for (const o of documented) out.push(`${INDENT}      ${o.name}: ${JSON.stringify(o.default ?? exampleValue(o.type))}`);
  } else {
    out.push(`${INDENT}  ${check.id}: ${meta.severity}          # or off | error | warning | info`);
  }
  out.push(
    '',
    'To accept one finding, comment on its line or the line above',
    `${INDENT}# stackgate-ignore ${check.id}: <reason>`,
    '',
    `More: ${checkDocUrl(check.id)}`,
  );
  return `${out.join('\n')}\n`;
}

/** The options of a check, from its schema as JSON Schema (names, types, defaults, descriptions). */
export function checkOptions(check: AnyCheck): CheckOptionDoc[] {
  if (isEngineCheck(check) || !check.options) return [];
  const schema = z.toJSONSchema(check.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeName(property),
    ...(property.default !== undefined ? { default: property.default } : {}),
    ...(property.description ? { description: property.description } : {}),
  }));
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  default?: unknown;
  description?: string;
}

/** `string[]`, `number`, `"a" | "b"`, `object`: a JSON Schema's type in a few characters. */
function typeName(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' | ');
  if (schema.type === 'array') return `${schema.items ? typeName(schema.items) : 'any'}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (schema.type === 'integer') return 'number';
  return schema.type ?? 'any';
}

/** A value of the type for the stackgate.yml sample, when the option has no default. */
function exampleValue(type: string): unknown {
  if (type.endsWith('[]')) return [];
  if (type === 'number') return 0;
  if (type === 'boolean') return false;
  if (type === 'object') return {};
  return '';
}

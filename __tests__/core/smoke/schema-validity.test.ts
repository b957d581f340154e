import { inputSchemaProblem } from '../../../src/core/smoke/schema-validity';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';

describe('inputSchemaProblem', () => {
  it('accepts an object schema', () => {
    expect(inputSchemaProblem({ type: 'object' })).toBeUndefined();
    expect(
      inputSchemaProblem({
        type: 'object',
        properties: { query: { type: 'string', minLength: 1 }, limit: { type: 'integer', maximum: 100 } },
        required: ['query'],
        additionalProperties: false,
      }),
    ).toBeUndefined();
  });

  it.each([
    [null, 'inputSchema is not an object'],
    [undefined, 'inputSchema is not an object'],
    ['{"type":"object"}', 'inputSchema is not an object'],
    [[{ type: 'object' }], 'inputSchema is not an object'],
    [true, 'inputSchema is not an object'],
  ])('rejects %j: %s', (schema, problem) => {
    expect(inputSchemaProblem(schema)).toBe(problem);
  });

  it('requires type "object", as MCP does, naming the type it found', () => {
    expect(inputSchemaProblem({ type: 'string' })).toBe('inputSchema has type "string", MCP requires "object"');
    expect(inputSchemaProblem({ properties: { a: { type: 'string' } } })).toBe('inputSchema has type undefined, MCP requires "object"');
    expect(inputSchemaProblem({ type: ['object', 'null'] })).toBe('inputSchema has type ["object","null"], MCP requires "object"');
  });

  it('rejects a schema that breaks the JSON Schema meta-schema, saying where', () => {
    const problem = inputSchemaProblem({ type: 'object', properties: { limit: { type: 'integer', minimum: 'zero' } } });
    expect(problem).toMatch(/^inputSchema is not a valid JSON Schema: /);
    expect(problem).toContain('minimum');
    expect(inputSchemaProblem({ type: 'object', required: 'query' })).toMatch(/^inputSchema is not a valid JSON Schema: .*required/);
    expect(inputSchemaProblem({ type: 'object', properties: { a: { type: 'text' } } })).toMatch(/^inputSchema is not a valid JSON Schema: /);
  });

  it('rejects a schema that does not compile (a reference to nowhere)', () => {
    expect(inputSchemaProblem({ type: 'object', properties: { a: { $ref: '#/$defs/missing' } } })).toMatch(/^inputSchema does not compile: .*missing/);
  });

  it('reads a schema without $schema as JSON Schema 2020-12', () => {
    // prefixItems is 2020-12 only: its items must be schemas there.
    expect(
      inputSchemaProblem({ type: 'object', properties: { pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] } } }),
    ).toBeUndefined();
    expect(inputSchemaProblem({ type: 'object', properties: { pair: { type: 'array', prefixItems: 'string' } } })).toMatch(
      /^inputSchema is not a valid JSON Schema: /,
    );
    expect(inputSchemaProblem({ $schema: DRAFT_2020, type: 'object', properties: { pair: { type: 'array', prefixItems: 'string' } } })).toMatch(
      /^inputSchema is not a valid JSON Schema: /,
    );
    // $defs references resolve.
    expect(inputSchemaProblem({ type: 'object', $defs: { name: { type: 'string' } }, properties: { a: { $ref: '#/$defs/name' } } })).toBeUndefined();
  });

  it('reads a draft-07 schema as draft-07, where array-form items and definitions are right', () => {
    const tuple = {
      $schema: DRAFT_07,
      type: 'object',
      definitions: { name: { type: 'string' } },
      properties: { pair: { type: 'array', items: [{ type: 'string' }, { type: 'number' }] }, a: { $ref: '#/definitions/name' } },
    };
    expect(inputSchemaProblem(tuple)).toBeUndefined();
    // The same keyword is a 2020-12 error: items must be one schema there.
    const { $schema: _ignored, ...without } = tuple;
    expect(inputSchemaProblem(without)).toMatch(/^inputSchema is not a valid JSON Schema: .*items/);
  });

  it('tells draft-07 errors apart from 2020-12 ones', () => {
    // prefixItems is unknown in draft-07 (so ignored); "string" there is not a schema error.
    expect(inputSchemaProblem({ $schema: DRAFT_07, type: 'object', properties: { pair: { type: 'array', prefixItems: 'string' } } })).toBeUndefined();
    expect(inputSchemaProblem({ $schema: DRAFT_07, type: 'object', properties: { a: { type: 'integer', minimum: 'zero' } } })).toMatch(
      /^inputSchema is not a valid JSON Schema: /,
    );
  });

  it('accepts valid draft-06 and 2019-09 schemas', () => {
    expect(inputSchemaProblem({ $schema: 'http://json-schema.org/draft-06/schema#', type: 'object', properties: { a: { type: 'string' } } })).toBeUndefined();
    expect(
      inputSchemaProblem({
        $schema: 'https://json-schema.org/draft/2019-09/schema',
        type: 'object',
        $defs: { n: { type: 'string' } },
        properties: { a: { $ref: '#/$defs/n' } },
      }),
    ).toBeUndefined();
    expect(
      inputSchemaProblem({ $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'object', properties: { a: { type: 'integer', minimum: 'zero' } } }),
    ).toMatch(/^inputSchema is not a valid JSON Schema: /);
  });

  it('ignores unknown keywords and formats, as clients do', () => {
    expect(inputSchemaProblem({ type: 'object', 'x-internal': true, properties: { when: { type: 'string', format: 'no-such-format' } } })).toBeUndefined();
  });

  it('gives the same answer when asked again, also for schemas that share an $id', () => {
    const a = { $id: 'https://example.com/tool-input', type: 'object', properties: { a: { type: 'string' } } };
    const b = { $id: 'https://example.com/tool-input', type: 'object', properties: { b: { type: 'number' } } };
    expect(inputSchemaProblem(a)).toBeUndefined();
    expect(inputSchemaProblem(a)).toBeUndefined();
    expect(inputSchemaProblem(b)).toBeUndefined();
    const bad = { type: 'object', properties: { a: { type: 'integer', minimum: 'zero' } } };
    expect(inputSchemaProblem(bad)).toBe(inputSchemaProblem(bad));
    expect(inputSchemaProblem(bad)).toBeDefined();
  });
});

describe('dialects the MCP TypeScript SDK cannot validate with', () => {
  it('names draft-04 as the problem instead of failing obscurely', () => {
    const problem = inputSchemaProblem({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', properties: { a: { type: 'string' } } });
    expect(problem).toMatch(/declares JSON Schema draft-04 .*MCP expects 2020-12 or draft-07/);
  });

  it('checks a draft-07 schema against draft-07 (2020-12 keywords mean nothing there) and a 2019-09 one against 2019-09', () => {
    expect(inputSchemaProblem({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { a: { type: 'strin' } } })).toMatch(
      /inputSchema\/properties\/a\/type/,
    );
    expect(
      inputSchemaProblem({ $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'object', properties: { a: { type: 'string' } } }),
    ).toBeUndefined();
  });
});

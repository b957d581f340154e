/**
 * GitHub's GraphQL schema (@octokit/graphql-schema: the introspection result GitHub publishes) as a
 * request checker and executor for fakes, as github-openapi.ts is for REST: a request must be the
 * JSON GitHub accepts (`query`, optional `variables` and `operationName`), parse, and validate
 * against the schema; it is then executed by graphql-js against the data the fake holds, so an
 * answer has exactly the shape of the query.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, execute, parse, validate, GraphQLError, type DocumentNode, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

let schema: GraphQLSchema | undefined;

/** The schema, built once from the package's schema.json (its package exports only ESM, so the file is located by path). */
export function githubGraphqlSchema(): GraphQLSchema {
  if (!schema) {
    const file = (require.resolve.paths('@octokit/graphql-schema') ?? [])
      .map((dir) => path.join(dir, '@octokit/graphql-schema/schema.json'))
      .find((f) => fs.existsSync(f));
    if (!file) throw new Error('@octokit/graphql-schema is not installed (npm ci)');
    schema = buildClientSchema(JSON.parse(fs.readFileSync(file, 'utf8')) as IntrospectionQuery);
  }
  return schema;
}

export interface GraphqlRequest {
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface GraphqlRequestCheck {
  problems: string[];
  /** Present when the request is valid. */
  request?: GraphqlRequest;
  /** What GitHub answers (200) for an invalid query: its errors, as graphql-js words them. */
  errorBody?: { errors: unknown[] };
}

const KNOWN_KEYS = new Set(['query', 'variables', 'operationName']);

/** Checks the body of `POST /graphql` (already parsed JSON, or the raw text when it was not JSON). */
export function checkGraphqlRequest(body: unknown): GraphqlRequestCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid(['the body is not a JSON object']);
  const { query, variables, operationName } = body as Record<string, unknown>;
  const problems = Object.keys(body)
    .filter((k) => !KNOWN_KEYS.has(k))
    .map((k) => `unknown key ${JSON.stringify(k)} in the GraphQL request`);
  if (typeof query !== 'string') return invalid([...problems, 'the request has no "query" string']);
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables)))
    problems.push('"variables" is not an object');
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') problems.push('"operationName" is not a string');
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (e) {
    return invalid([...problems, `the query does not parse: ${(e as Error).message}`], [e as GraphQLError]);
  }
  const errors = validate(githubGraphqlSchema(), document);
  if (errors.length > 0) return invalid([...problems, ...errors.map((e) => `the query does not validate against GitHub's schema: ${e.message}`)], errors);
  if (problems.length > 0) return invalid(problems);
  return {
    problems,
    request: {
      document,
      variables: (variables ?? undefined) as Record<string, unknown> | undefined,
      operationName: (operationName ?? undefined) as string | undefined,
    },
  };
}

function invalid(problems: string[], errors: readonly GraphQLError[] = []): GraphqlRequestCheck {
  return { problems, errorBody: { errors: errors.length > 0 ? errors.map((e) => e.toJSON()) : problems.map((message) => ({ message })) } };
}

/** Runs a valid request against `root` (plain objects and functions, read by graphql-js's default resolvers). */
export async function executeGraphql(request: GraphqlRequest, root: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown[] }> {
  const result = await execute({
    schema: githubGraphqlSchema(),
    document: request.document,
    rootValue: root,
    variableValues: request.variables,
    operationName: request.operationName,
  });
  return { ...(result.data !== undefined ? { data: result.data } : {}), ...(result.errors ? { errors: result.errors.map((e) => e.toJSON()) } : {}) };
}

/** Checks what a fake answers on /graphql: GitHub answers 200 with `data` and/or `errors`, or an HTTP error. */
export function checkGraphqlResponse(status: number, body: unknown): string[] {
  if (status >= 500) return [];
  const where = `response ${status} of graphql`;
  if (status === 401 || status === 403 || status === 429) {
    return typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
      ? []
      : [`${where}: expected GitHub's { message } error body`];
  }
  if (status !== 200) return [`${where}: GitHub answers GraphQL requests with 200 (errors in the body), or 401/403/429/5xx`];
  if (typeof body !== 'object' || body === null) return [`${where}: the body is not a JSON object`];
  const { data, errors, ...rest } = body as Record<string, unknown>;
  const problems = Object.keys(rest).map((k) => `${where}: unexpected key ${JSON.stringify(k)}`);
  if (data === undefined && errors === undefined) problems.push(`${where}: neither data nor errors`);
  if (errors !== undefined && (!Array.isArray(errors) || !errors.every((e) => typeof (e as { message?: unknown })?.message === 'string')))
    problems.push(`${where}: errors must be a list of { message }`);
  return problems;
}

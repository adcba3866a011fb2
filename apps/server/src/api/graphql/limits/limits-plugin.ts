import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../../../kernel/errors';
import { analyzeOperation, type OperationAnalysis } from './analyze';
import type { BudgetOptions, BudgetSpend } from '../../../kernel/budget';

/** What the plugin needs from the request context; the server's Context has it. */
export interface LimitsContext {
  /** Charges the caller's budget: a user's, a token's or an anonymous address's. */
  chargeBudget(cost: number, budget: BudgetOptions): Promise<BudgetSpend>;
}

export interface LimitsOptions {
  /** The most one operation may cost. */
  maxCost: number;
  /** The deepest nesting of fields one operation may have (a root field is 1). */
  maxDepth: number;
  /** The most fields one operation may rename with an alias. */
  maxAliases: number;
  /** The most points a caller may hold; at least maxCost, or some queries could never run. */
  capacity: number;
  restorePerSecond: number;
}

export interface CostReport {
  requested: number;
  limit: number;
  remaining: number;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Analyses kept per parsed document (Apollo keeps one per query text) and variables. */
const analyses = new WeakMap<DocumentNode, Map<string, OperationAnalysis>>();
/** Past this many variable sets per document the document's analyses start over. */
const ANALYSES_PER_DOCUMENT = 100;

/** analyzeOperation, once per document, operation and variables: the same query costs the same. */
function analyzeOnce(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): OperationAnalysis {
  let known = analyses.get(document);
  if (!known) analyses.set(document, (known = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  let analysis = known.get(key);
  if (!analysis) {
    if (known.size >= ANALYSES_PER_DOCUMENT) known.clear();
    analysis = analyzeOperation(schema, document, operationName, variables);
    known.set(key, analysis);
  }
  return analysis;
}

/**
 * Refuses operations that are too deep, alias too much or cost too much before they run, then
 * charges the caller's budget and reports `extensions.cost` on the response. The token limit is
 * the parser's own (`parseOptions.maxTokens`); GraphQL Armor's max-tokens parses a second time.
 */
export function createLimitsPlugin(options: LimitsOptions): ApolloServerPlugin<LimitsContext> {
  if (options.maxCost > options.capacity) {
    throw new Error('The budget capacity must be at least maxCost');
  }
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ request, document, operationName, schema, contextValue }) {
          const analysis = analyzeOnce(schema, document, operationName, request.variables ?? {});
          const refusal = tooComplex(analysis, options);
          if (refusal) throw refusal;
          const spend = await contextValue.chargeBudget(analysis.cost, options);
          report = {
            requested: analysis.cost,
            limit: options.maxCost,
            remaining: Math.floor(spend.remaining),
          };
          if (!spend.allowed) throw rateLimited(report, spend.remaining, options.restorePerSecond);
        },
        async willSendResponse({ response }) {
          if (!report || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: report };
        },
      };
    },
  };
}

/** The first limit the operation breaks, as the error to answer with. */
function tooComplex(analysis: OperationAnalysis, options: LimitsOptions): GraphQLError | null {
  const cost = { requested: analysis.cost, limit: options.maxCost };
  const refuse = (message: string, extra: Record<string, unknown> = {}) =>
    new GraphQLError(message, {
      extensions: {
        code: ErrorCode.QUERY_TOO_COMPLEX,
        cost,
        ...extra,
        // A refused query is the client's mistake; Apollo would answer 500 otherwise.
        http: { status: 400 },
      },
    });
  if (analysis.depth > options.maxDepth) {
    return refuse(
      `Query depth ${analysis.depth} exceeds the limit of ${options.maxDepth}; fetch deeper records in a separate query`,
      { depth: { requested: analysis.depth, limit: options.maxDepth } },
    );
  }
  if (analysis.aliases > options.maxAliases) {
    return refuse(
      `Query uses ${analysis.aliases} aliases, more than the limit of ${options.maxAliases}`,
      { aliases: { requested: analysis.aliases, limit: options.maxAliases } },
    );
  }
  if (analysis.cost > options.maxCost) {
    return refuse(
      `Query cost ${count(analysis.cost)} exceeds the limit of ${count(options.maxCost)}; ask for smaller pages`,
    );
  }
  return null;
}

function rateLimited(report: CostReport, points: number, restorePerSecond: number): GraphQLError {
  const seconds =
    restorePerSecond > 0
      ? Math.max(1, Math.ceil((report.requested - points) / restorePerSecond))
      : null;
  const when =
    seconds === null ? 'the budget does not refill' : `try again in ${count(seconds)} seconds`;
  const headers = new HeaderMap(seconds === null ? [] : [['retry-after', String(seconds)]]);
  return new GraphQLError(
    `Rate limited: this query costs ${count(report.requested)} points and ${count(report.remaining)} are left; ${when}`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        cost: report,
        retryAfterSeconds: seconds,
        http: { status: 429, headers },
      },
    },
  );
}

/**
 * @wanxia/schema: the contract the server and the console share. The SDL (schema.graphql) and
 * the types generated from it, the domain rules both sides apply, the enum labels, the Excel
 * import contract and the error codes with their messages.
 */
export * from './gql/graphql.js';
export * from './locale.js';
export * from './calendar-date.js';
export * from './china-time.js';
export * from './id-card.js';
export * from './money.js';
export * from './member-rules.js';
export * from './account-rules.js';
export * from './enum-labels.js';
export * from './import-contract.js';
export * from './error-codes.js';

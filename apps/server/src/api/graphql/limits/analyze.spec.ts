import 'reflect-metadata';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { createSchema } from '../schema';
import { analyzeOperation } from './analyze';

describe('analyzeOperation', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  const analyze = (query: string, variables: Record<string, unknown> = {}, name?: string) =>
    analyzeOperation(schema, parse(query), name, variables);
  const cost = (query: string, variables?: Record<string, unknown>) =>
    analyze(query, variables).cost;

  describe('cost', () => {
    it('prices a page by its size: 1 + 50 × (member 1 + branch 1 + parent 1) = 151', () => {
      const result = analyze(
        '{ members(first: 50) { nodes { name branch { name parent { name } } } } }',
      );
      expect(result).toEqual({ cost: 151, depth: 5, aliases: 0 });
    });

    it('multiplies nested pages: 1 + 100 × (1 + (1 + 100 × 1)) = 10,201', () => {
      const query = '{ branches(first: 100) { nodes { members(first: 100) { nodes { name } } } } }';
      expect(cost(query)).toBe(10_201);
      expect(cost(query)).toBeGreaterThanOrEqual(10_000);
    });

    it('prices the branch tree, 7 roots with 100 children each, at 715', () => {
      const query = `{ branches(first: 7, filter: { rootsOnly: true }) {
        nodes { name memberCount children(first: 100) { nodes { name memberCount } } } } }`;
      expect(cost(query)).toBe(1 + 7 * (1 + (1 + 100 * 1)));
    });

    it('prices a record by id as 1 per object, the most expensive type of the interface', () => {
      const query = `query($id: ID!) { node(id: $id) {
        id ... on Member { name branch { name } } ... on Branch { name } } }`;
      expect(cost(query, { id: 'x' })).toBe(2);
    });

    it('counts only the page for totalCount and 1 for pageInfo', () => {
      expect(cost('{ branches(first: 1) { totalCount } }')).toBe(1);
      expect(cost('{ members(first: 10) { totalCount pageInfo { hasNextPage } } }')).toBe(2);
    });

    it('prices edges like nodes, with the cursor free', () => {
      const nodes = '{ members(first: 10) { nodes { name branch { name } } } }';
      const edges = '{ members(first: 10) { edges { cursor node { name branch { name } } } } }';
      expect(cost(nodes)).toBe(21);
      expect(cost(edges)).toBe(21);
    });

    it('reads page sizes from variables and their defaults, defaults to 20 and caps at 100', () => {
      const query = 'query($n: Int) { members(first: $n) { nodes { id } } }';
      expect(cost(query, { n: 5 })).toBe(6);
      expect(cost(query, {})).toBe(21);
      expect(cost(query, { n: 5000 })).toBe(101);
      expect(cost('query($n: Int = 50) { members(first: $n) { nodes { id } } }')).toBe(51);
      expect(cost('query($n: Int) { members(last: $n) { nodes { id } } }', { n: 3 })).toBe(4);
      expect(cost('{ members { nodes { id } } }')).toBe(21);
    });

    it('prices nodes(ids) by the number of ids, from literals or variables', () => {
      expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
      const query =
        'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Member { branch { name } } } }';
      expect(cost(query, { ids: ['a', 'b', 'c', 'd'] })).toBe(8);
    });

    it('prices plain lists at 10 items and scalar lists at 1', () => {
      const query = `query($id: ID!) { node(id: $id) { ... on Branch { ancestors { name } } } }`;
      expect(cost(query, { id: 'x' })).toBe(1 + 10 * 1);
      expect(cost('{ townships }')).toBe(1);
      expect(
        cost('{ members(first: 10) { nodes { tags branchHistory { branch { name } } } } }'),
      ).toBe(1 + 10 * (1 + 1 + 10 * (1 + 1)));
    });

    it('flattens fragments and inline fragments, merging fields as execution does', () => {
      const query = `
        query Roster { members(first: 10) { ...Page } }
        fragment Page on MemberConnection { nodes { ...M ... on Member { name } } pageInfo { hasNextPage } }
        fragment M on Member { name branch { name } }`;
      expect(cost(query)).toBe(1 + 10 * (1 + 1) + 1);
      const twice = `{ members(first: 10) { nodes { branch { name } } }
        members(first: 10) { nodes { name branch { id } } } }`;
      expect(cost(twice)).toBe(21);
    });

    it('prices the operation asked for by name', () => {
      const document = `query Small { townships } query Big { members(first: 100) { nodes { id } } }`;
      expect(analyze(document, {}, 'Small').cost).toBe(1);
      expect(analyze(document, {}, 'Big').cost).toBe(101);
    });

    it('leaves out fields skipped by @skip and @include', () => {
      const query = `query($big: Boolean!) { townships
        members(first: 100) @include(if: $big) { nodes { id } } }`;
      expect(cost(query, { big: false })).toBe(1);
      expect(cost(query, { big: true })).toBe(102);
    });

    it('keeps __typename free and introspection at a fixed 100, whatever its depth', () => {
      expect(cost('{ __typename }')).toBe(0);
      expect(cost('{ __type(name: "Member") { name fields { name } } }')).toBe(0);
      expect(analyze(getIntrospectionQuery())).toEqual({ cost: 100, depth: 1, aliases: 0 });
    });

    it('prices mutations like queries (a user error field path is a scalar list: 1)', () => {
      const query = `mutation($input: CreateMemberInput!) { createMember(input: $input) {
        member { id branch { name } } userErrors { field message } } }`;
      expect(cost(query, {})).toBe(1 + (1 + 1) + 10 * (1 + 1));
    });
  });

  describe('depth', () => {
    it('counts a root field as 1 and every nested field as one more', () => {
      expect(analyze('{ townships }').depth).toBe(1);
      expect(analyze('{ members(first: 1) { totalCount } }').depth).toBe(2);
      const parents = (n: number) => 'parent { '.repeat(n) + 'name' + ' }'.repeat(n);
      const query = `{ members(first: 1) { nodes { branch { ${parents(16)} } } } }`;
      expect(analyze(query).depth).toBe(20);
    });

    it('counts depth through fragments', () => {
      const query = `{ members(first: 1) { ...P } }
        fragment P on MemberConnection { edges { node { branch { name } } } }`;
      expect(analyze(query).depth).toBe(5);
    });
  });

  describe('aliases', () => {
    it('counts fields renamed with an alias, but not an alias equal to the name', () => {
      const query = `{ townships: townships all: members(first: 1) { n: nodes { id name } } }`;
      expect(analyze(query).aliases).toBe(2);
    });

    it('sees an alias bomb', () => {
      const fields = Array.from({ length: 100 }, (_, i) => `a${i + 1}: townships`).join(' ');
      expect(analyze(`{ ${fields} }`)).toEqual({ cost: 100, depth: 1, aliases: 100 });
    });

    it('counts aliases inside a fragment wherever it is spread', () => {
      const query = `{ a: members(first: 1) { ...N } b: members(first: 1) { ...N } }
        fragment N on MemberConnection { nodes { x: name y: name } }`;
      expect(analyze(query).aliases).toBe(2 + 2 * 2);
    });
  });

  describe('abuse of the analysis itself', () => {
    it('refuses a fragment bomb instead of expanding it', () => {
      const levels = Array.from(
        { length: 20 },
        (_, i) =>
          `fragment F${i} on Branch { parent { ...F${i + 1} } secretary { branch { ...F${i + 1} } } }`,
      ).join('\n');
      const query = `{ branches(first: 1) { nodes { ...F0 } } }\n${levels}\nfragment F20 on Branch { name }`;
      expect(() => analyze(query)).toThrow(/expands to more than 10,000 fields/);
    });

    it('survives fragment cycles, which validation would have refused', () => {
      const direct = `{ members(first: 1) { nodes { ...A } } }
        fragment A on Member { name ...B } fragment B on Member { ...A }`;
      expect(cost(direct)).toBe(2);
      const throughFields = `{ members(first: 1) { nodes { ...A } } }
        fragment A on Member { branch { members(first: 1) { nodes { ...A } } } }`;
      expect(() => analyze(throughFields)).toThrow(/split it up/);
    });
  });
});

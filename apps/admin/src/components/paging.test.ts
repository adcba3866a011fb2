import { pageVariables, readPaging, writePaging, type Paging } from './paging';

const read = (query: string) => readPaging(new URLSearchParams(query));
const written = (paging: Paging) => {
  const params = new URLSearchParams();
  writePaging(paging, params);
  return params.toString();
};

describe('cursor paging', () => {
  it('reads the first page of 20 from an empty or malformed address', () => {
    expect(read('')).toEqual({ size: 20, cursor: null, page: 1 });
    expect(read('size=30&page=7')).toEqual({ size: 20, cursor: null, page: 1 });
  });

  it('reads a page after or before a cursor, numbered 2 when the number is lost', () => {
    expect(read('size=50&after=abc&page=4')).toEqual({
      size: 50,
      cursor: { after: 'abc' },
      page: 4,
    });
    expect(read('before=xyz&page=x')).toEqual({ size: 20, cursor: { before: 'xyz' }, page: 2 });
  });

  it('writes only what differs from the first page of 20, and reads it back', () => {
    expect(written({ size: 20, cursor: null, page: 1 })).toBe('');
    const paging: Paging = { size: 100, cursor: { before: 'c1' }, page: 3 };
    expect(written(paging)).toBe('size=100&before=c1&page=3');
    expect(read(written(paging))).toEqual(paging);
  });

  it('asks forwards from a cursor, or backwards before one', () => {
    expect(pageVariables({ size: 20, cursor: null, page: 1 })).toEqual({ first: 20 });
    expect(pageVariables({ size: 50, cursor: { after: 'a' }, page: 2 })).toEqual({
      first: 50,
      after: 'a',
    });
    expect(pageVariables({ size: 20, cursor: { before: 'b' }, page: 3 })).toEqual({
      last: 20,
      before: 'b',
    });
  });
});

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
    expect(read('size=30&page=x')).toEqual({ size: 20, cursor: null, page: 1 });
  });

  it('reads a numbered page to jump to, within the reach of a jump', () => {
    expect(read('size=50&page=7')).toEqual({ size: 50, cursor: null, page: 7 });
    expect(read('size=100&page=102')).toEqual({ size: 100, cursor: null, page: 1 });
    expect(read('size=100&page=101')).toEqual({ size: 100, cursor: null, page: 101 });
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
    const jumped: Paging = { size: 50, cursor: null, page: 12 };
    expect(written(jumped)).toBe('size=50&page=12');
    expect(read(written(jumped))).toEqual(jumped);
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

  it('jumps to a numbered page by skipping the pages before it', () => {
    expect(pageVariables({ size: 50, cursor: null, page: 4 })).toEqual({ first: 50, offset: 150 });
  });
});

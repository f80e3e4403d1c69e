import { compareValues, sortArrow } from './sort';

describe('sortArrow', () => {
  it('points up or down on the sorted column and is empty elsewhere', () => {
    expect(sortArrow({ key: 'name', direction: 'asc' }, 'name')).toBe('▲');
    expect(sortArrow({ key: 'name', direction: 'desc' }, 'name')).toBe('▼');
    expect(sortArrow({ key: 'name', direction: 'asc' }, 'cpu')).toBe('');
  });
});

describe('compareValues', () => {
  const sorted = (values: unknown[], direction: 'asc' | 'desc' = 'asc') =>
    [...values].sort((a, b) => compareValues(a, b, direction));

  it('orders strings naturally and without regard to case', () => {
    expect(sorted(['web-10', 'Web-2', 'db-1', 'web-1'])).toEqual([
      'db-1',
      'web-1',
      'Web-2',
      'web-10',
    ]);
    expect(sorted(['b', 'A', 'c'], 'desc')).toEqual(['c', 'b', 'A']);
  });

  it('orders numbers by value and puts missing values last in both directions', () => {
    expect(sorted([10, null, 2, undefined, 33])).toEqual([2, 10, 33, null, undefined]);
    expect(sorted([10, null, 2, 33], 'desc')).toEqual([33, 10, 2, null]);
  });
});

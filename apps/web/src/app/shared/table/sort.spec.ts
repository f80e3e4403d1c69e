import { sortArrow } from './sort';

describe('sortArrow', () => {
  it('points up or down on the sorted column and is empty elsewhere', () => {
    expect(sortArrow({ key: 'name', direction: 'asc' }, 'name')).toBe('▲');
    expect(sortArrow({ key: 'name', direction: 'desc' }, 'name')).toBe('▼');
    expect(sortArrow({ key: 'name', direction: 'asc' }, 'cpu')).toBe('');
  });
});

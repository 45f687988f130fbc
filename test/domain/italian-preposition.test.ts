import { describe, expect, it } from 'vitest';
import { toName } from '../../src/domain/italian-preposition.ts';

describe('"a" before a name', () => {
  it('takes the euphonic d before a name starting with a', () => {
    expect(toName('Antonio Barbieri')).toBe('ad Antonio Barbieri');
    expect(toName('alessandro marino')).toBe('ad alessandro marino');
    expect(toName('Laura Bianchi')).toBe('a Laura Bianchi');
    expect(toName('Elena Costa')).toBe('a Elena Costa');
  });
});

import { describe, expect, it } from 'vitest';
import { percentWithArticle } from '../../src/conversation/percent-it.ts';

describe('percentWithArticle', () => {
  it.each([
    ['il', 29, 'il 29%'], ['il', 8, "l'8%"], ['il', 11, "l'11%"], ['il', 1, "l'1%"], ['il', 83, "l'83%"], ['il', 0, 'lo 0%'], ['il', 18, 'il 18%'],
    ['del', 10, 'del 10%'], ['del', 8, "dell'8%"], ['del', 0.2, 'dello 0%'], ['del', 100, 'del 100%'],
  ] as const)('%s %d -> %s', (article, value, expected) => {
    expect(percentWithArticle(article, value)).toBe(expected);
  });

  it('keeps the decimals asked for, dropping zeros', () => {
    expect(percentWithArticle('del', 12.5, 1)).toBe('del 12,5%');
    expect(percentWithArticle('del', 10, 1)).toBe('del 10%');
  });
});

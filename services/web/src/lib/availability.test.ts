import { describe, expect, it } from 'vitest';
import { cellKey, cellsOf, rangesOf, SLOT_COUNT } from './availability';

describe('availability grid', () => {
  it('turns ranges into half-hour cells and back', () => {
    const ranges = [
      { weekday: 1, start: '08:30', end: '12:30' },
      { weekday: 1, start: '13:30', end: '18:00' },
      { weekday: 6, start: '07:00', end: '20:00' },
    ];
    const cells = cellsOf(ranges);
    expect(cells.size).toBe(8 + 9 + SLOT_COUNT);
    expect(rangesOf(cells)).toEqual(ranges);
  });

  it('merges touching cells and splits at gaps', () => {
    const cells = new Set([cellKey(3, 0), cellKey(3, 1), cellKey(3, 3)]);
    expect(rangesOf(cells)).toEqual([
      { weekday: 3, start: '07:00', end: '08:00' },
      { weekday: 3, start: '08:30', end: '09:00' },
    ]);
  });

  it('keeps only whole cells of a range that does not fall on the half hour, and clips the evening', () => {
    expect(rangesOf(cellsOf([{ weekday: 2, start: '08:15', end: '09:45' }]))).toEqual([
      { weekday: 2, start: '08:30', end: '09:30' },
    ]);
    expect(rangesOf(cellsOf([{ weekday: 2, start: '19:00', end: '22:00' }]))).toEqual([
      { weekday: 2, start: '19:00', end: '20:00' },
    ]);
  });
});

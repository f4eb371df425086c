import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['2019-11-19', '2019-11-19'],
    ['2019-11-19T10:07:00-05:00', '2019-11-19T10:07:00-05:00'],
    ['2019-11-19T10:07:00.123456Z', '2019-11-19T10:07:00.123Z'],
    ['2019-11-19 10:07', '2019-11-19T10:07:00'],
    ['2019-11-19T10:07:00+0100', '2019-11-19T10:07:00+01:00'],
    ['20191119', '2019-11-19'],
    ['2019/11/19', '2019-11-19'],
    ['19.11.2019', '2019-11-19'],
    ['11/19/2019', '2019-11-19'],
    ['19/11/2019', '2019-11-19'],
    ['November 19, 2019', '2019-11-19'],
    ['Nov. 19, 2019 10:07 a.m.', '2019-11-19T10:07:00'],
    ['Sept. 1, 2023', '2023-09-01'],
    ['Published Tue 19 Nov 2019 at 6:45 PM', '2019-11-19T18:45:00'],
    ['19 novembre 2019', '2019-11-19'],
    ['2 de outubro de 2024', '2024-10-02'],
    ['17. August 2021', '2021-08-17'],
    ['Tue, 19 Nov 2019 15:07:00 GMT', '2019-11-19T15:07:00Z'],
    ['1574176020', '2019-11-19T15:07:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2 hours ago', '2019-02-30', '13/13/2019', 'Volume 14', '123'])('rejects %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('never shifts a date-only value into another day', () => {
    expect(parseDate('January 1, 2020')).toBe('2020-01-01');
  });
});

describe('dateFromUrl', () => {
  it('reads /yyyy/mm/dd/ paths', () => {
    expect(dateFromUrl('https://a.example/2019/11/19/slug/')).toBe('2019-11-19');
    expect(dateFromUrl('https://a.example/news/2019-11-19-slug')).toBe('2019-11-19');
    expect(dateFromUrl('https://a.example/slug/')).toBeNull();
    expect(dateFromUrl('nonsense')).toBeNull();
  });
});

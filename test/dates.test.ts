import { describe, expect, it } from 'vitest';
import { findDate, parseDateline } from '../src/rules/dates.js';

describe('findDate', () => {
  it.each([
    ['Thứ bảy, 15/05/2021 06:45 AM - 0 Trả lời', '2021-05-15T06:45:00+07:00'],
    ['ClockThứ Hai, 21/11/2016 09:51', '2016-11-21T09:51:00+07:00'],
    ['Thứ Sáu, 22/01/2016 11:35', '2016-01-22T11:35:00+07:00'],
    ['17:42 Ngày 04/06/2018', '2018-06-04T17:42:00+07:00'],
    ['Thứ hai, 8/5/2023, 15:58 (GMT+7)', '2023-05-08T15:58:00+07:00'],
    ['17/07/2026 22:18 GMT+7', '2026-07-17T22:18:00+07:00'],
    ['Nov 19, 2019 10:31 pm GMT+2', '2019-11-19T22:31:00+02:00'],
    ['10:31 pm GMT-5, Nov 19, 2019', '2019-11-19T22:31:00-05:00'],
    ['Chủ nhật, 03/08/2025 16:05', '2025-08-03T16:05:00+07:00'],
    ['Thứ năm, 01/02/2024 03:10 PM', '2024-02-01T15:10:00+07:00'],
    ['Cập nhật: 12/03/2022 08:00 (GMT+9)', '2022-03-12T08:00:00+09:00'],
    ['Phúc Vũ - Thể thao Việt Nam | 19:55 06/02/2017', '2017-02-06T19:55:00+07:00'],
    ['2021-05-15 06:45', '2021-05-15T06:45:00+07:00'],
    // A day printed without a time is the day alone.
    ['Thứ bảy, 15/05/2021', '2021-05-15'],
    // English month names, the page's zone where it names one (US zones by daylight saving).
    ['November 20, 2019', '2019-11-20'],
    ['Updated 1:39 am EST, Wednesday, November 20, 2019', '2019-11-20T01:39:00-05:00'],
    ['Chris Davies - Nov 19, 2019, 10:31 pm CST', '2019-11-19T22:31:00-06:00'],
    ['• Nov 18, 2019 at 9:24 pm ET • 2 min read', '2019-11-18T21:24:00-05:00'],
    ['Jul 3, 2019 10:00 am ET', '2019-07-03T10:00:00-04:00'],
    ['PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', '2019-11-19T10:48:00+07:00'],
    ['Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com', '2019-11-20T13:41:00+05:30'],
    ['19 Nov 2019 05:44 GMT', '2019-11-19T05:44:00+00:00'],
    ['Updated: 18 Nov 2019 9:38 pm', '2019-11-18T21:38:00+07:00'],
    // A word after the time that names no zone known here is no zone.
    ['November 19, 2019, 9:02 AM and more', '2019-11-19T09:02:00+07:00'],
  ])('%s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('needs a year: partial dates in prose are not publication dates', () => {
    expect(findDate('ngày 25/4, ông Ushakov cho biết')).toBeNull();
    expect(findDate('hôm thứ Sáu (14/5)')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(findDate('31/02/2021 10:00')).toBeNull();
    expect(findDate('13/13/2021')).toBeNull();
    expect(findDate('Feb 30, 2020')).toBeNull();
  });

  it('reads month first, as pages in the US print it, only where day first cannot be', () => {
    expect(findDate('2/26/2015 7:11 AM PST BY TMZ STAFF')?.iso).toBe('2015-02-26T07:11:00-08:00');
    expect(findDate('12/13/2021')?.iso).toBe('2021-12-13');
    expect(findDate('02/06/2017')?.iso).toBe('2017-06-02');
  });

  it('needs a day beside a month name, and the name as a word of its own', () => {
    expect(findDate('may 2019 was hot')).toBeNull();
    expect(findDate('Decembers 12, 2019')).toBeNull();
  });
});

describe('parseDateline', () => {
  it('takes a line that is only a date with its labels', () => {
    expect(parseDateline('Thứ bảy, 15/05/2021 06:45 AM - 0 Trả lời')?.iso).toBe('2021-05-15T06:45:00+07:00');
    expect(parseDateline('ClockThứ Hai, 21/11/2016 09:51')).not.toBeNull();
  });

  it('takes the line beside an English date as a date line, and no name from it (a byline in English, a site\'s name, a label)', () => {
    expect(parseDateline('Chris Davies - Nov 19, 2019, 10:31 pm CST')).toMatchObject({ iso: '2019-11-19T22:31:00-06:00', name: null });
    expect(parseDateline('LinkNaija August 08, 2018')?.name).toBeNull();
    expect(parseDateline('Nov.November 18, 2019 12:02 PM')?.name).toBeNull();
  });

  it('takes a line with the update\'s date beside the publication\'s, the first', () => {
    expect(parseDateline('PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019')?.iso).toBe('2019-11-19T10:48:00+07:00');
    expect(parseDateline('Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.')?.iso).toBe('2019-11-19T18:18:00+07:00');
  });

  it('leaves a sentence that mentions a date', () => {
    expect(parseDateline('Ngày 15/05/2021, Quốc hội thông qua luật mới về đất đai.')).toBeNull();
    expect(parseDateline('The meeting took place on November 19, 2019 in Paris.')).toBeNull();
  });
});

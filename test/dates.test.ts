import { describe, expect, it } from 'vitest';
import { findDate, parseDateline } from '../src/rules/dates.js';

describe('findDate', () => {
  it.each([
    ['Thứ bảy, 15/05/2021 06:45 AM - 0 Trả lời', '2021-05-15T06:45:00+07:00'],
    ['ClockThứ Hai, 21/11/2016 09:51', '2016-11-21T09:51:00+07:00'],
    ['Thứ Sáu, 22/01/2016 11:35', '2016-01-22T11:35:00+07:00'],
    ['17:42 Ngày 04/06/2018', '2018-06-04T17:42:00+07:00'],
    ['Thứ hai, 8/5/2023, 15:58 (GMT+7)', '2023-05-08T15:58:00+07:00'],
    ['Chủ nhật, 03/08/2025 16:05', '2025-08-03T16:05:00+07:00'],
    ['Thứ năm, 01/02/2024 03:10 PM', '2024-02-01T15:10:00+07:00'],
    ['Cập nhật: 12/03/2022 08:00 (GMT+9)', '2022-03-12T08:00:00+09:00'],
    ['Phúc Vũ - Thể thao Việt Nam | 19:55 06/02/2017', '2017-02-06T19:55:00+07:00'],
    ['2021-05-15 06:45', '2021-05-15T06:45:00+07:00'],
  ])('%s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('needs a year: partial dates in prose are not publication dates', () => {
    expect(findDate('ngày 25/4, ông Ushakov cho biết')).toBeNull();
    expect(findDate('hôm thứ Sáu (14/5)')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(findDate('31/02/2021 10:00')).toBeNull();
    expect(findDate('12/13/2021')).toBeNull();
  });
});

describe('parseDateline', () => {
  it('takes a line that is only a date with its labels', () => {
    expect(parseDateline('Thứ bảy, 15/05/2021 06:45 AM - 0 Trả lời')?.iso).toBe('2021-05-15T06:45:00+07:00');
    expect(parseDateline('ClockThứ Hai, 21/11/2016 09:51')).not.toBeNull();
  });

  it('leaves a sentence that mentions a date', () => {
    expect(parseDateline('Ngày 15/05/2021, Quốc hội thông qua luật mới về đất đai.')).toBeNull();
  });
});

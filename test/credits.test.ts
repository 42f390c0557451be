import { describe, expect, it } from 'vitest';
import { parseCredit } from '../src/rules/credits.js';

describe('parseCredit', () => {
  it.each([
    ['Theo VOV', null, 'VOV', null],
    ['Theo Vietnam+', null, 'Vietnam+', null],
    ['Theo Xuân Quảng/VnExpress.net', 'Xuân Quảng', 'VnExpress.net', null],
    ['Nguyễn Hoàng', 'Nguyễn Hoàng', null, null],
    ['Nguyễn Quốc/SGGP', 'Nguyễn Quốc', 'SGGP', null],
    ['Đức Hạnh (SKĐS)', 'Đức Hạnh', 'SKĐS', null],
    ['Thủy Nguyên - Theo Dân Trí', 'Thủy Nguyên', 'Dân Trí', null],
    ['Khả Di (Theo AP)', 'Khả Di', 'AP', null],
    ['T.T (Tổng hợp)', 'T.T', null, null],
    ['Trung Hùng (Tổng hợp theo báo Kiến thức, VTC)', 'Trung Hùng', 'báo Kiến thức, VTC', null],
    ['Tin, ảnh: Xuân Triệu', 'Xuân Triệu', null, null],
    ['Phúc Vũ - Thể thao Việt Nam | 19:55 06/02/2017', 'Phúc Vũ', 'Thể thao Việt Nam', '2017-02-06T19:55:00+07:00'],
    ['VnExpress', null, 'VnExpress', null],
    ['TTXVN/Tin Tức', null, 'TTXVN/Tin Tức', null],
    ['VĂN HUY', 'VĂN HUY', null, null],
    ['PGS.TS Bùi Đình Phong', 'PGS.TS Bùi Đình Phong', null, null],
    ['T.Tầm – B.Trâm', 'T.Tầm – B.Trâm', null, null],
    ['Văn Minh -Uyên Phương', 'Văn Minh -Uyên Phương', null, null],
    ['C.Huệ - Q.Long - M.Thùy - Nguyễn Dũng', 'C.Huệ - Q.Long - M.Thùy - Nguyễn Dũng', null, null],
    ['Thành Chung -Lê Thúy Hằng  (TTXVN)', 'Thành Chung -Lê Thúy Hằng', 'TTXVN', null],
    ['Hà Thanh Phúc (thực hiện)', 'Hà Thanh Phúc', null, null],
    ['An Bình (t/h) Theo Đời sống Plus', 'An Bình', 'Đời sống Plus', null],
    ['Hà Khánh/VOV-TP HCM Hà Khánh/VOV-TP HCM', 'Hà Khánh', 'VOV-TP HCM', null],
    ['Nguyễn Văn Nghi', 'Nguyễn Văn Nghi', null, null],
    ['Dân trí', null, 'Dân trí', null],
    ['Theo vnexpress', null, 'vnexpress', null],
    ['Nguồn: VnExpress', null, 'VnExpress', null],
    ['(Tổng hợp) Hoàng Yên', 'Hoàng Yên', null, null],
    ['* Anh Tuấn', 'Anh Tuấn', null, null],
  ])('%s', (text, author, attribution, published) => {
    expect(parseCredit(text)).toEqual({ author, attribution, published });
  });

  it('rejects prose', () => {
    expect(parseCredit('Theo TASS, ngày 25/4, Trợ lý của tổng thống Nga cho biết')).toBeNull();
    expect(parseCredit('trong thời gian tới')).toBeNull();
    expect(parseCredit('Hàng loạt cây xanh cổ thụ tại đường Láng bị kẻ gian đục vỏ Phương Vũ')).toBeNull();
  });
});

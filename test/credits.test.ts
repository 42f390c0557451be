import { describe, expect, it } from 'vitest';
import { parseCredit } from '../src/rules/credits.js';

describe('parseCredit', () => {
  it.each([
    ['Theo VOV', null, 'VOV', null],
    ['Theo Vietnam+', null, 'Vietnam+', null],
    ['Theo Xuân Quảng/VnExpress.net', 'Xuân Quảng', 'VnExpress.net', null],
    ['Nguyễn Hoàng', 'Nguyễn Hoàng', null, null],
    ['Nguyễn Quốc/SGGP', 'Nguyễn Quốc', 'SGGP', null],
    // VOV's mark of a contributor before the name.
    ['CTV Nhật Minh/VOV.VN', 'Nhật Minh', 'VOV.VN', null],
    ['Đức Hạnh (SKĐS)', 'Đức Hạnh', 'SKĐS', null],
    ['Thủy Nguyên - Theo Dân Trí', 'Thủy Nguyên', 'Dân Trí', null],
    ['Khả Di (Theo AP)', 'Khả Di', 'AP', null],
    ['T.T (Tổng hợp)', 'T.T', null, null],
    // The publication without the word for what it is (`báo`, `tờ`), or the `từ` (from) before it.
    ['Trung Hùng (Tổng hợp theo báo Kiến thức, VTC)', 'Trung Hùng', 'Kiến thức, VTC', null],
    ['Theo báo Tuổi Trẻ', null, 'Tuổi Trẻ', null],
    ['Theo Báo Mới', null, 'Báo Mới', null],
    ['Nhật Quang (Tổng hợp từ Goal)', 'Nhật Quang', 'Goal', null],
    // Where a correspondent filed from is no publication, in capitals too.
    ['Anh Khoa (từ Cheonan, Hàn Quốc)', 'Anh Khoa', null, null],
    ['ĐĂNG HUỲNH (TỪ HÀN QUỐC)', 'ĐĂNG HUỲNH', null, null],
    // Compiled from, in brackets as a whole: a source, not an author.
    ['(Tổng hợp Dailymail)', null, 'Dailymail', null],
    ['(Tổng hợp theo báo Thanh niên, Dân việt)', null, 'Thanh niên, Dân việt', null],
    ['Q.H (Tổng hợp Dailymail)', 'Q.H', 'Dailymail', null],
    ['Tin, ảnh: Xuân Triệu', 'Xuân Triệu', null, null],
    ['Phúc Vũ - Thể thao Việt Nam | 19:55 06/02/2017', 'Phúc Vũ', 'Thể thao Việt Nam', '2017-02-06T19:55:00+07:00'],
    // The source first, then its reporter: a known publication's name (after `Báo` at most) splits them.
    ['Nguồn: Báo Đất Việt Gia Bảo | 14:25 17/05/2017', 'Gia Bảo', 'Báo Đất Việt', '2017-05-17T14:25:00+07:00'],
    ['Nguồn: Dân trí | 08:00 01/02/2017', null, 'Dân trí', '2017-02-01T08:00:00+07:00'],
    ['VnExpress', null, 'VnExpress', null],
    // What the article drew on (`tham khảo`, "referred to"), labelled as a source is.
    ['Tham khảo: The Verge', null, 'The Verge', null],
    ['Trúc Phong Tham khảo: Telegraph', 'Trúc Phong', 'Telegraph', null],
    ['Trúc Phong Nguồn tham khảo: Telegraph', 'Trúc Phong', 'Telegraph', null],
    ['Minh Anh Nguồn: Dân trí', 'Minh Anh', 'Dân trí', null],
    // `Nguồn tham khảo` is one label ("source referred to"), no author named `Nguồn`.
    ['Nguồn tham khảo: The Verge', null, 'The Verge', null],
    // A source list that names its publication after `Theo`: the credit it holds.
    ['Nguồn tham khảo: SP Nhã An, Theo Trí Thức Trẻ', 'Nhã An', 'Trí Thức Trẻ', null],
    // A clip's source before the author: the author is the name that ends it.
    ['Nguồn: BayernCompHD Hạnh Chi (T/h) Theo Đời sống Plus', 'Hạnh Chi', 'Đời sống Plus', null],
    ['Nguồn: Today TV L.H (T/h) Theo Đời sống Plus', 'L.H', 'Đời sống Plus', null],
    // `Nguồn` with no colon is the same label (4 closing credits of the 5,000 corpus dumps).
    ['Nguồn Youtube Hà Linh (T/h) Theo Đời sống Plus/GĐVN', 'Hà Linh', 'Đời sống Plus/GĐVN', null],
    ['(Nguồn Dailymail)', null, 'Dailymail', null],
    ['(Nguồn Rob The Ranger Wildlife)', null, 'Rob The Ranger Wildlife', null],
    ['Cha Chi (Nguồn China News)', 'Cha Chi', 'China News', null],
    // A name that ends in an English media word is a publication's.
    ['CAND Online', null, 'CAND Online', null],
    ['Zing News', null, 'Zing News', null],
    ['VietTimes -', null, 'VietTimes', null],
    ['Theo Sputnik News', null, 'Sputnik News', null],
    ['Duy An (Theo Au News)', 'Duy An', 'Au News', null],
    ['An Theo Au News', 'An', 'Au News', null],
    // A publication or a label glued before the author's name, or after it, is no part of it.
    ['Theo Reuters Hồng Anh/VOV-Trung tâm Tin', 'Hồng Anh', 'VOV-Trung tâm Tin', null],
    ['Theo Zing.vn Đào Bích/VOV.VN', 'Đào Bích', 'VOV.VN', null],
    ['Blog Ngô Thiệu Phong/VOV', 'Ngô Thiệu Phong', 'VOV', null],
    ['Minh Giang - Dân Trí', 'Minh Giang', 'Dân Trí', null],
    ['Lê Thanh Hải Nguồn Entrepreneur', 'Lê Thanh Hải', 'Entrepreneur', null],
    // The photographer after the author, or alone, is no author.
    ['TẤN THANH - Ảnh NHÃ THY', 'TẤN THANH', null, null],
    ['Ảnh WP', null, null, null],
    ['Đỗ Huệ (Ảnh: Phạm Đức)', 'Đỗ Huệ', null, null],
    ['(Theo danviet)', null, 'danviet', null],
    ['Theo Trí Thức Trẻ Thúy Quỳnh', 'Thúy Quỳnh', 'Trí Thức Trẻ', null],
    // Titles and initials before a name, and a foreign given name, stay.
    ['BS. Hoàng Thuần', 'BS. Hoàng Thuần', null, null],
    ['C. Nguyên', 'C. Nguyên', null, null],
    ['Roger Bui', 'Roger Bui', null, null],
    ['Trung Hiếu - Đỗ Trường', 'Trung Hiếu - Đỗ Trường', null, null],
    // The agency before its reporter's name: the name is the author.
    ['TTXVN/Văn Đức', 'Văn Đức', 'TTXVN', null],
    // A clip's own source after the credit is no part of the publication.
    ['CTV Bảo Long/VOV.VN Nguồn clip VTV', 'Bảo Long', 'VOV.VN', null],
    // A video player's button before the byline (4 closing credits of the 5,000 corpus dumps).
    ['Play  Mộc Chân (tổng hợp)', 'Mộc Chân', null, null],
    ['Play  HT (Theo Cars)', 'HT', 'Cars', null],
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
    // Labelled credits: who wrote, who took the pictures.
    ['Tin-ảnh: B.Vân', 'B.Vân', null, null],
    ['Tin - ảnh: C. Nguyên', 'C. Nguyên', null, null],
    ['Đào Tùng - Ảnh: Reuters', 'Đào Tùng', null, null],
    ['Bài: SỸ ĐÔNG; Ảnh: HOÀNG TRIỀU', 'SỸ ĐÔNG', null, null],
    ['Ảnh: Việt Hùng - Video: Trần Anh', null, null, null],
    ['Thúy Hạnh - Huy Phúc - Nguồn clip: VTV', 'Thúy Hạnh - Huy Phúc', null, null],
    ['Theo Mayny, Clip: VTV', null, 'Mayny', null],
    // A publication in brackets at the end is the whole credit's, not the photographer's.
    ['Theo Jay - Ảnh: Tổng Hợp (Khám Phá)', 'Jay', 'Khám Phá', null],
    ['Đào Tùng - Ảnh: Reuters (Dân Việt)', 'Đào Tùng', 'Dân Việt', null],
    ['Xem video: G.H', null, null, null],
    ['(Video: Minh Sơn/Vietnam+)', null, null, null],
    // The source in brackets, around the author or before it; `Theo:` with a colon.
    ['Theo Xuân Ngọc (VNE)', 'Xuân Ngọc', 'VNE', null],
    ['(Nguồn: Sina) Tường Vy', 'Tường Vy', 'Sina', null],
    ['Theo: GUU.vn', null, 'GUU.vn', null],
    ['Theo Thanh Đào (Khám phá) Theo Thanh Đào (Khám phá)', 'Thanh Đào', 'Khám phá', null],
    // The author's note between the name and the publication: what they did, or where from.
    ['Lynk / Theo Trí Thức Trẻ', 'Lynk', 'Trí Thức Trẻ', null],
    ['Quỳnh/Theo VNE', 'Quỳnh', 'VNE', null],
    ['Theo Minh/Tổng hợp (Khám Phá)', 'Minh', 'Khám Phá', null],
    ['Theo Tào Nga (Tổng hợp) (Khám phá)', 'Tào Nga', 'Khám phá', null],
    ['Theo Hạ Vũ (Theo Daily News) (Dân Việt)', 'Hạ Vũ', 'Dân Việt', null],
    ['Theo Hà My (Dịch từ Buzzfeed) (Khám Phá)', 'Hà My', 'Khám Phá', null],
    ['Theo Hà My (TH)/Baodatviet.vn', 'Hà My', 'Baodatviet.vn', null],
    ['Theo Thanh Thanh ghi (Khám phá)', 'Thanh Thanh', 'Khám phá', null],
    ['PV/VOV.VN Tổng hợp', 'PV', 'VOV.VN', null],
    ['Theo TH (Theo HTV) (Khám Phá)', null, 'Khám Phá', null],
  ])('%s', (text, author, attribution, published) => {
    expect(parseCredit(text)).toEqual({ author, attribution, published });
  });

  it('rejects prose', () => {
    expect(parseCredit('Theo TASS, ngày 25/4, Trợ lý của tổng thống Nga cho biết')).toBeNull();
    // A short sentence that names its source: a clause after the comma, not a second source.
    expect(parseCredit('Theo Hiệp hội Hồ tiêu, giá tiêu giảm.')).toBeNull();
    expect(parseCredit('trong thời gian tới')).toBeNull();
    expect(parseCredit('Hàng loạt cây xanh cổ thụ tại đường Láng bị kẻ gian đục vỏ Phương Vũ')).toBeNull();
    // A label before words that name nobody is a video's title, not a credit.
    expect(parseCredit('Video: Cảnh sát giao thông xử lý vi phạm trên cao tốc')).toBeNull();
    expect(parseCredit('Ảnh: Một số hình ảnh đẹp của Cathy Fischer')).toBeNull();
    // Two credits are not one source: `Nhân dân Theo Nhân Dân` is no publication's name.
    expect(parseCredit('Theo: Nhân dân Theo Nhân Dân')).toBeNull();
  });
});

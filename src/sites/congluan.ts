// Công Luận (congluan.vn). Leads start `(CLO)`; the date line carries a comment counter;
// the author stands alone above `Tin mới`; teaser cards are title ×2, `(CLO)` blurb and a
// category label.
import { defineSite } from './define.js';

export default defineSite({
  id: 'congluan',
  domains: ['congluan.vn'],
  names: ['Công Luận', 'Báo Công Luận'],
  markers: [/^\(CLO\)\s/mu, /^Tin mới$/mu],
  minMarkers: 2,
  sectionHeadings: ['Tin mới', 'Tin khác', 'Bình Luận', 'Bài liên quan'],
  categoryLabels: [
    'Thế giới 24h', 'Công luận 24H', 'Video - Giải trí', 'Thị trường - Doanh nghiệp', 'Kinh tế vĩ mô',
    'Đời sống', 'Giao thông', 'Điều tra', 'Vụ án', 'Tin tức',
  ],
  bylineBefore: ['Tin mới'],
});

// Báo Thừa Thiên Huế (baothuathienhue.vn). The date line comes before the title (with the
// clock icon's alt text `Clock` glued on); related headlines are glued into one line; the page
// ends with rating and comment widgets and `BẠN CÓ THỂ QUAN TÂM`.
import { defineSite } from './define.js';

export default defineSite({
  id: 'baothuathienhue',
  domains: ['baothuathienhue.vn'],
  names: ['Báo Thừa Thiên Huế', 'Thừa Thiên Huế Online'],
  markers: [/^\s*Ý kiến bình luận$/mu, /^BẠN CÓ THỂ QUAN TÂM$/mu],
  minMarkers: 2,
  sectionHeadings: ['BẠN CÓ THỂ QUAN TÂM', 'Ý kiến bình luận', 'ĐÁNH GIÁ'],
});

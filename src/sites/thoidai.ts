// Thời Đại (thoidai.com.vn). Markdown-ish dumps with a caption table row; the page ends in
// `Tin bài liên quan`, `Các tin bài khác`, `Đọc nhiều`, a `Bờ cõi biển đảo` box and
// `Multimedia` lists.
import { defineSite } from './define.js';

export default defineSite({
  id: 'thoidai',
  domains: ['thoidai.com.vn'],
  names: ['Thời Đại', 'Báo Thời Đại', 'Tạp chí Thời Đại'],
  markers: [/^Bờ cõi biển đảo$/mu, /^Các tin bài khác$/mu],
  minMarkers: 1,
  sectionHeadings: ['Bờ cõi biển đảo'],
});

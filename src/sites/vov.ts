// VOV (Đài Tiếng nói Việt Nam). Related items are printed as a title twice then a
// `VOV.VN - ` blurb twice; a follow widget sits between the article and `Tin liên quan`.
import { defineSite } from './define.js';

export default defineSite({
  id: 'vov',
  domains: ['vov.vn'],
  names: ['VOV', 'VOV.VN', 'Báo điện tử VOV', 'Đài Tiếng nói Việt Nam'],
  markers: [/^Mời quý độc giả theo dõi VOV\.VN/mu, /^VOV\.VN\s*-\s/mu],
  minMarkers: 1,
  widgetLines: [/^Mời quý độc giả theo dõi VOV\.VN.{0,40}$/u],
});

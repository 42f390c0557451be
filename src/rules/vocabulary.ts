// The generic engine's knowledge of Vietnamese news templates, as data. Site modules add to
// these lists; they never replace them.

/**
 * Headings that open a boilerplate section (related news, most read, comments …). Compared
 * case-insensitively against a whole line, with a trailing colon ignored.
 */
export const SECTION_HEADINGS: readonly string[] = [
  'tin liên quan', 'tin bài liên quan', 'bài liên quan', 'bài viết liên quan', 'các tin liên quan',
  'tin cùng chuyên mục', 'tin cùng chủ đề', 'cùng chuyên mục', 'các tin bài khác', 'các tin khác',
  'tin khác', 'bài khác', 'tin mới', 'tin mới nhất', 'tin mới hơn', 'tin cũ hơn', 'tin nổi bật',
  'tin nóng', 'tin hot', 'tin đọc nhiều', 'đọc nhiều', 'đọc nhiều nhất', 'xem nhiều',
  'xem nhiều nhất', 'được quan tâm', 'quan tâm nhiều', 'đọc thêm', 'xem thêm', 'có thể bạn quan tâm',
  'bạn có thể quan tâm', 'có thể bạn muốn xem', 'đừng bỏ lỡ', 'ý kiến bình luận', 'bình luận',
  'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi bình luận', 'viết bình luận', 'multimedia', 'video',
  'tiêu điểm', 'return to top', 'về đầu trang', 'lên đầu trang', 'đánh giá', 'chia sẻ', 'từ khóa',
  'từ khoá', 'tags', 'tag', 'chủ đề', 'xem tiếp', 'tin tức liên quan', 'bài đọc nhiều', 'cùng sự kiện',
  'cùng chủ đề', 'tin cùng sự kiện',
  // English pages (the HTML path meets them): the same sections.
  'you may also like', 'you might also like', 'related stories', 'related posts', 'related news', 'read next',
  'more stories', 'recommended for you', 'most popular', 'most read', 'trending now', 'share this article',
];

/**
 * Whole lines that are page furniture: follow/share/comment/rating widgets, navigation.
 * Each is anchored and short so that a sentence mentioning these words is never matched.
 */
export const WIDGET_LINES: readonly RegExp[] = [
  /^mời (?:quý )?(?:độc giả|bạn đọc|các bạn)(?=\s|$).{0,80}$/iu,
  /^hãy trở thành người đầu tiên.{0,60}$/iu,
  // Each repetition takes a word: with every part optional, a run of spaces could be split
  // between them in exponentially many ways before a line failed to match.
  /^(?:chia sẻ|share|like|tweet|facebook|twitter|zalo|email|e-mail|in bài|bản in|gửi bài|lưu bài|lưu|theo dõi|follow|google news|print|gửi|copy link|sao chép liên kết)(?:\s*(?:bài viết|trên|qua|:|facebook|twitter|zalo|email|google news))*\s*$/iu,
  /^\d+\s*(?:bình luận|trả lời|lượt xem|lượt thích|like|chia sẻ|comments?|views?)$/iu,
  /^(?:return to top|về đầu trang|lên đầu trang|quay lại|trở về|trang chủ|home|top)$/iu,
  /^(?:xem thêm|đọc thêm|xem tiếp|đọc tiếp|tải thêm|xem tất cả|xem toàn bộ)\s*(?:>>|»|\.\.\.)?$/iu,
  /^(?:đánh giá|bình chọn)\s*:?\s*(?:\d(?:[.,]\d)?\s*\/\s*5|★+|☆+).*$/iu,
  /^(?:bạn (?:thấy|cảm thấy) bài viết (?:này )?thế nào|bài viết (?:này )?có hữu ích).{0,40}$/iu,
  /^(?:gửi bình luận|viết bình luận|bình luận của bạn|ý kiến của bạn|nhập bình luận).{0,40}$/iu,
  /^(?:quảng cáo|advertisement|advert|sponsored|tài trợ)$/iu,
  /^(?:nghe|đọc) bài(?: viết)?(?: này)?$/iu,
  // A post's tags: `Từ khóa: Hà Nội, giao thông`, `Nhãn: Miền Bắc, Làng nghề` (no sentence in it).
  /^(?:từ kho[áa]|tags?|nhãn|labels?)\s*:\s*[^.!?]{1,150}$/iu,
  // Google's preferred-source promo that Vietnamese sites print by the article since 2025
  // (`Chọn VnExpress làm nguồn ưu tiên trên Google Search`, `Bước 1: Bấm vào nút ‘Thêm
  // VnExpress trên Google’…`, `Khi ô vuông chuyển thành dấu tích xanh…`): on 4 of the 14 sites
  // of the Vietnamese page dumps (VnExpress, Thanh Niên, Soha), never in the 5k corpus.
  /^.{0,120}(?:nguồn (?:tìm kiếm |được )?ưu tiên|google ưu tiên|dấu tích xanh|trên google["'’”]?\s*,?\s*hoặc (?:truy cập|mở)).{0,120}$/iu,
  /^(?:copy link|sao chép liên kết) thành công$/iu,
  // English pages (the HTML path and page dumps meet them): a pointer to another story
  // (`SEE MORE: Hong Kong protests: …`, `Related: …`, `Also: …`), an invitation to subscribe,
  // follow, join or listen. Each kept for what it gains on the ScrapingHub development pages
  // without a word of their articles lost (see the commit).
  /^(?:see more|read more|read next|also read|related(?: coverage| stories| articles)?|also|more from [^:]{1,40}|don['’]t miss|must read)\s*:.{0,160}$/iu,
  /^(?:sign up|subscribe|join (?:our|us|the)|follow (?:us|him|her|them|@)|listen (?:to|live|back)|chat with us|get access to|if you enjoyed this article|need more)\b.{0,300}$/iu,
  // A link's label alone on its line: 25 such lines in the 66 dev page dumps and the readability
  // fixtures (`READ MORE` ×10, `Learn More`, `View all (4)`, `Continue Reading Below`), none in
  // their gold text.
  /^(?:read more|continue reading(?: below)?|learn more|view all(?: \(\d+\))?)\s*(?:»|›|>>|→)?$/iu,
];

/** Copyright and legal footers: the site's furniture at the very end of a page. */
export const FOOTER_LINES: readonly RegExp[] = [
  /^(?:©|\(c\)|copyright)(?=\s|$|\d).{0,200}$/iu,
  /^bản quyền (?:thuộc|©).{0,200}$/iu,
  /^(?:ghi rõ nguồn|không được sao chép|cấm sao chép).{0,200}$/iu,
  /^(?:giấy phép|tổng biên tập|phó tổng biên tập|cơ quan chủ quản|tòa soạn|toà soạn|địa chỉ liên hệ|đường dây nóng|hotline)\s*:.{0,200}$/iu,
];

/**
 * Agency tags a lead starts with: `(CLO)`, `(TTXVN) -`, `VOV.VN -`, `TPO -`, `(Dân trí) -`,
 * `ANTT.VN - `, `CAND Online - `, `VTC News - `. A place (`HÀ NỘI - `) is a dateline and stays:
 * the dash form only takes one token that is an acronym or a domain, or a name and an English
 * media word (no place's name ends in `Online` or `News`).
 */
export const AGENCY_TAG =
  /^(?:\((?<paren>[^()]{2,32})\)\s*(?:[-–—:]\s*)?|(?<dash>[\p{Lu}\d&]{2,10}(?:\.(?:VN|vn|net|com|NET|COM))?(?:\+)?|[\p{L}]+\.(?:vn|VN|net|com)|\p{Lu}[\p{L}]+ (?:Online|News)|Online)\s*[-–—]\s+)/u;

/** Words that end a paren tag's claim to be an agency (a parenthesis that starts a sentence). */
export const NOT_AGENCY = /\d{1,2}\/\d{1,2}|^ảnh|^nguồn|^video|^clip/iu;

"""Word and phrase pools for the synthetic corpus (sitewide/corpus/news.py): THADS work in Thanh Hóa."""

CATEGORIES = [
    # (name, share of the articles)
    ("Hoạt động của Cục", 30),
    ("Hoạt động của các Chi cục", 35),
    ("Hoạt động đoàn thể", 15),
    ("Thông báo", 8),
    ("Tin từ Bộ Tư pháp", 5),
    ("Thông tin khác", 7),
]

DISTRICTS = [
    "thành phố Thanh Hóa", "thành phố Sầm Sơn", "thị xã Bỉm Sơn", "thị xã Nghi Sơn", "huyện Nga Sơn",
    "huyện Hậu Lộc", "huyện Hoằng Hóa", "huyện Quảng Xương", "huyện Thọ Xuân", "huyện Yên Định",
    "huyện Vĩnh Lộc", "huyện Thạch Thành", "huyện Cẩm Thủy", "huyện Ngọc Lặc", "huyện Lang Chánh",
    "huyện Bá Thước", "huyện Quan Hóa", "huyện Quan Sơn", "huyện Mường Lát", "huyện Thường Xuân",
    "huyện Như Xuân", "huyện Như Thanh", "huyện Nông Cống", "huyện Triệu Sơn", "huyện Thiệu Hóa",
    "huyện Hà Trung",
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Trịnh", "Mai", "Lại", "Đặng"]
MIDDLE_NAMES = ["Văn", "Thị", "Hữu", "Minh", "Quang", "Đức", "Thu", "Ngọc", "Xuân", "Thanh"]
GIVEN_NAMES = ["Linh", "Tuấn", "Hà", "Hùng", "Lan", "Đạo", "Chính", "Hương", "Nam", "Trang", "Phương",
               "Sơn", "Thảo", "Dũng", "Hạnh", "Quý", "Cường", "Yến"]
POSITIONS = ["Phó Bí thư Chi đoàn", "Bí thư Chi đoàn", "Chánh Văn phòng", "Chấp hành viên",
             "Thẩm tra viên", "Chuyên viên Văn phòng Cục", "Chủ tịch Công đoàn Cục"]
SOURCES = ["Văn phòng Cục", "Cổng thông tin Bộ Tư pháp", "Tổng cục THADS", "Báo Thanh Hóa"]

PERIODS = ["6 tháng đầu năm", "quý I", "quý II", "quý III", "9 tháng", "năm", "tháng cao điểm"]
CASE_TYPES = ["tín dụng ngân hàng", "tranh chấp quyền sử dụng đất", "kinh doanh thương mại",
              "dân sự trong án hình sự", "hôn nhân và gia đình", "thu hồi tài sản tham nhũng"]

TITLES = {
    "Hoạt động của Cục": [
        "Cục THADS tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác {period} năm {year}",
        "Hội nghị triển khai nhiệm vụ thi hành án dân sự năm {year}",
        "Lãnh đạo Cục THADS làm việc với Chi cục THADS {district}",
        "Cục THADS tỉnh Thanh Hóa kiểm tra công tác thi hành án tại {district}",
        "Tập huấn nghiệp vụ thi hành án {case_type} cho Chấp hành viên năm {year}",
        "Cục THADS tỉnh Thanh Hóa sơ kết công tác {period} năm {year}",
        "Giao ban công tác thi hành án dân sự {period} năm {year}",
    ],
    "Hoạt động của các Chi cục": [
        "Chi cục THADS {district} tổ chức cưỡng chế thi hành án {case_type}",
        "Chi cục THADS {district} giải quyết dứt điểm việc thi hành án {case_type}",
        "Chi cục THADS {district} tổng kết công tác năm {year}",
        "{district_title}: đối thoại thành công trong vụ việc {case_type}",
        "Chi cục THADS {district} phối hợp tuyên truyền pháp luật tại cơ sở",
    ],
    "Hoạt động đoàn thể": [
        "Chi đoàn Thanh niên Cục THADS tổ chức sinh hoạt chuyên đề tháng {month}/{year}",
        "Công đoàn Cục THADS tỉnh Thanh Hóa thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn",
        "Đảng ủy Cục THADS tổ chức học tập, quán triệt Nghị quyết năm {year}",
        "Chi đoàn Cục THADS tặng sách cho học sinh vùng cao {district}",
        "Giải thể thao chào mừng ngày truyền thống THADS 19/7 năm {year}",
        "Chi đoàn Thanh niên ra quân hưởng ứng phong trào \u201csáng, xanh, sạch, đẹp\u201d",
    ],
    "Thông báo": [
        "Thông báo về việc bán đấu giá tài sản thi hành án tại {district}",
        "Thông báo tuyển dụng công chức Cục THADS tỉnh Thanh Hóa năm {year}",
        "Thông báo lịch tiếp công dân tháng {month}/{year}",
        "Thông báo về việc xác định người phải thi hành án chưa có điều kiện thi hành",
    ],
    "Tin từ Bộ Tư pháp": [
        "Bộ Tư pháp triển khai công tác thi hành án dân sự năm {year}",
        "Tổng cục THADS hướng dẫn nghiệp vụ thi hành án {case_type}",
        "Bộ trưởng Bộ Tư pháp chỉ đạo tháo gỡ vướng mắc trong thi hành án {case_type}",
    ],
    "Thông tin khác": [
        "Hỏi đáp pháp luật về thi hành án {case_type}",
        "Gương người tốt, việc tốt trong hệ thống THADS tỉnh Thanh Hóa năm {year}",
        "Thanh Hóa đẩy mạnh chuyển đổi số trong công tác thi hành án dân sự",
    ],
}

OPENINGS = [
    "Ngày {day}/{month}/{year}, tại {place}, {unit} đã tổ chức {event}.",
    "Sáng ngày {day}/{month}/{year}, {unit} tổ chức {event} với sự tham dự của {attendees}.",
    "Thực hiện kế hoạch công tác năm {year}, ngày {day}/{month}/{year} {unit} đã tổ chức {event}.",
]
PLACES = ["trụ sở Cục THADS tỉnh", "hội trường Cục THADS tỉnh", "trụ sở Chi cục THADS {district}",
          "Nhà văn hóa xã", "trụ sở UBND {district}"]
UNITS = {  # who holds the event, by category; other categories take any of them
    "Hoạt động của Cục": ["Cục THADS tỉnh Thanh Hóa"],
    "Hoạt động của các Chi cục": ["Chi cục THADS {district}"],
    "Hoạt động đoàn thể": ["Chi đoàn Thanh niên Cục THADS", "Công đoàn Cục THADS", "Đảng ủy Cục THADS"],
}
ALL_UNITS = [unit for units in UNITS.values() for unit in units]
EVENTS = [  # (what was held, how the closing sentence names it)
    ("hội nghị sơ kết công tác {period}", "hội nghị"), ("buổi làm việc về tiến độ thi hành án", "buổi làm việc"),
    ("hội nghị tập huấn nghiệp vụ", "hội nghị"), ("buổi sinh hoạt chuyên đề", "buổi sinh hoạt"),
    ("đợt cưỡng chế thi hành án", "đợt cưỡng chế"), ("hội nghị đối thoại với đương sự", "buổi đối thoại"),
]
ATTENDEES = ["đại diện lãnh đạo Cục, Chánh Văn phòng và các Chấp hành viên",
             "đại diện Viện kiểm sát nhân dân và Công an {district}",
             "toàn thể công chức, người lao động trong đơn vị", "Ban Chấp hành Chi đoàn và các đoàn viên"]
FIGURES = [
    "Theo báo cáo, trong {period}, toàn tỉnh đã thụ lý {cases} việc với tổng số tiền trên {money} tỷ đồng;"
    " đã giải quyết xong {done} việc, đạt tỷ lệ {pct}% về việc.",
    "Số việc có điều kiện thi hành đã giải quyết xong đạt {pct}%, vượt {over}% so với chỉ tiêu được giao.",
    "Đơn vị đã xác minh, phân loại {cases} việc, tổ chức {done} cuộc cưỡng chế, thu cho ngân sách nhà nước"
    " trên {money} tỷ đồng.",
]
BODY_SENTENCES = [
    "Các đại biểu đã thảo luận, làm rõ những khó khăn, vướng mắc trong quá trình tổ chức thi hành án.",
    "Công tác phối hợp với các cơ quan hữu quan tiếp tục được duy trì chặt chẽ, hiệu quả.",
    "Nhiều vụ việc phức tạp, kéo dài đã được tập trung giải quyết dứt điểm.",
    "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện đúng quy định.",
    "Đơn vị đã chủ động rà soát, phân loại án, xây dựng kế hoạch giải quyết từng vụ việc cụ thể.",
    "Việc ứng dụng công nghệ thông tin trong quản lý, chỉ đạo điều hành được đẩy mạnh.",
    "Công chức, người lao động đã nêu cao tinh thần trách nhiệm, đoàn kết, khắc phục khó khăn.",
    "Việc cưỡng chế được tiến hành an toàn, đúng trình tự, thủ tục theo quy định của pháp luật.",
    "Các đương sự đã tự nguyện thỏa thuận và thực hiện nghĩa vụ thi hành án.",
    "Công tác tuyên truyền, phổ biến pháp luật được triển khai với nhiều hình thức phong phú.",
]
DEMANDS = [
    "tập trung rà soát, phân loại chính xác án có điều kiện và chưa có điều kiện thi hành",
    "đẩy nhanh tiến độ giải quyết các vụ việc tín dụng ngân hàng, án trọng điểm",
    "nâng cao chất lượng công tác tiếp công dân và giải quyết khiếu nại",
    "lượng hóa kết quả hoạt động và báo cáo Đảng ủy để có chỉ đạo kịp thời",
    "duy trì sinh hoạt định kỳ và ghi biên bản đầy đủ",
    "thực hiện nghiêm kỷ luật, kỷ cương hành chính",
]
CLOSINGS = [
    "Kết thúc {event_short}, đồng chí {leader} đã ghi nhận, biểu dương kết quả đạt được và yêu cầu {demand}.",
    "Phát biểu chỉ đạo, đồng chí {leader} yêu cầu các đơn vị {demand}.",
    "{event_short_title} đã thành công tốt đẹp, góp phần hoàn thành chỉ tiêu, nhiệm vụ năm {year}.",
]
LEADERS = ["Cục trưởng Cục THADS tỉnh", "Phó Cục trưởng phụ trách", "Bí thư Đảng ủy Cục",
           "Chi cục trưởng Chi cục THADS {district}"]
CAPTIONS = ["Toàn cảnh hội nghị", "Quang cảnh buổi làm việc", "Lãnh đạo Cục phát biểu chỉ đạo",
            "Các đại biểu tham dự", "Đoàn viên tham gia hoạt động"]

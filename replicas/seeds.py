"""The five seed articles, transcribed from ``shared/seeds``, and the boilerplate around them.

Paragraph texts are the clean text an extractor must return (whitespace collapsed). The raw page
text that surrounded them (teasers, related links, sidebars) is kept here too, so that the replica
pages carry exactly the boilerplate the seeds show.
"""

from datetime import datetime

from replicas.model import VN_TZ, Figure, ReplicaArticle

# 000: LĐLĐ tỉnh Lào Cai, early 2017; a clean body whose last line is a photo caption.
SEED_UNION_2017 = ReplicaArticle(
    id=2017,
    title="LĐLĐ tỉnh Lào Cai tổng kết phong trào thi đua năm 2016, ký giao ước thi đua năm 2017",
    lead="",
    paragraphs=[
        "Hưởng ứng phong trào thi đua yêu nước do UBND tỉnh Lào Cai, Tổng LĐLĐVN phát động, năm 2016, LĐLĐ tỉnh Lào Cai đã chỉ đạo, hướng dẫn LĐLĐ các huyện, thành phố, cán bộ CĐ chuyên trách tổ chức các phong trào thi đua gắn với hoạt động CĐ của năm. Bám sát các nhiệm vụ phát triển KTXH của ngành, địa phương, đơn vị tổ chức các phong trào thi đua yêu nước trong CNVCLĐ. Trọng tâm là thi đua “Lao động giỏi, lao động sáng tạo”; phong trào “Học tập, nâng cao trình độ chuyên môn nghiệp vụ”; phong trào “Xanh- sạch- đẹp, bảo đảm ATVSLĐ gắn với việc xây dựng môi trường không khói thuốc”; “Xây dựng đời sống văn hóa trong CNVCLĐ và xây dựng cơ quan, đơn vị, DN đạt chuẩn văn hóa”. Nổi bật là phong trào “Toàn dân góp công xây dựng nông thôn mới” ...",
        "Các phong trào thi đua đã được các cấp CĐ cụ thể hóa nội dung phù hợp với thực tiễn của ngành, địa phương, đơn vị, thu hút đông đảo CNVCLĐ và mang lại hiệu quả thiết thực. Góp phần quan trọng thực hiện thắng lợi các mục tiêu phát triển KTXH của tỉnh... Năm 2016, LĐLĐ tỉnh được Tổng LĐLĐVN tặng cờ thi đua xuất sắc; Nhiều tập thể, cá nhân được đề nghị tặng cờ thi đua và Bằng khen của Tổng LĐLĐVN, của UBND tỉnh. Riêng đối với đội ngũ cán bộ CĐ chuyên trách trong tỉnh đã năng động, sáng tạo, đổi mới phướng pháp chỉ đạo, điều hành và tổ chức thực hiện hoàn thành xuất sắc nhiệm vụ được giao, đã có 38 sáng kiến được công nhận cấp cơ sở, 1 sáng kiến cấp tỉnh, 29 cán bộ chuyên trách hoàn thành xuất sắc nhiệm vụ được giao...",
        "Tại Hội nghị cán bộ LĐLĐ các huyện, thành phố, cán bộ CĐ chuyên trách đã tiếp xúc, đối thoại trực tiếp với Thường trực LĐLĐ tỉnh một số nội dung trong triển khai, thực hiện nhiệm vụ của tổ chức CĐ ở cơ sở; Triển khai, quán triệt học tập Nghị quyết Trung ương 4 khóa XII; Ký giao ước thi đua năm 2017.",
        "Nhân dịp này có 3 tập thể, 8 cá nhân được nhận Bằng khen của LĐLĐ tỉnh vì có thành tích xuất sắc trong phong trào CNVCLĐ và hoạt động CĐ năm 2016; 3 tập thể, 3 cá nhân được nhận Bằng khen của LĐLĐ tỉnh vì có thành tích xuất sắc trong công tác phát triển đoàn viên giai đoạn 2013- 2016.",
    ],
    published=datetime(2017, 1, 13, 9, 30, tzinfo=VN_TZ),
    category="Tin tức sự kiện",
    author="",
    figures=[
        Figure(
            "ky-giao-uoc-2017.jpg",
            "Đồng chí Nguyễn Hữu Long, Chủ tịch LĐLĐ tỉnh (đứng giữa) ký giao ước thi đua năm 2017 với LĐLĐ các huyện, thành phố.",
            after=3,
        )
    ],
    views=1204,
)

# 001: Cổng TTĐT tỉnh Lào Cai (a sub-portal), 2022; lead prefixed "CTTĐT- ", byline "CTTĐT".
SEED_PORTAL_2022 = ReplicaArticle(
    id=1123456,
    title="Phát động phong trào thi đua “Lao động giỏi, Lao động sáng tạo” công nhân, viên chức, lao động trên địa bàn tỉnh Lào Cai năm 2022",
    lead="UBND tỉnh Lào Cai vừa ban hành Công văn phát động phong trào thi đua “Lao động giỏi, Lao động sáng tạo” công nhân, viên chức, lao động trên địa bàn tỉnh Lào Cai năm 2022.",
    paragraphs=[
        "Theo đó, trong năm qua, phong trào thi đua yêu nước trong cán bộ, công chức, viên chức, công nhân và người lao động (CNVCLĐ) do Ủy ban nhân dân tỉnh và Liên Liên đoàn Lao động tỉnh Lào Cai phát động đã thu được nhiều kết quả thiết thực, góp phần quan trọng vào việc phát triển kinh tế, xã hội, đảm bảo an ninh, chính trị của tỉnh. Bước vào giai đoạn phát triển mới, thực hiện kế hoạch phát triển kinh tế, xã hội của tỉnh Lào Cai năm 2022, tiếp tục đẩy mạnh công cuộc đổi mới, thực hiện công nghiệp hóa, hiện đại hóa, phát triển kinh tế nhanh, bền vững, nâng cao đời sống vật chất, tinh thần cho nhân dân. Công nhân, viên chức, lao động trên địa bàn tỉnh cần đẩy mạnh các phong trào thi đua yêu nước, nâng cao trách nhiệm, khẳng định vai trò của tổ chức, cơ quan, đơn vị, địa phương, doanh nghiệp và CNVCLĐ đối với công cuộc xây dựng tỉnh Lào Cai trong giai đoạn mới.",
        "Phát huy những kết quả đã đạt được từ phong trào thi đua “Lao động giỏi, Lao động sáng tạo” trong công nhân, viên chức, lao động trên địa bàn tỉnh Lào Cai năm 2021, Ủy ban nhân dân tỉnh và Liên đoàn Lao động tỉnh Lào Cai phát động đến toàn thể công nhân, viên chức lao động và các tổ chức, cơ quan, đơn vị, ngành, địa phương, doanh nghiệp trên địa bàn tỉnh đẩy mạnh phong trào thi đua “Lao động giỏi, Lao động sáng tạo” trong công nhân, viên chức, lao động trên địa bàn tỉnh Lào Cai năm 2022 với các nội dung chủ yếu sau:",
        "Các cấp, các ngành, các cơ quan, đơn vị, chủ doanh nghiệp cần đẩy mạnh công tác tuyên truyền cho công nhân, viên chức, người lao động hiểu rõ về vai trò, ý nghĩa của phong trào thi đua “Lao động giỏi, Lao động sáng tạo” đối với sự phát triển của các cơ quan, đơn vị, địa phương, doanh nghiệp và của cả nền kinh tế. Vận động CNVCLĐ tích cực học tập nâng cao trình độ chuyên môn, nghiệp vụ, nâng cao tay nghề, kiến thức khoa học kỹ thuật để chủ động tiếp cận quy trình sản xuất tiên tiến, tạo nền tảng cho sáng tạo khoa học, kỹ thuật.",
        "Tổ chức phát động Phong trào thi đua “Lao động giỏi, Lao động sáng tạo” đến toàn thể CNVCLĐ trong các cơ quan, đơn vị, ngành, địa phương, doanh nghiệp, tạo khí thế thi đua sôi nổi, rộng khắp, thiết thực góp phần xây dựng cơ quan, đơn vị vững mạnh và phát triển doanh nghiệp bền vững. Nội dung phong trào thi đua bám sát với nhiệm vụ chính trị của từng đơn vị. Có các hình thức thi đua phong phú, có kế hoạch nuôi dưỡng, theo dõi, bám sát, kiểm tra đôn đốc, sơ kết, tổng kết phong trào; kịp thời biểu dương khen thưởng tập thể, cá nhân có thành tích xuất sắc và nhân rộng điển hình tiên tiến.",
        "Động viên công nhân, viên chức, người lao động hăng hái thi đua lao động sản xuất, công tác với mục tiêu “năng suất, chất lượng, hiệu quả, bảo đảm an toàn, vệ sinh lao động”, phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, mục tiêu của từng đơn vị góp phần vào sự phát triển kinh tế, xã hội của tỉnh đề ra.",
        "Gắn phong trào thi đua “Lao động giỏi, Lao động sáng tạo” với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, qua đó làm cho CNVCLĐ thấm nhuần sâu sắc lời dạy của Bác Hồ kính yêu: “Thi đua là yêu nước, yêu nước thì phải thi đua và những người thi đua là những người yêu nước nhất”. Cùng với việc đẩy mạnh phong trào thi đua “Lao động giỏi, Lao động sáng tạo”, phải thường xuyên đổi mới công tác thi đua, khen thưởng trong CNVCLĐ và hoạt động của các đơn vị, đặc biệt quan tâm phát hiện nhân tố mới, bồi dưỡng và nhân rộng các ý tưởng, sáng tạo mới.",
        "Tiếp tục tổ chức có hiệu quả phong trào thi đua “Lao động giỏi, Lao động sáng tạo”. Vận động công nhân, người lao động của các doanh nghiệp trên địa bàn toàn tỉnh phát huy tinh thần năng động, sáng tạo, phát huy sáng kiến cải tiến kỹ thuật, giải pháp hợp lý hóa sản xuất; ứng dụng tiến bộ khoa học kỹ thuật, thực hiện chuyển đổi số, ứng dụng công nghệ thông tin vào sản xuất, kinh doanh; thực hành tiết kiệm, giảm chi phí, định mức tiêu hao nguyên, nhiên, vật liệu; nâng cao năng suất lao động, nâng cao chất lượng, hạ giá thành sản phẩm, đủ sức cạnh tranh trên thị trường.",
        "Căn cứ vào chương trình, kế hoạch phát triển kinh tế, xã hội và nhiệm vụ chính trị của từng ngành, từng địa phương, cơ quan, đơn vị và doanh nghiệp, căn cứ nhiệm vụ chủ động tham mưu với cấp ủy, phối hợp với chính quyền, chuyên môn đồng cấp phát động phong trào thi đua “Lao động giỏi, Lao động sáng tạo” tới toàn thể công nhân, viên chức, người lao động với nội dung, mục tiêu cụ thể cho phù hợp, mang lại hiệu quả thiết thực.",
        "Chủ tịch UBND tỉnh kêu gọi toàn thể công nhân, viên chức, người lao động trên địa bàn tỉnh Lào Cai phát huy truyền thống yêu nước, tinh thần đoàn kết, bản lĩnh, trí tuệ, sáng tạo, đồng lòng vượt qua khó khăn, thách thức, ra sức thi đua đạt thành tích cao nhất, góp phần thiết thực vào thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lào Cai lần thứ XVI, Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và Nghị quyết Đại hội Công đoàn các cấp, góp phần thực hiện thắng lợi kế hoạch phát triển kinh tế xã hội 5 năm (2021 - 2025), góp phần xây dựng tỉnh Lào Cai ngày càng giàu đẹp./.",
    ],
    published=datetime(2022, 2, 15, 10, 20, tzinfo=VN_TZ),
    category="Tin tức - Sự kiện",
    author="CTTĐT",
    views=490,
)

# 002: Báo Lào Cai, 26/12/2024; image file names between paragraphs, teasers with other dates.
SEED_NEWSPAPER_2024 = ReplicaArticle(
    id=1400264,
    title="Lấy công tác chăm lo, bảo vệ quyền lợi cho đoàn viên, lao động là thước đo hiệu quả hoạt động công đoàn",
    lead="Đó là ý kiến chỉ đạo của đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy tại Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh Lào Cai lần thứ 8, nhiệm kỳ 2023 - 2028 được tổ chức chiều 26/12.",
    paragraphs=[
        "Dự hội nghị có các đồng chí: Thái Thu Xương, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; lãnh đạo một số ban, ngành của tỉnh; các đồng chí Thường trực, Ủy viên Ban Chấp hành, Ủy viên Ủy ban Kiểm tra Liên đoàn Lao động tỉnh, nhiệm kỳ 2023 - 2028.",
        "Phát biểu tại hội nghị, Phó Bí thư Tỉnh ủy Hoàng Giang đã biểu dương kết quả, thành tích công tác, hoạt động công đoàn năm 2024, khẳng định những kết quả đó đã góp phần quan trọng trong phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh và xây dựng Đảng, hệ thống chính trị của tỉnh.",
        "Về nhiệm vụ năm 2025, đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy đã chỉ ra 5 nhóm nội dung các cấp công đoàn cần quan tâm, triển khai thực hiện. Đó là: Thường xuyên nắm bắt tình hình tư tưởng của công nhân, viên chức, lao động. Hướng mạnh các hoạt động về cơ sở, lấy cơ sở làm địa bàn hoạt động, lấy đoàn viên, người lao động làm đối tượng hoạt động; lấy kết quả chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng cho đoàn viên, lao động là thước đo hiệu quả hoạt động công đoàn. Tiếp tục đổi mới các phong trào thi đua, trọng tâm là phong trào “Lao động giỏi, Lao động sáng tạo”, coi công tác thi đua là động lực, khích lệ đoàn viên, lao động hoàn thành tốt nhiệm vụ được giao. Xây dựng, củng cố tổ chức, đội ngũ cán bộ công đoàn tâm huyết, gắn bó với cơ sở, với người lao động. Đổi mới công tác tuyên truyền, vận động đối với cả người lao động và người chủ sử dụng lao động, gắn với chuyển đổi số nhằm nâng cao hiệu quả công tác tuyên truyền.",
        "Phát biểu tại hội nghị, đồng chí Thái Thu Xương, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam nhấn mạnh: Năm 2025, với chủ đề hoạt động “Tập trung phát triển đoàn viên công đoàn, tham gia xây dựng Đảng trong sạch, vững mạnh”, các cấp công đoàn tỉnh Lào Cai cần tiếp tục nghiên cứu, đưa ra nhiều giải pháp thực tế phù hợp để đưa phong trào công nhân và hoạt động công đoàn ngày càng hiệu quả, khẳng định và phát huy vai trò của tổ chức công đoàn. Trước mắt là tập trung các nguồn lực chăm lo Tết cho đoàn viên, người lao động trong tỉnh.",
        "Toàn tỉnh hiện có hơn 46.000 công nhân, viên chức, lao động ở các đơn vị có tổ chức công đoàn do Liên đoàn Lao động tỉnh trực tiếp quản lý, với 1.210 công đoàn cơ sở. Phong trào công nhân, viên chức, lao động và hoạt động công đoàn trên địa bàn tỉnh đã đạt được những kết quả quan trọng; nội dung và phương thức hoạt động công đoàn tiếp tục được đổi mới. Công tác chăm lo, đại diện bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên và người lao động được đặc biệt quan tâm. Công tác tuyên truyền, giáo dục, các phong trào thi đua, phát triển đoàn viên, thành lập công đoàn cơ sở đạt kết quả thiết thực, nổi bật...",
        "Trong năm 2024, các cấp công đoàn tỉnh Lào Cai đã hỗ trợ 40.993 lượt đoàn viên, người lao động với tổng số tiền hơn 36,5 tỷ đồng. Toàn tỉnh có 623 sáng kiến được cấp có thẩm quyền công nhận, có 11 đề tài giải pháp được Tổng Liên đoàn Lao động Việt Nam tặng Bằng Lao động sáng tạo. Về phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh, đã phát triển mới được 4.337 đoàn viên (trong đó, khu vực ngoài Nhà nước: 3.390 đoàn viên; khu vực hành chính: 947 đoàn viên), đạt 144,56% kế hoạch…",
        "Tại hội nghị, Liên đoàn Lao động tỉnh đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong hoạt động công đoàn và các phong trào thi đua năm 2024 (ảnh trên).",
        "Liên đoàn Lao động tỉnh phát động phong trào thi đua năm 2025 với chủ đề “Quyết tâm đổi mới, tích cực sáng tạo, nâng cao năng suất lao động, hiệu quả công tác, tiết kiệm, chống lãng phí, chào mừng đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, đại hội thi đua yêu nước các cấp, Đại hội Thi đua yêu nước toàn quốc lần thứ XI”.",
        "Nhân dịp này, Tổng Liên đoàn Lao động Việt Nam trao tặng 5 sổ tiết kiệm cho các trẻ em mồ côi là con của đoàn viên, lao động bị tử vong do bão số 3 trên địa bàn tỉnh Lào Cai (ảnh trên).",
    ],
    published=datetime(2024, 12, 26, 18, 45, tzinfo=VN_TZ),
    category="Công đoàn",
    author="Thanh Hà",
    tags=["Liên đoàn Lao động tỉnh", "Hội nghị Ban Chấp hành"],
    figures=[
        Figure("baolaocai-tl_dsc-2409.jpg", "Quang cảnh hội nghị.", after=0),
        Figure("dsc-2419.jpg", "Phó Bí thư Tỉnh ủy Hoàng Giang phát biểu tại hội nghị.", after=1),
        Figure("dsc-2437.jpg", "Đồng chí Thái Thu Xương, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam.", after=2),
        Figure(
            "baolaocai-tl_dsc-2460.jpg",
            "Lãnh đạo Tổng Liên đoàn Lao động Việt Nam, Liên đoàn Lao động tỉnh trao Cờ thi đua của Liên đoàn Lao động tỉnh cho các tập thể.",
            after=3,
        ),
        Figure("baolaocai-tl_dsc-2465.jpg", "", after=5),
        Figure("baolaocai-tl_dsc-2470.jpg", "", after=5),
        Figure("baolaocai-tl_dsc-2484.jpg", "", after=5),
        Figure("baolaocai-tl_dsc-2496.jpg", "", after=5),
        Figure("baolaocai-tl_dsc-2403.jpg", "", after=7),
    ],
    views=2311,
)

# "Tin cùng chuyên mục" teasers under seed 002: (photo caption, title, summary, date shown).
NEWSPAPER_2024_TEASERS = [
    (
        "Toàn cảnh Hội nghị.",
        "Bồi dưỡng nội dung cơ bản, cốt lõi và điểm mới trong Nghị quyết Đại hội Đảng bộ tỉnh Lào Cai lần thứ I",
        "Sáng 26/12, Ban Tuyên giáo và Dân vận Tỉnh ủy đã tổ chức hội nghị bồi dưỡng nội dung cơ bản, cốt lõi, những điểm mới trong Nghị quyết Đại hội Đảng bộ tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025 - 2030 cho đội ngũ lãnh đạo, giảng viên tại các trung tâm chính trị cấp xã.",
        "26/12/2025 11:20",
    ),
    (
        "Quang cảnh buổi tiếp công dân.",
        "Bí thư Tỉnh ủy Trịnh Việt Hùng tiếp công dân tháng 12/2025: Giải quyết xong kiến nghị của công dân trước ngày 15/01/2026",
        "Giải quyết nhanh chóng, dứt điểm, trao Giấy chứng nhận quyền sử dụng đất cho công dân Dương Văn Lộc, thôn Hin Lò, xã Lục Yên trước ngày 15/01/2026; đảm bảo quyền, lợi ích chính đáng, hợp pháp cho công dân theo đúng quy định của pháp luật. Đây là nội dung chỉ đạo tại buổi tiếp công dân định kỳ tháng 12 của đồng chí Trịnh Việt Hùng - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh vừa diễn ra sáng 26/12.",
        "26/12/2025 16:05",
    ),
    (
        "",
        "Kiến tạo niềm tin, giữ vững trận địa tư tưởng",
        "Văn hóa là nền tảng tinh thần vững chắc, hun đúc bản lĩnh dân tộc, quy tụ sức mạnh đoàn kết, góp phần quan trọng trong công cuộc bảo vệ độc lập, tự do và toàn vẹn lãnh thổ. Trong bối cảnh cách mạng công nghiệp lần thứ tư và hội nhập quốc tế sâu rộng, văn hóa còn là nguồn lực mềm, khẳng định vị thế quốc gia trên trường quốc tế.",
        "26/12/2025 08:10",
    ),
    (
        "",
        "Tổng Bí thư Tô Lâm: Khơi dậy mạnh mẽ ý chí quật cường, tinh thần yêu nước mãnh liệt",
        "Tối 25/12, tại Nhà hát Hồ Gươm (Hà Nội), Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp với Đài Truyền hình Việt Nam tổ chức Chương trình “Hồ Chí Minh - Hành trình khát vọng 2025” với chủ đề “Việt Nam thịnh vượng”, giao lưu, tôn vinh các điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "25/12/2025 22:40",
    ),
    (
        "",
        "Cầu nối chính sách, pháp luật trong hành trình giảm nghèo bền vững",
        'Trong bối cảnh cả nước đang triển khai Chương trình mục tiêu quốc gia về giảm nghèo bền vững giai đoạn 2021 - 2025, vai trò của Hội Nông dân Việt Nam ngày càng được khẳng định như "cầu nối" quan trọng, đưa chính sách, pháp luật, tri thức và cơ hội phát triển đến gần hơn với người nghèo, người yếu thế.',
        "25/12/2025 15:30",
    ),
    (
        "",
        "Phòng, chống tham nhũng, lãng phí, tiêu cực quyết liệt hơn, hiệu quả hơn, bền vững hơn",
        "Ngày 25/12, tại Hà Nội, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực (Ban Chỉ đạo) tổ chức Phiên họp thứ 29 để thảo luận, cho ý kiến về kết quả hoạt động năm 2025 và chương trình công tác năm 2026. Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo chủ trì phiên họp.",
        "25/12/2025 14:00",
    ),
    (
        "Quang cảnh hội nghị tại điểm cầu tỉnh Lào Cai.",
        "Tổng kết thực hiện nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ và xác định danh tính hài cốt liệt sĩ còn thiếu thông tin giai đoạn 2021 - 2025",
        "Chiều 25/12, Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ (Ban Chỉ đạo quốc gia 515) tổ chức Hội nghị tổng kết thực hiện nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ và xác định danh tính hài cốt liệt sĩ còn thiếu thông tin giai đoạn 2021 - 2025.",
        "25/12/2025 19:15",
    ),
]

# 003: HĐND tỉnh Điện Biên, 09/07/2020; date line with a 12-hour clock and a counter.
SEED_COUNCIL_2020 = ReplicaArticle(
    id=3517,
    title="Chủ tịch HĐND tỉnh Lò Văn Muôn dự Hội nghị điển hình tiên tiến Liên đoàn Lao động tỉnh",
    lead="Ngày 08/7, tại Nhà thiếu nhi tỉnh, Liên đoàn Lao động tỉnh tổ chức Hội nghị điển hình tiên tiến trong công nhân, viên chức, lao động tỉnh lần thứ V. Dự Hội nghị có đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đại diện lãnh đạo một số Sở, ngành tỉnh cùng 125 đại biểu tiên tiến đại diện cho công nhân, viên chức, lao động trong toàn tỉnh.",
    paragraphs=[
        "Báo cáo tổng kết phong trào thi đua yêu nước 5 năm (2015-2020) đã khẳng định: 5 năm qua, các cấp công đoàn trong tỉnh đã đẩy mạnh các phong trào thi đua yêu nước trong công nhân, viên chức, lao động, như: “Lao động giỏi, lao động sáng tạo”; “Học tập nâng cao trình độ học vấn, chuyên môn nghiệp vụ đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa đất nước”; phong trào thi đua “Giỏi việc nước, đảm việc nhà” trong nữ công nhân viên chức lao động; phong trào thi đua thực hiện văn hóa công sở; phong trào thi đua “Đổi mới, sáng tạo, hiệu quả trong hoạt động của tổ chức Công đoàn”… Các phong trào thi đua được triển khai thường xuyên, diễn ra sôi nổi, liên tục với mục tiêu, chỉ tiêu cụ thể, rõ ràng, phát triển rộng khắp cả về chiều rộng và chiều sâu, thu hút đông đảo đoàn viên, CNVCLĐ tham gia; qua các phong trào thi đua đã đã xuất hiện nhiều mô hình mới, nhân tố mới, nhiều điển hình tiên tiến xuất sắc có sức ảnh hưởng rộng rãi, lan tỏa. Cụ thể, trong 5 năm đã có trên 10.000 sáng kiến được áp dụng; trên 50 đề tài, dự án được Hội đồng khoa học tỉnh công nhận, trên 40 sáng kiến được các Bộ ngành trung ương công nhận; hàng năm có trên 95% CB, CC, VC hoàn thành tốt nhiệm vụ trở lên; từ 80 - 85% nữ công nhân, viên chức, lao động đạt danh hiệu “Giỏi việc nước, đảm việc nhà”... Bên cạnh đó, hưởng ứng phong trào “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau”, các cấp công đoàn trong tỉnh đã hỗ trợ, xây dựng được gần 160 mái ấm công đoàn với số tiền trên 4,6 tỷ đồng; kết nối với các tổ chức, cá nhân giúp đỡ các xã đặc biệt khó khăn trên địa bàn tỉnh xây dựng cơ sở hạ tầng, hỗ trợ trang thiết bị… với tổng số tiền gần 6 tỷ đồng.",
        "Phát biểu tại hội nghị, đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đã ghi nhận và đánh giá cao kết quả các cấp công đoàn trong tỉnh đã đạt được trong 5 năm qua; đồng chí đề nghị thời gian tới, các cấp công đoàn cần tiếp tục xây dựng, củng cố tổ chức công đoàn vững mạnh, đa dạng về nội dung hoạt động; quan tâm bảo vệ quyền, lợi ích hợp pháp chính đáng cho các đoàn viên và người lao động. Tổ chức công đoàn phải thường xuyên phối kết hợp chặt chẽ với các cấp, các ngành, đoàn thể thực hiện tốt các chính sách xã hội, đặc biệt quan tâm làm tốt công tác xóa đói giảm nghèo; tiếp tục xây dựng các tiêu chí cụ thể, kịp thời phát hiện và nhân rộng các cá nhân, tập thể điển hình tiên tiến…",
        "Nhân dịp này, Ban Chấp hành LĐLĐ tỉnh tặng Bằng khen cho 20 tập thể, 30 cá nhân có thành tích xuất sắc tiêu biểu trong phong trào thi đua yêu nước CNVCLĐ, giai đoạn 2015 - 2020./.",
    ],
    published=datetime(2020, 7, 9, 4, 5, 37, tzinfo=VN_TZ),
    category="Tin tức & sự kiện",
    author="Bảo An",
    views=256,
)

COUNCIL_2020_RELATED = [
    "UBND huyện Điện Biên đã xử lý nghiêm các hành vi vi phạm trong khai thác khoáng sản",
    "HĐND huyện Mường Ảng họp kỳ thứ 13 xem xét đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh 6 tháng đầu năm 2020",
    "Chủ tịch UBND tỉnh Mùa A Sơn tiếp xúc cử tri huyện Nậm Pồ",
    "TP. Điện Biên Phủ sẽ tập trung nguồn lực, tạo điều kiện thuận lợi để xã Pá Khoang sớm về đích nông thôn mới",
    "Cử tri xã Noong Hẹt, huyện Điện Biên kiến nghị nhiều vấn đề an sinh xã hội trên địa bàn",
    "Hội nghị Điển hình tiên tiến Hội Liên hiệp Phụ nữ tỉnh Điện Biên lần thứ IV (2020-2025)",
    "Tổ đại biểu huyện Tủa Chùa, huyện Mường Chà tiếp xúc cử tri trước kỳ họp thứ 14, HĐND tỉnh khóa XIV",
    "Hội nghị điển hình tiên tiến phong trào thi đua “Vì an ninh Tổ quốc” giai đoạn 2015 – 2020 của lực lượng Công an tỉnh Điện Biên",
    "Điện Biên: Huyện Mường Nhé có tân Bí thư Huyện ủy mới",
]
COUNCIL_SIDEBAR_LINK = "THƯ GỬI CÁC VỊ ĐẠI BIỂU QUỐC HỘI"

# 004: LĐLĐ tỉnh Lào Cai, old ASP.NET site; only the header's today-date is visible.
SEED_UNION_LEGACY_2020 = ReplicaArticle(
    id=8841,
    title="Kết quả 10 năm thực hiện phong trào thi đua “ Dân vận khéo”",
    lead="",
    paragraphs=[
        "Để công tác Dân vận ngày càng phát huy hiệu quả thiết thực, trong 10 năm qua, các cấp công đoàn đã đẩy mạnh công tác tuyên truyền những chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và của Công đoàn đến với CNVCLĐ toàn tỉnh nhằm nâng cao nhận thức, củng cố niềm tin, cổ vũ hành động của CNVCLĐ, góp phần tích cực vào sự nghiệp phát triển kinh tế - xã hội của tỉnh. LĐLĐ tỉnh đã chỉ đạo các cấp công đoàn trong tỉnh luôn coi trọng đến công tác thực hiện phong trào thi đua “Dân vận khéo”. Với những nội dung cụ thể, thiết thực có trọng tâm, trọng điểm, được tổ chức thường xuyên, sâu rộng cùng với các phong trào thi đua yêu nước có tính bền vững, sức lan tỏa trong cộng đồng, thu hút được đông đảo nhân dân tham gia như: Các mô hình vận động nhân dân phát triển sản xuất, kinh doanh; các mô hình về an ninh, trật tự; các mô hình gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”; … Đặc biệt, xây dựng những mô hình tiêu biểu góp phần phòng, chống biểu hiện suy thoái “Tự diễn biến”, “Tự chuyển hóa”, theo tinh thần Nghị quyết Trung ương 4 khóa XII để nâng cao nhận thức, trách nhiệm của mỗi cán bộ, đoàn viên, CNVCLĐ. Đồng thời tích cực vận động đoàn viên công đoàn, CNVCLĐ phổ biến cách làm hay, sáng tạo trong phong trào thi đua “Dân vận khéo” có sức lan tỏa và tác động tích cực trên các lĩnh vực của đời sống xã hội.",
        "Trong 10 năm qua, các cấp công đoàn trên địa bàn tỉnh đã tích cực đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục pháp luật trong đội ngũ cán bộ, công chức, viên chức, công nhân và người lao động được các cấp công đoàn trong tỉnh tổ chức triển khai thực hiện đạt hiệu quả cao, tập trung tuyên truyền, phổ biến Hiến pháp, Bộ Luật lao động, Luật Công đoàn, Luật BHXH, BHYT, BHTN, Luật ATVSLĐ, hàng năm thực hiện tốt hai đợt tuyên truyền pháp luật và “Ngày Pháp luật” ... trong đó chú trọng hơn đến đối tượng là CNLĐ trực tiếp sản xuất. Trong 10 năm đã tổ chức tuyên truyền pháp luật được 20.033 buổi thu hút 574.962 CNVCLĐ tham gia, cấp phát 6.000 cuốn tài liệu về Bộ Luật lao động, Luật Công đoàn năm 2012 tới các cấp công đoàn trong toàn tỉnh.",
        "Thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 về “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”, Chỉ thị 05/CT/ TW ngày 15/5/2016 của Bộ Chính trị về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, các cấp công đoàn tổ chức triển khai học tập bằng nhiều hình thức, trong 10 năm qua đã tổ chức 16.235 buổi tuyên truyền với 622.762 đoàn viên CNVCLĐ tham gia, có 68.774 bài; dự thi “Tìm hiểu Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam” có 26.886 bài; LĐLĐ tỉnh đã tổ chức Hội thi cán bộ công đoàn giỏi (năm 2014); thông qua Hội thi Cán bộ công đoàn giỏi là một trong những hoạt động nghiệp vụ có ý nghĩa thiết thực, góp phần nâng cao năng lực, trình độ nghiệp vụ và kinh nghiệm thực tiễn cho cán bộ công đoàn các cấp. Đẩy mạnh thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; Phong trào xây dựng cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hoá được các cơ sở và công đoàn cấp trên cơ sở phối hợp với chuyên môn cùng cấp, phòng Văn hóa các huyện, thành phố thực hiện tốt. Kết quả có 86,4% cơ quan, đơn vị, doanh nghiệp đạt “Chuẩn văn hóa”; có 95% gia đình CVCLĐ được công nhận gia đình văn hóa.",
        "Thực hiện Đề án 07-ĐA/TU ngày 25/10/2013 của Tỉnh ủy Lào Cai về “Xây dựng Đảng và các đoàn thể nhân dân trong các doanh nghiệp ngoài khu vực nhà nước, giai đoạn 2013-2015 và định hướng đến năm 2020”. Trong 10 năm qua đã kết nạp mới được 17.594 đoàn viên, trong đó đoàn viên ở khu vực ngoài nhà nước 7.836; thành lập mới được 252 công đoàn cơ sở, trong đó ở khu vực ngoài nhà nước 143 công đoàn cơ sở. Tại hội nghị biểu dương mô hình “Dân vận khéo” do Ban Dân vận Tỉnh ủy tổ chức, LĐLĐ tỉnh đã có 01 tập thể (LĐLĐ huyện Sa Pa) và 01 cá nhân (thuộc công đoàn ngành Công thương) được biểu dương khen thưởng. Đã có 100% công đoàn cấp trên trực tiếp cơ sở xếp loại Hoàn thành tốt nhiệm vụ. Đối với CĐCS: 91,6% CĐCS đạt vững mạnh. LĐLĐ tỉnh Lào Cai luôn quan tâm đến việc xây dựng, kiện toàn đội ngũ cán bộ công đoàn cơ sở. 10 năm qua, các cấp công đoàn đã mở 300 lớp, đào tạo bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ công đoàn cho 26.354 lượt cán bộ công đoàn chủ chốt các cấp. Hàng năm Liên đoàn Lao động tỉnh tập trung chỉ đạo các cấp công đoàn tổ chức tốt các phong trào thi đua yêu nước do Tỉnh, Tổng Liên đoàn phát động. Trong 10 năm, các cấp công đoàn trong tỉnh đã được Chủ tịch nước tặng thưởng Huân Chương Lao động hạng Nhất cho LĐLĐ tỉnh năm 2011; Huân Chương Lao động hạng Ba cho 05 cá nhân, Thủ tướng Chính phủ tặng Cờ thi đua xuất sắc toàn diện cho 2 tập thể, Thủ tướng Chính phủ tặng Bằng khen cho 5 tập thể và cá nhân; Tổng Liên đoàn tặng Cờ cho 52 tập thể, tặng Bằng khen cho 179 tập thể, 227 cá nhân; UBND tỉnh tặng Bằng khen cho 19 tập thể, 52 cá nhân; Liên đoàn Lao động tỉnh tặng Cờ cho 176 tập thể, tặng 2.094 Bằng khen tập thể và 4.368 cá nhân. Trong 10 năm qua đã có 17.275 đề tài, sáng kiến đã được triển khai ứng dụng có hiệu quả từ cấp cơ sở trở lên, được áp dụng trong các lĩnh vực quản lý, điều hành sản xuất kinh doanh của các cơ quan, đơn vị, doanh nghiệp, với tổng giá trị làm lợi trên 82,758 tỷ đồng; có 160 cá nhân được Tổng Liên đoàn Lao động Việt Nam tặng Bằng Lao động sáng tạo. Đây thực sự là những tập thể, cá nhân tiêu biểu trong các phong trào thi đua do tổ chức công đoàn phát động.",
        "Với những kết quả đã đạt được trong thời gian tới, LĐLĐ tỉnh tiếp tục chỉ đạo các cấp công đoàn phối hợp với chuyên môn và các tổ chức chính trị, xã hội đồng cấp tuyên truyền, vận động CNVCLĐ, ĐVCĐ tiếp tục nâng cao nhận thức, trách nhiệm trong việc thực hiện tốt phong trào thi đua “Dân vận khéo”. Căn cứ vào tình hình thực tế các cấp công đoàn xây dựng kế hoạch tuyên truyền vận động CNVCLĐ “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới” gắn với Nghị quyết Đại hội XII của Đảng; Nghị quyết Đại hội XV của Đảng bộ tỉnh Lào Cai; Quyết định số 123 – QĐ/TU, ngày 24/01/2011 của Tỉnh ủy Lào Cai về “Quy chế công tác dân vận của hệ thống chính trị”. Đổi mới nội dung và phương thức hoạt động của các cấp công đoàn, chú trọng việc kiện toàn, đổi mới hoạt động của tổ chức CĐCS. Thường xuyên giám sát việc thi hành pháp luật lao động của các cơ quan nhà nước, việc chấp hành pháp luật của người lao động, người sử dụng lao động; biểu dương đoàn viên, CNVCLĐ tích cực tham gia thực hiện những mô hình “Dân vận khéo” tiêu biểu, có sức lan tỏa và tác động tích cực trên các lĩnh vực của đời sống xã hội.",
    ],
    published=datetime(2020, 1, 20, 15, 0, tzinfo=VN_TZ),
    category="LĐLĐ huyện, thành phố",
    author="Phương Thúy (LĐLĐ tỉnh)",
    figures=[
        Figure(
            "dsc_0192.jpg",
            "Đồng chí Lý Seo Dìn, Trưởng ban Dân Vận Tỉnh ủy phát biểu trong hội nghị biểu dương cán bộ nữ công tiêu biểu giai đoạn 2013- 2018",
            after=0,
        ),
        Figure("mua-khen-2019.jpg", "Tiết mục văn nghệ múa khèn trong Tết sum vầy xuân Kỷ Hợi năm 2019", after=2),
    ],
    variant="no-date",
    views=5120,
)

UNION_SLOGAN = "Vì đoàn viên và người lao động,vì sự phát triển bền vững của tỉnh Lào Cai, tiếp tục đổi mới nội dung, phương thức hoạt động công đoàn."
PORTAL_VIDEOS = [
    "PS DU LỊCH VỚI XÂY DỰNG NTM",
    "PS 02 năm xây dựng thôn kiểu mẫu, thôn nông thôn mới",
    "Xã Lương Sơn (Bảo Yên) đạt chuẩn Nông thôn mới",
    "PS Tụt tiêu chí NTM",
    "PS Phát triển kinh tế xây dựng NTM",
    "Cốc Lầu phát triển kinh tế xây dựng Nông thôn mới",
    "PS Cán bộ lãnh đạo giúp xã nông thôn mới",
    "PS Thôn kiểu mẫu, thôn nông thôn mới",
]

# Not a seed page: the story Báo Lào Cai published and the provincial portal republished word for word.
REPUBLISHED_2024 = ReplicaArticle(
    id=1402871,
    title="Mái ấm công đoàn: điểm tựa an cư cho đoàn viên khó khăn ở Lào Cai",
    lead="Giai đoạn 2020 - 2024, các cấp công đoàn tỉnh Lào Cai đã hỗ trợ xây mới, sửa chữa 286 Mái ấm công đoàn với tổng kinh phí hơn 14,3 tỷ đồng, giúp nhiều đoàn viên, người lao động có hoàn cảnh khó khăn ổn định cuộc sống.",
    paragraphs=[
        "Ngôi nhà mới của chị Sùng Thị Mỷ, công nhân Công ty TNHH MTV Apatit Việt Nam, khánh thành đúng dịp Tháng Công nhân. Từ nguồn hỗ trợ 60 triệu đồng của Liên đoàn Lao động tỉnh, cộng với tiền tiết kiệm và sự giúp đỡ của đồng nghiệp, gia đình chị đã có nơi ở kiên cố sau nhiều năm sống trong căn nhà tạm dột nát.",
        "Theo Liên đoàn Lao động tỉnh, việc xét hỗ trợ được thực hiện công khai, đúng đối tượng, ưu tiên đoàn viên là người dân tộc thiểu số, lao động nữ nuôi con nhỏ và người lao động bị ảnh hưởng bởi thiên tai. Mỗi Mái ấm công đoàn được hỗ trợ từ 50 đến 80 triệu đồng tùy mức độ khó khăn.",
        "Năm 2024, sau cơn bão số 3, các cấp công đoàn trong tỉnh đã rà soát, kịp thời hỗ trợ 47 đoàn viên có nhà bị sập đổ, hư hỏng nặng; đồng thời vận động các doanh nghiệp, công đoàn cơ sở chung tay đóng góp ngày công, vật liệu xây dựng.",
        "Thời gian tới, Liên đoàn Lao động tỉnh tiếp tục phối hợp với các ngành, địa phương huy động nguồn lực xã hội hóa, phấn đấu mỗi năm hỗ trợ ít nhất 60 Mái ấm công đoàn, góp phần thực hiện tốt chính sách an sinh xã hội trên địa bàn.",
    ],
    published=datetime(2024, 5, 14, 16, 20, tzinfo=VN_TZ),
    category="Công đoàn",
    author="Hồng Duyên",
    tags=["Mái ấm công đoàn", "an sinh xã hội"],
    figures=[
        Figure(
            "mai-am-cong-doan-2024.jpg",
            "Lãnh đạo Liên đoàn Lao động tỉnh trao quyết định hỗ trợ Mái ấm công đoàn cho đoàn viên.",
            after=0,
        )
    ],
    views=1873,
)

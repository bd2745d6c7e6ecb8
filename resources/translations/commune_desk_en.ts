<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Giới thiệu CommuneDesk</source>
        <translation>About CommuneDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CommuneDesk&lt;/b&gt; phiên bản {version}</source>
        <translation>&lt;b&gt;CommuneDesk&lt;/b&gt; version {version}</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ thủ tục hành chính, đào tạo và thiết bị cho cán bộ xã, phường, đặc khu.</source>
        <translation>Administrative dossiers, training and equipment for commune, ward and special-zone officers.</translation>
    </message>
    <message>
        <source>Giấy phép phần mềm: {licence}</source>
        <translation>Software licence: {licence}</translation>
    </message>
    <message>
        <source>Phông chữ in ấn kèm theo: {font} — {licence} (tệp fonts/OFL.txt).</source>
        <translation>Bundled print font: {font} — {licence} (file fonts/OFL.txt).</translation>
    </message>
    <message>
        <source>Danh mục đơn vị hành chính kèm theo: {source}, bản {version} — văn bản hành chính nhà nước, không thuộc đối tượng bảo hộ quyền tác giả (Luật Sở hữu trí tuệ, Điều 15).</source>
        <translation>Bundled list of administrative units: {source}, version {version} — an official state document, not a work protected by copyright (Law on Intellectual Property, Article 15).</translation>
    </message>
    <message>
        <source>Thư viện</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Thư viện kèm theo:</source>
        <translation>Bundled libraries:</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Tài khoản đầu tiên có quyền quản trị: tạo tài khoản cho cán bộ khác, phân vai trò.</source>
        <translation>The first account is an administrator: it creates accounts for other officers and assigns roles.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>chữ thường không dấu, ví dụ: lan.nt</source>
        <translation>lower case without diacritics, e.g. lan.nt</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — hồ sơ {code}</source>
        <translation>{action} — dossier {code}</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>{code} — {name}, hẹn trả {due}</source>
        <translation>{code} — {name}, due {due}</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Không sớm hơn {earliest} (thao tác trước đó).</source>
        <translation>Not before {earliest} (the previous step).</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lý do trễ hạn</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <source>Ghi vào văn bản xin lỗi và hẹn lại ngày trả</source>
        <translation>Goes into the apology letter with the new return date</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Gia hạn thêm (ngày làm việc)</source>
        <translation>Extend by (working days)</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới</source>
        <translation>New appointment date</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>In trên phiếu giao cho công dân</source>
        <translation>Printed on the slip handed to the citizen</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Ghi trả lời kiến nghị ngày {day}</source>
        <translation>Answer to the recommendation of {day}</translation>
    </message>
    <message>
        <source>Ngày trả lời</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Nội dung trả lời</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>{name}, {province}</source>
        <translation>{name}, {province}</translation>
    </message>
</context>
<context>
    <name>AuditPageController</name>
    <message>
        <source>Mọi người</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>{n} mục nhật ký</source>
        <translation>Log entries: {n}</translation>
    </message>
    <message>
        <source>Đang hiện {shown} trên {total} mục nhật ký (cuộn xuống để xem thêm)</source>
        <translation>Showing {shown} of {total} log entries (scroll down for more)</translation>
    </message>
    <message>
        <source>Chọn một dòng nhật ký để xem đầy đủ giá trị cũ và mới.</source>
        <translation>Select a log entry to see its old and new values in full.</translation>
    </message>
    <message>
        <source>{action} {table} “{record}” · {at} · {actor} · mã bản ghi {row_id}</source>
        <translation>{action} {table} “{record}” · {at} · {actor} · record id {row_id}</translation>
    </message>
    <message>
        <source>Không có giá trị nào được ghi (mật khẩu không bao giờ được ghi vào nhật ký).</source>
        <translation>No values were recorded (passwords are never written to the log).</translation>
    </message>
    <message>
        <source>Khôi phục bản ghi?</source>
        <translation>Restore the record?</translation>
    </message>
    <message>
        <source>Khôi phục {table} “{record}” đã bị xóa lúc {at}?</source>
        <translation>Restore the {table} “{record}” deleted at {at}?</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Không khôi phục</source>
        <translation>Do not restore</translation>
    </message>
</context>
<context>
    <name>AuditPageView</name>
    <message>
        <source>Tìm theo mã hồ sơ, mã thủ tục, tên người, mã tài sản… (Ctrl+F)</source>
        <translation>Search by dossier code, procedure code, person&apos;s name, asset tag… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Mọi loại bản ghi</source>
        <translation>All record kinds</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>Mọi thời điểm</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>30 ngày qua</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Từ ngày… đến ngày…</source>
        <translation>From… to…</translation>
    </message>
    <message>
        <source>Khoảng thời gian</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Khôi phục bản ghi đã xóa</source>
        <translation>Restore deleted record</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nội dung thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Đặt mật khẩu</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Bỏ mật khẩu</source>
        <translation>Remove password</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Xuất tệp</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Hồ sơ TTHC</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Đào tạo</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Thiết bị</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Cán bộ, tài khoản</source>
        <translation>Officers and accounts</translation>
    </message>
    <message>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <source>Thông tin xã/phường</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <source>Lịch làm việc</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Bước xử lý hồ sơ</source>
        <translation>Dossier step</translation>
    </message>
    <message>
        <source>Khóa đào tạo</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Người học</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Sự kiện thiết bị</source>
        <translation>Equipment event</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Ngày nghỉ, làm bù</source>
        <translation>Day off or make-up day</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Thời điểm xóa</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Mã tỉnh</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Có trong danh mục chính thức</source>
        <translation>In the official list</translation>
    </message>
    <message>
        <source>Mã cơ quan</source>
        <translation>Agency code</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>Chức danh người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Cấp thực hiện</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Thời hạn (ngày làm việc)</source>
        <translation>Statutory time (working days)</translation>
    </message>
    <message>
        <source>Lệ phí (đồng)</source>
        <translation>Fee (VND)</translation>
    </message>
    <message>
        <source>Mức trực tuyến</source>
        <translation>Online level</translation>
    </message>
    <message>
        <source>Phi địa giới</source>
        <translation>Boundary-free</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Điện thoại người nộp</source>
        <translation>Applicant&apos;s phone</translation>
    </message>
    <message>
        <source>Thư điện tử người nộp</source>
        <translation>Applicant&apos;s e-mail</translation>
    </message>
    <message>
        <source>Địa chỉ người nộp</source>
        <translation>Applicant&apos;s address</translation>
    </message>
    <message>
        <source>Kênh nộp</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Ngày hẹn trả</source>
        <translation>Appointment date</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Xem</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Thiết lập của xã</source>
        <translation>Commune setting</translation>
    </message>
    <message>
        <source>Báo cáo định kỳ</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Report period</translation>
    </message>
    <message>
        <source>Nhận xét, đề xuất</source>
        <translation>Comments and proposals</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Người ký duyệt</source>
        <translation>Signed off by (account)</translation>
    </message>
    <message>
        <source>Họ tên người ký duyệt</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <source>Thời điểm ký duyệt</source>
        <translation>Signed off at</translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Thời điểm xử lý xong</source>
        <translation>Finished at</translation>
    </message>
    <message>
        <source>Thời điểm trả kết quả</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>Thời điểm kết thúc hồ sơ</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Thời điểm giải quyết</source>
        <translation>Settled at</translation>
    </message>
    <message>
        <source>Thời điểm tạm dừng</source>
        <translation>Paused at</translation>
    </message>
    <message>
        <source>Kết quả về thời hạn</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Lý do trễ hạn</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Từ trạng thái</source>
        <translation>From status</translation>
    </message>
    <message>
        <source>Sang trạng thái</source>
        <translation>To status</translation>
    </message>
    <message>
        <source>Mã tài sản</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Số sê-ri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Vị trí</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Ngày đưa vào sử dụng</source>
        <translation>In use since</translation>
    </message>
    <message>
        <source>Người sử dụng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Ngày hết hạn chứng thư, chứng chỉ</source>
        <translation>Certificate expiry</translation>
    </message>
    <message>
        <source>Thời điểm kết thúc</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <source>Chi phí (đồng)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <source>Nội dung đào tạo</source>
        <translation>Training topic</translation>
    </message>
    <message>
        <source>Nhóm nội dung</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Họ tên người học</source>
        <translation>Trainee&apos;s name</translation>
    </message>
    <message>
        <source>Số giờ tham dự</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Ngày cấp chứng chỉ</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Bộ phận một cửa</source>
        <translation>One-stop desk</translation>
    </message>
    <message>
        <source>Thiết lập</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Khổ giấy</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Số thay đổi trong gói</source>
        <translation>Changes in the bundle</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <source>Tên thủ tục</source>
        <translation>Procedure name</translation>
    </message>
    <message>
        <source>Đang áp dụng</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Mã lĩnh vực</source>
        <translation>Field code</translation>
    </message>
    <message>
        <source>Tên lĩnh vực</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source>Mã xã/phường</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Tên xã/phường</source>
        <translation>Commune name</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Nộp không theo địa giới</source>
        <translation>Filed regardless of boundary</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Từ tình trạng</source>
        <translation>From condition</translation>
    </message>
    <message>
        <source>Sang tình trạng</source>
        <translation>To condition</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ (mẫu 01)</source>
        <translation>Receipt slip (form 01)</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung (mẫu 02)</source>
        <translation>Supplement request (form 02)</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận (mẫu 03)</source>
        <translation>Refusal to accept (form 03)</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi, hẹn lại (mẫu 04)</source>
        <translation>Apology, new date (form 04)</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát (mẫu 05)</source>
        <translation>Process control slip (form 05)</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (mẫu 06)</source>
        <translation>Dossier tracking book (form 06)</translation>
    </message>
    <message>
        <source>Gói dữ liệu USB gửi tỉnh</source>
        <translation>USB bundle for the province</translation>
    </message>
    <message>
        <source>Chi tiết hồ sơ (số giấy tờ, điện thoại đầy đủ)</source>
        <translation>Dossier details (full ID number and phone)</translation>
    </message>
    <message>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <source>Hệ thống</source>
        <translation>System</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{name} ({account})</source>
        <translation>{name} ({account})</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Chọn thư mục lưu bản sao (ví dụ: ổ USB)</source>
        <translation>Choose the folder for the backup (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Đã sao lưu dữ liệu và kiểm tra bản sao.

Tệp: {name}
Thư mục: {folder}
Dung lượng: {size}
Lúc: {at}</source>
        <translation>The data was backed up and the copy checked.

File: {name}
Folder: {folder}
Size: {size}
At: {at}</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Bản sao lưu CommuneDesk (*.sqlite3)</source>
        <translation>CommuneDesk backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu?</source>
        <translation>Restore the data?</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu trên máy này bằng bản sao lưu “{name}”?

Dữ liệu hiện tại được sao lưu trước vào thư mục sao lưu, nên vẫn lấy lại được. Sau khi khôi phục, mọi người đăng nhập lại.</source>
        <translation>Replace all data on this PC with the backup “{name}”?

The current data is backed up first into the backup folder, so it can still be brought back. After the restore, everyone logs in again.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Không khôi phục</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu từ “{name}”…</source>
        <translation>Restoring the data from “{name}”…</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ “{name}”.
Dữ liệu trước đó được lưu ở: {safety}

Vui lòng đăng nhập lại.</source>
        <translation>The data was restored from “{name}”.
The previous data was saved at: {safety}

Please log in again.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Gói đồng bộ CommuneDesk (*.cdbundle *.zip)</source>
        <translation>CommuneDesk sync bundle (*.cdbundle *.zip)</translation>
    </message>
    <message>
        <source>Lưu gói USB</source>
        <translation>Save the USB bundle</translation>
    </message>
    <message>
        <source>Chọn gói USB của tỉnh</source>
        <translation>Choose the province&apos;s USB bundle</translation>
    </message>
    <message>
        <source>Đang ghi gói USB…</source>
        <translation>Writing the USB bundle…</translation>
    </message>
    <message>
        <source>Đang nhập gói USB…</source>
        <translation>Importing the USB bundle…</translation>
    </message>
    <message>
        <source>Đã ghi gói số {seq} ({n} thay đổi) vào {path}. Mang tệp này lên tỉnh.</source>
        <translation>Wrote bundle #{seq} ({n} changes) to {path}. Take this file to the province.</translation>
    </message>
    <message>
        <source>Đã nhập gói của tỉnh: {sent} kết quả, {rows} thay đổi, {conflicts} xung đột.</source>
        <translation>Imported the province&apos;s bundle: {sent} results, {rows} changes, {conflicts} conflicts.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Ngày lễ, Tết theo Bộ luật Lao động và các ngày hoán đổi đã công bố được tính sẵn (chữ xám). Ở đây chỉ khai báo thêm ngày nghỉ hoặc ngày làm việc bù theo thông báo của cấp trên; hạn trả hồ sơ tính theo các ngày này.</source>
        <translation>Public holidays under the Labour Code and the announced swaps are built in (in grey). Declare here only the extra days off or make-up working days announced by higher levels; due dates are counted with them.</translation>
    </message>
    <message>
        <source>Thêm ngày…</source>
        <translation>Add day…</translation>
    </message>
    <message>
        <source>Thêm ngày (Ctrl+N)</source>
        <translation>Add a day (Ctrl+N)</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Loại ngày</source>
        <translation>Kind of day</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Chưa khai báo ngày nào.</source>
        <translation>No days declared yet.</translation>
    </message>
</context>
<context>
    <name>CataloguePageController</name>
    <message>
        <source>Tất cả lĩnh vực ({n})</source>
        <translation>All fields ({n})</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>{n} thủ tục</source>
        <translation>Procedures: {n}</translation>
    </message>
    <message>
        <source>, trong đó {n} ngừng áp dụng</source>
        <translation>, {n} of them discontinued</translation>
    </message>
    <message>
        <source>Thêm thủ tục mới vào danh mục (Ctrl+N)</source>
        <translation>Add a new procedure to the catalogue (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sửa thủ tục đang chọn (Enter hoặc nhấp đúp)</source>
        <translation>Edit the selected procedure (Enter or double-click)</translation>
    </message>
    <message>
        <source>Ngừng hoặc áp dụng lại thủ tục khi tiếp nhận hồ sơ mới</source>
        <translation>Stop or resume offering the procedure for new dossiers</translation>
    </message>
    <message>
        <source>Xóa thủ tục khỏi danh mục (Delete)</source>
        <translation>Remove the procedure from the catalogue (Delete)</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo hoặc quản trị viên được thay đổi danh mục thủ tục.</source>
        <translation>Only leaders or administrators may change the procedure catalogue.</translation>
    </message>
    <message>
        <source>Ngừng áp dụng</source>
        <translation>Discontinue</translation>
    </message>
    <message>
        <source>Áp dụng lại</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Ngừng áp dụng thủ tục</source>
        <translation>Discontinue procedure</translation>
    </message>
    <message>
        <source>Ngừng áp dụng thủ tục {code} – {name}? Thủ tục sẽ không còn được chọn khi tiếp nhận hồ sơ mới; hồ sơ đã nhận không thay đổi. Có thể áp dụng lại sau.</source>
        <translation>Discontinue procedure {code} – {name}? It will no longer be offered for new dossiers; dossiers already received stay as they are. You can resume it later.</translation>
    </message>
    <message>
        <source>Xóa thủ tục</source>
        <translation>Remove procedure</translation>
    </message>
    <message>
        <source>Xóa thủ tục {code} – {name} khỏi danh mục? Hồ sơ đã tiếp nhận theo thủ tục này vẫn được giữ nguyên.</source>
        <translation>Remove procedure {code} – {name} from the catalogue? Dossiers already received under it are kept as they are.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CataloguePageView</name>
    <message>
        <source>Tìm theo mã hoặc tên thủ tục, gõ không dấu cũng được (Ctrl+F)</source>
        <translation>Search by procedure code or name, accents optional (Ctrl+F)</translation>
    </message>
    <message>
        <source>Hiện cả thủ tục ngừng áp dụng</source>
        <translation>Show discontinued procedures too</translation>
    </message>
    <message>
        <source>Thêm thủ tục</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ngừng áp dụng</source>
        <translation>Discontinue</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <source>Mã thủ tục</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Statutory time</translation>
    </message>
    <message>
        <source>Lệ phí (đồng)</source>
        <translation>Fee (VND)</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Phi địa giới</source>
        <translation>Boundary-free</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết theo quy định, tính bằng ngày làm việc</source>
        <translation>Statutory processing time, in working days</translation>
    </message>
    <message>
        <source>Tiếp nhận không phụ thuộc địa giới hành chính trong tỉnh</source>
        <translation>Accepted regardless of administrative boundary within the province</translation>
    </message>
    <message>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <source>{n} ngày</source>
        <translation>{n} day(s)</translation>
    </message>
    <message>
        <source>Miễn phí</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Đang áp dụng</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Ngừng áp dụng</source>
        <translation>Discontinued</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Chọn tỉnh/thành phố và xã/phường/đặc khu theo danh mục sau sắp xếp (từ 01/7/2025). Gõ tên, không dấu cũng được.</source>
        <translation>Choose the province and the commune, ward or special zone from the list after the reorganisation (from 1 July 2025). Type the name; diacritics are optional.</translation>
    </message>
    <message>
        <source>Tỉnh/thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <source>Ví dụ: quang ninh</source>
        <translation>For example: quang ninh</translation>
    </message>
    <message>
        <source>Xã/phường/đặc khu</source>
        <translation>Commune/ward/special zone</translation>
    </message>
    <message>
        <source>Ví dụ: hai ninh</source>
        <translation>For example: hai ninh</translation>
    </message>
    <message>
        <source>Đơn vị chưa có trong danh sách (nhập tay)</source>
        <translation>The unit is not in the list (type it in)</translation>
    </message>
    <message>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Ví dụ: Xã Tân Lập</source>
        <translation>For example: Xã Tân Lập</translation>
    </message>
</context>
<context>
    <name>CommuneTab</name>
    <message>
        <source>Sửa đơn vị…</source>
        <translation>Correct the unit…</translation>
    </message>
    <message>
        <source>Sửa tỉnh, xã/phường đã chọn nhầm khi thiết lập (trước lần đồng bộ đầu tiên).</source>
        <translation>Correct a province or commune chosen by mistake at setup (before the first sync).</translation>
    </message>
    <message>
        <source>Mã cơ quan đứng đầu mã hồ sơ (Thông tư 01/2018/TT-VPCP).</source>
        <translation>The agency code that starts every dossier code (Circular 01/2018/TT-VPCP).</translation>
    </message>
    <message>
        <source>Ví dụ: Chủ tịch, Phó Chủ tịch</source>
        <translation>E.g. Chủ tịch, Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Trung tâm Phục vụ hành chính công</source>
        <translation>Public administration service centre</translation>
    </message>
    <message>
        <source>Tên đứng đầu các phiếu tiếp nhận, trả kết quả (mẫu 01–06); để trống dùng tên mặc định.</source>
        <translation>The name heading the desk&apos;s slips (forms 01–06); leave empty for the default name.</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <source>Mã đơn vị hành chính</source>
        <translation>Administrative unit code</translation>
    </message>
    <message>
        <source>Mã cơ quan</source>
        <translation>Agency code</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Bộ phận một cửa</source>
        <translation>One-stop desk</translation>
    </message>
    <message>
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo hoặc quản trị viên mới được sửa thông tin đơn vị.</source>
        <translation>Only leaders and administrators may edit the unit&apos;s details.</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Ghi hoàn thành: {code}</source>
        <translation>Mark done: {code}</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Nội dung, đường dẫn tệp hoặc số văn bản báo cáo</source>
        <translation>A sentence, a file path or the number of the report</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Không xóa</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Phần mềm sẽ được thiết lập cho đơn vị dưới đây. Sau lần đồng bộ đầu tiên với tỉnh không sửa được đơn vị nữa.</source>
        <translation>CommuneDesk will be set up for the unit below. After the first sync with the province the unit can no longer be changed.</translation>
    </message>
    <message>
        <source>Tôi đã kiểm tra: đúng là đơn vị của tôi</source>
        <translation>I have checked: this is my unit</translation>
    </message>
    <message>
        <source>Tỉnh/thành phố: {province} (mã {pcode})
Đơn vị: {unit}
Mã đơn vị: {code}
Người ký văn bản: {leader}, {title}
Máy số: {pc}</source>
        <translation>Province: {province} (code {pcode})
Unit: {unit}
Unit code: {code}
Signatory: {leader}, {title}
PC number: {pc}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Chọn bản giữ lại</source>
        <translation>Choose the version to keep</translation>
    </message>
    <message>
        <source>{record} được sửa khác nhau trên hai máy (phát hiện lúc {when}). Hãy chọn bản đúng; lựa chọn sẽ được gửi tới các máy khác ở lần đồng bộ sau.</source>
        <translation>{record} was changed differently on two PCs (found at {when}). Choose the right version; your choice goes to the other PCs with the next sync.</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị trên máy này</source>
        <translation>Value on this PC</translation>
    </message>
    <message>
        <source>Giá trị từ máy khác</source>
        <translation>Value from the other PC</translation>
    </message>
    <message>
        <source>Ghi chú lý do chọn (không bắt buộc)</source>
        <translation>Note why (optional)</translation>
    </message>
    <message>
        <source>Giữ bản trên máy này</source>
        <translation>Keep this PC&apos;s version</translation>
    </message>
    <message>
        <source>Dùng bản từ máy khác</source>
        <translation>Use the other PC&apos;s version</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kết quả xử lý</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Họ tên người nộp</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>Số giấy tờ tùy thân</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Hồ sơ đã bị xóa</source>
        <translation>Dossier deleted</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Chưa xóa</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Thông tin khác nhau</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>Phát hiện lúc</source>
        <translation>Found at</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Thêm khóa học</source>
        <translation>Add course</translation>
    </message>
    <message>
        <source>Sửa khóa học</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Ví dụ: Kỹ năng số cơ bản cho cán bộ, công chức</source>
        <translation>E.g. Basic digital skills for officials</translation>
    </message>
    <message>
        <source>Nhóm nội dung</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Ví dụ: 3,5</source>
        <translation>E.g. 3.5</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Nhóm nội dung</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Số học viên có mặt (không tính vắng mặt)</source>
        <translation>Participants present (the absent not counted)</translation>
    </message>
    <message>
        <source>Tổng giờ học</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>DashboardPageController</name>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Trực tuyến chờ tiếp nhận ({n})</source>
        <translation>Online, waiting to be accepted ({n})</translation>
    </message>
    <message>
        <source>Chữ ký số {tag} đã hết hạn ngày {day}</source>
        <translation>Signature token {tag} expired on {day}</translation>
    </message>
    <message>
        <source>Chữ ký số {tag} sắp hết hạn ngày {day}</source>
        <translation>Signature token {tag} expires on {day}</translation>
    </message>
    <message>
        <source>trực tuyến {online} · phi địa giới {free}</source>
        <translation>online {online} · boundary-free {free}</translation>
    </message>
    <message>
        <source>Tháng {month} ({start} – {end}), số liệu đến ngày {today}</source>
        <translation>Month {month} ({start} – {end}), figures up to {today}</translation>
    </message>
    <message>
        <source>trong đó quá hạn {late}</source>
        <translation>of which late {late}</translation>
    </message>
    <message>
        <source>{good}/{total} hồ sơ giải quyết</source>
        <translation>{good}/{total} resolved dossiers</translation>
    </message>
    <message>
        <source>{online}/{total} hồ sơ mới</source>
        <translation>{online}/{total} new dossiers</translation>
    </message>
    <message>
        <source>đã qua ngày hẹn trả</source>
        <translation>past the appointment date</translation>
    </message>
    <message>
        <source>hạn đến hết {day}</source>
        <translation>due by the end of {day}</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn ({n})</source>
        <translation>Overdue dossiers ({n})</translation>
    </message>
    <message>
        <source>Đến hạn trả đến hết ngày {day} ({n})</source>
        <translation>Due by the end of {day} ({n})</translation>
    </message>
    <message>
        <source>{courses} khóa học · {hours} giờ học</source>
        <translation>{courses} course(s) · {hours} person-hours</translation>
    </message>
    <message>
        <source>Tháng này: {figures}</source>
        <translation>This month: {figures}</translation>
    </message>
    <message>
        <source>Năm {year}: {figures}</source>
        <translation>Year {year}: {figures}</translation>
    </message>
    <message>
        <source>{status}: {n}</source>
        <translation>{status}: {n}</translation>
    </message>
    <message>
        <source>… và {n} thiết bị khác</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Không có thiết bị hỏng, đang sửa chữa hay hoạt động kém.</source>
        <translation>No device is broken, in repair or working poorly.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào.</source>
        <translation>No dossiers.</translation>
    </message>
    <message>
        <source>Hiển thị {shown}/{total} hồ sơ; xem đầy đủ ở trang Hồ sơ TTHC.</source>
        <translation>Showing {shown} of {total} dossiers; see them all on the Dossiers page.</translation>
    </message>
</context>
<context>
    <name>DashboardPageView</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Tiếp nhận trong tháng</source>
        <translation>Received this month</translation>
    </message>
    <message>
        <source>Hồ sơ mới tiếp nhận trong tháng (trực tuyến, trực tiếp và bưu chính), không kể hồ sơ kỳ trước chuyển sang.</source>
        <translation>New dossiers received this month (online, at the desk and by post), not counting those carried over from earlier.</translation>
    </message>
    <message>
        <source>Giải quyết trong tháng</source>
        <translation>Resolved this month</translation>
    </message>
    <message>
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Cột (7) của Biểu II.06a: hồ sơ đã giải quyết trong tháng (trước hạn, đúng hạn, quá hạn), gồm cả hồ sơ rút, trả lại và đang chờ bổ sung.</source>
        <translation>Column (7) of form II.06a: dossiers resolved this month (early, on time, late), including those withdrawn, returned and waiting for a supplement.</translation>
    </message>
    <message>
        <source>Như trên báo cáo Biểu II.06a: (trước hạn + đúng hạn) / đã giải quyết, tức [(8) + (9)] / (7).</source>
        <translation>As the form II.06a report counts it: (early + on time) / resolved, that is [(8) + (9)] / (7).</translation>
    </message>
    <message>
        <source>Tỷ lệ trực tuyến</source>
        <translation>Online rate</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận trực tuyến / hồ sơ tiếp nhận mới trong tháng.</source>
        <translation>Dossiers received online / new dossiers received this month.</translation>
    </message>
    <message>
        <source>Đang quá hạn</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Hồ sơ chưa giải quyết xong đã qua ngày hẹn trả (không kể hồ sơ chờ bổ sung).</source>
        <translation>Open dossiers past their appointment date (not counting those awaiting a supplement).</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Hồ sơ chưa giải quyết xong có hạn trả hôm nay hoặc ngày làm việc kế tiếp.</source>
        <translation>Open dossiers due today or on the next working day.</translation>
    </message>
    <message>
        <source>Bấm (hoặc Enter) để xem danh sách ở trang Hồ sơ TTHC.</source>
        <translation>Click (or press Enter) to see the list on the Dossiers page.</translation>
    </message>
    <message>
        <source>Hồ sơ 12 tháng gần nhất</source>
        <translation>Dossiers over the last 12 months</translation>
    </message>
    <message>
        <source>Thiết bị cần xử lý</source>
        <translation>Equipment needing attention</translation>
    </message>
    <message>
        <source>Bồi dưỡng, tập huấn</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Giờ học: tổng số giờ tham dự của các học viên.</source>
        <translation>Person-hours: the hours attended by all participants together.</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn</source>
        <translation>Overdue dossiers</translation>
    </message>
    <message>
        <source>Sắp đến hạn trả</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Đăng ký lúc</source>
        <translation>Filed at</translation>
    </message>
    <message>
        <source>Trực tuyến chờ tiếp nhận</source>
        <translation>Online, waiting to be accepted</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>ngày/tháng/năm giờ:phút</source>
        <translation>day/month/year hour:minute</translation>
    </message>
    <message>
        <source>Ví dụ 20/11/2026 09:30. F4: chọn ngày trên lịch.</source>
        <translation>For example 20/11/2026 09:30. F4: pick the day on a calendar.</translation>
    </message>
    <message>
        <source>Chọn ngày trên lịch (F4)</source>
        <translation>Pick the day on a calendar (F4)</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DossierDetailDialog</name>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số CCCD/CMND</source>
        <translation>ID number (CCCD/CMND)</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kênh tiếp nhận</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tiếp nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Xử lý xong lúc</source>
        <translation>Finished at</translation>
    </message>
    <message>
        <source>Trả kết quả lúc</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>Lý do trễ hạn</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <source>Chờ nghĩa vụ tài chính</source>
        <translation>Awaiting taxes and fees</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Hẹn lại (phiếu xin lỗi)</source>
        <translation>New date (apology slip)</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Phi địa giới</source>
        <translation>Boundary-free</translation>
    </message>
    <message>
        <source>Kỳ báo cáo đã khóa</source>
        <translation>Closed reporting period</translation>
    </message>
    <message>
        <source>In phiếu tiếp nhận</source>
        <translation>Print receipt slip</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả: xem trước, in, lưu PDF</source>
        <translation>Receipt and appointment slip: preview, print, save as PDF</translation>
    </message>
    <message>
        <source>Mẫu phiếu khác</source>
        <translation>Other forms</translation>
    </message>
    <message>
        <source>Mẫu phiếu 02–05 (Thông tư 01/2018/TT-VPCP): xem trước, in, lưu PDF</source>
        <translation>Forms 02–05 (Circular 01/2018/TT-VPCP): preview, print, save as PDF</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</source>
        <translation>Supplement request (form 02)</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03)</source>
        <translation>Refusal to accept (form 03)</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)</source>
        <translation>Apology and new appointment date (form 04)</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 05)</source>
        <translation>Process control slip (form 05)</translation>
    </message>
    <message>
        <source>Sửa thông tin</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xóa hồ sơ</source>
        <translation>Delete dossier</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Quá trình xử lý</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Hồ sơ {code}</source>
        <translation>Dossier {code}</translation>
    </message>
    <message>
        <source>{code} — {status}</source>
        <translation>{code} — {status}</translation>
    </message>
    <message>
        <source> · không phụ thuộc địa giới</source>
        <translation> · regardless of administrative boundary</translation>
    </message>
    <message>
        <source>Tính khi tiếp nhận hồ sơ</source>
        <translation>Set when the dossier is accepted</translation>
    </message>
    <message>
        <source>{start} → {end}: thêm {days} ngày làm việc</source>
        <translation>{start} → {end}: {days} working days added</translation>
    </message>
    <message>
        <source>từ {start}, thời hạn tạm dừng</source>
        <translation>since {start}, the clock is paused</translation>
    </message>
    <message>
        <source>Từ chối giải quyết: {reason}</source>
        <translation>Refused in writing: {reason}</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận: {reason}</source>
        <translation>Refused at reception: {reason}</translation>
    </message>
    <message>
        <source>Chuyển đến {agency}</source>
        <translation>Forwarded to {agency}</translation>
    </message>
    <message>
        <source>Nhận từ {agency}</source>
        <translation>Received from {agency}</translation>
    </message>
    <message>
        <source>{days} ngày làm việc — {reason}</source>
        <translation>{days} working days — {reason}</translation>
    </message>
    <message>
        <source>{day} — {reason}</source>
        <translation>{day} — {reason}</translation>
    </message>
    <message>
        <source>Xóa hồ sơ {code}? Hồ sơ sẽ không còn trong danh sách và thống kê.</source>
        <translation>Delete dossier {code}? It will no longer appear in lists or statistics.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ mới</source>
        <translation>Receive a new dossier</translation>
    </message>
    <message>
        <source>Sửa hồ sơ {code}</source>
        <translation>Edit dossier {code}</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Ngày hẹn trả</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Họ tên người nộp</source>
        <translation>Applicant&apos;s full name</translation>
    </message>
    <message>
        <source>Số CCCD/CMND</source>
        <translation>ID number (CCCD/CMND)</translation>
    </message>
    <message>
        <source>12 số CCCD hoặc 9 số CMND cũ; có thể để trống</source>
        <translation>12-digit CCCD or old 9-digit CMND; may be left empty</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kênh tiếp nhận</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Nộp không phụ thuộc địa giới hành chính (người nộp cư trú nơi khác)</source>
        <translation>Filed regardless of administrative boundary (applicant lives elsewhere)</translation>
    </message>
    <message>
        <source>Đăng ký trực tuyến, chưa tiếp nhận (trạng thái “Mới đăng ký”)</source>
        <translation>Registered online, not yet accepted (status “Registered”)</translation>
    </message>
    <message>
        <source>Chuyển đến cơ quan</source>
        <translation>Forward to agency</translation>
    </message>
    <message>
        <source>Tiếp nhận hộ cơ quan có thẩm quyền; hồ sơ được tính ở nơi đó</source>
        <translation>Received for the competent agency; counted there</translation>
    </message>
    <message>
        <source>Nhận từ nơi khác</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Nơi đã tiếp nhận và chuyển hồ sơ đến đây, nếu có</source>
        <translation>The desk that received it and sent it here, if any</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Để trống: phần mềm tự cấp mã</source>
        <translation>Leave empty: the code is issued automatically</translation>
    </message>
    <message>
        <source>Nhập mã do hệ thống một cửa của tỉnh cấp, nếu có</source>
        <translation>Enter the code issued by the province&apos;s one-stop system, if any</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Chỉ số 766</source>
        <translation>Decision 766</translation>
    </message>
    <message>
        <source>Tính khi tiếp nhận hồ sơ</source>
        <translation>Set when the dossier is accepted</translation>
    </message>
    <message>
        <source>Không tính hạn tại đây: cơ quan có thẩm quyền hẹn trả</source>
        <translation>No due date here: the competent agency sets it</translation>
    </message>
    <message>
        <source>Chọn thủ tục để tính</source>
        <translation>Choose a procedure to compute it</translation>
    </message>
    <message>
        <source>Nhập đúng thời điểm tiếp nhận để tính</source>
        <translation>Enter a valid time of receipt to work it out</translation>
    </message>
</context>
<context>
    <name>DossierEventsModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DossierPageController</name>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation>Dossier list</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Hơn {n} hồ sơ</source>
        <translation>More than {n} dossiers</translation>
    </message>
    <message>
        <source>{n} hồ sơ</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <source>(sắp xếp {k} hồ sơ đã tải)</source>
        <translation>(sorting the {k} dossiers loaded)</translation>
    </message>
    <message>
        <source>In phiếu tiếp nhận</source>
        <translation>Print receipt slip</translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ {code}. In giấy tiếp nhận hồ sơ và hẹn trả kết quả?</source>
        <translation>Dossier {code} has been received. Print the receipt and appointment slip?</translation>
    </message>
    <message>
        <source>Xem và in phiếu</source>
        <translation>Preview and print</translation>
    </message>
    <message>
        <source>Không in</source>
        <translation>Don&apos;t print</translation>
    </message>
</context>
<context>
    <name>DossierPageView</name>
    <message>
        <source>Tìm theo mã, người nộp, thủ tục (gõ không dấu cũng được) — Ctrl+F</source>
        <translation>Search by code, applicant, procedure (diacritics optional) — Ctrl+F</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ mới</source>
        <translation>Receive a new dossier</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Xem chi tiết</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Enter hoặc nhấp đúp vào một dòng</source>
        <translation>Enter, or double-click a row</translation>
    </message>
    <message>
        <source>In sổ theo dõi</source>
        <translation>Print tracking book</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (mẫu 06) của các ngày tiếp nhận đang lọc; “Mọi thời gian” in năm nay</source>
        <translation>The dossier tracking book (form 06) of the receipt days filtered; “All time” prints this year</translation>
    </message>
    <message>
        <source>Hoàn tác bước cuối</source>
        <translation>Undo last step</translation>
    </message>
    <message>
        <source>Hoàn tác bước xử lý vừa ghi nhầm của hồ sơ đang chọn (Ctrl+Z)</source>
        <translation>Undo the step just recorded by mistake on the selected dossier (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Tất cả hồ sơ</source>
        <translation>All dossiers</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Sắp đến hạn: hẹn trả hôm nay hoặc ngày làm việc kế tiếp</source>
        <translation>Due soon: due today or on the next working day</translation>
    </message>
    <message>
        <source>Mọi thời gian</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Khoảng ngày…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <source>Theo ngày tiếp nhận</source>
        <translation>By date received</translation>
    </message>
    <message>
        <source>Nhận từ ngày</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Nhận đến ngày</source>
        <translation>Received until</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>Any field</translation>
    </message>
    <message>
        <source>Mọi kênh</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Mọi kết quả</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Kết quả giải quyết: trước hạn, đúng hạn, quá hạn</source>
        <translation>Outcome: early, on time, late</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Xuất danh sách…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Xuất mọi hồ sơ đang lọc ra Excel hoặc CSV (Ctrl+E); số CCCD được che</source>
        <translation>Export every filtered dossier to Excel or CSV (Ctrl+E); ID numbers are masked</translation>
    </message>
    <message>
        <source>In danh sách…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>In mọi hồ sơ đang lọc, theo thứ tự đang xếp (Ctrl+P); số CCCD được che</source>
        <translation>Print every filtered dossier in the current order (Ctrl+P); ID numbers are masked</translation>
    </message>
    <message>
        <source>Nhập danh sách của tỉnh…</source>
        <translation>Import the province&apos;s list…</translation>
    </message>
    <message>
        <source>Nhập danh sách hồ sơ xuất từ Hệ thống giải quyết TTHC của tỉnh (Excel hoặc CSV), để không phải nhập lại từng hồ sơ</source>
        <translation>Import the dossier list exported by the province&apos;s one-stop system (Excel or CSV), so no dossier is typed twice</translation>
    </message>
    <message>
        <source>Sắp đến hạn (hôm nay hoặc ngày làm việc kế tiếp)</source>
        <translation>Due soon (today or the next working day)</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kênh</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Sắp đến hạn: hẹn trả {day}</source>
        <translation>Due soon: due {day}</translation>
    </message>
    <message>
        <source>Quá hạn: hẹn trả {day}</source>
        <translation>Overdue: was due {day}</translation>
    </message>
    <message>
        <source>Điện thoại: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
</context>
<context>
    <name>DossierUndo</name>
    <message>
        <source>Hoàn tác bước cuối</source>
        <translation>Undo last step</translation>
    </message>
    <message>
        <source>Hồ sơ {code} chưa có bước xử lý nào để hoàn tác.</source>
        <translation>Dossier {code} has no processing step to undo yet.</translation>
    </message>
    <message>
        <source>Hoàn tác bước “{step}” ghi lúc {at} của hồ sơ {code}?
Hồ sơ trở lại trạng thái “{status}”. Chỉ hoàn tác được trong {minutes} phút sau khi ghi.</source>
        <translation>Undo the step “{step}” recorded at {at} on dossier {code}?
The dossier goes back to “{status}”. A step can be undone only within {minutes} minutes of being recorded.</translation>
    </message>
    <message>
        <source>Hoàn tác bước cuối?</source>
        <translation>Undo the last step?</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Không hoàn tác</source>
        <translation>Do not undo</translation>
    </message>
</context>
<context>
    <name>EndOutageDialog</name>
    <message>
        <source>Kết thúc mất kết nối: {tag}</source>
        <translation>End of outage: {tag}</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Có kết nối lại lúc</source>
        <translation>Connection back at</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Đăng ký máy với máy chủ tỉnh</source>
        <translation>Enrol this PC with the province server</translation>
    </message>
    <message>
        <source>Ví dụ: Máy bộ phận một cửa</source>
        <translation>For example: One-stop desk PC</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ tỉnh</source>
        <translation>Province server address</translation>
    </message>
    <message>
        <source>Mã đăng ký một lần</source>
        <translation>One-time enrolment code</translation>
    </message>
    <message>
        <source>Tên máy (không bắt buộc)</source>
        <translation>PC name (optional)</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Nhập địa chỉ máy chủ tỉnh, bắt đầu bằng https:// (Sở KH&amp;CN cung cấp).</source>
        <translation>Enter the province server address, starting with https:// (given by the provincial Department of Science and Technology).</translation>
    </message>
    <message>
        <source>Nhập mã đăng ký một lần do Sở KH&amp;CN đọc cho.</source>
        <translation>Enter the one-time enrolment code read out by the provincial Department of Science and Technology.</translation>
    </message>
    <message>
        <source>Đang đăng ký…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Thêm thiết bị</source>
        <translation>Add a device</translation>
    </message>
    <message>
        <source>Sửa thiết bị {tag}</source>
        <translation>Edit device {tag}</translation>
    </message>
    <message>
        <source>Mã tài sản</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>VD: TB-MT-001 (chữ không dấu, số, . / -)</source>
        <translation>e.g. TB-MT-001 (plain letters, digits, . / -)</translation>
    </message>
    <message>
        <source>Loại thiết bị</source>
        <translation>Kind of device</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Hãng, đời máy</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <source>Số sê-ri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Vị trí</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Người sử dụng</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>Ngày đưa vào sử dụng</source>
        <translation>In use since</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{status} (đổi bằng “Ghi sự kiện”)</source>
        <translation>{status} (change it with “Record event”)</translation>
    </message>
    <message>
        <source>Hạn chứng thư số</source>
        <translation>Certificate expiry</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EquipmentEventDialog</name>
    <message>
        <source>Ghi sự kiện: {tag}</source>
        <translation>Record event: {tag}</translation>
    </message>
    <message>
        <source>Thiết bị</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>{tag} · {kind} · {status}</source>
        <translation>{tag} · {kind} · {status}</translation>
    </message>
    <message>
        <source>Loại sự kiện</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Tình trạng mới</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Đã có kết nối lại lúc</source>
        <translation>Connection back at</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Chi phí</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>— Chọn tình trạng mới —</source>
        <translation>— Choose the new status —</translation>
    </message>
    <message>
        <source>Giữ nguyên tình trạng</source>
        <translation>Keep the status</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Started</translation>
    </message>
</context>
<context>
    <name>EquipmentEventTableModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Đổi tình trạng</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Chi phí</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Chưa kết thúc</source>
        <translation>Still going on</translation>
    </message>
</context>
<context>
    <name>EquipmentPageController</name>
    <message>
        <source>Danh sách thiết bị</source>
        <translation>Equipment list</translation>
    </message>
    <message>
        <source>Lịch sử thiết bị</source>
        <translation>Device history</translation>
    </message>
    <message>
        <source>Lịch sử của {tag} · {model}</source>
        <translation>History of {tag} · {model}</translation>
    </message>
    <message>
        <source>{n} thiết bị</source>
        <translation>Devices: {n}</translation>
    </message>
    <message>
        <source>{status}: {n}</source>
        <translation>{status}: {n}</translation>
    </message>
    <message>
        <source>{n} thiết bị cũ (trên 5 năm)</source>
        <translation>Old (over 5 years): {n}</translation>
    </message>
    <message>
        <source>{n} đang mất kết nối</source>
        <translation>Connection down: {n}</translation>
    </message>
    <message>
        <source>{n} chứng thư số hết hạn hoặc sắp hết hạn</source>
        <translation>Certificates expired or expiring: {n}</translation>
    </message>
    <message>
        <source>Xóa thiết bị {tag} ({model}) khỏi danh sách? Lịch sử của thiết bị vẫn được lưu.</source>
        <translation>Remove device {tag} ({model}) from the list? Its history is kept.</translation>
    </message>
    <message>
        <source>Xóa thiết bị</source>
        <translation>Remove device</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>EquipmentPageView</name>
    <message>
        <source>Tìm theo mã, model, số sê-ri, vị trí, người dùng (Ctrl+F)</source>
        <translation>Search by tag, model, serial, location, user (Ctrl+F)</translation>
    </message>
    <message>
        <source>Mọi loại thiết bị</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Thêm thiết bị</source>
        <translation>Add device</translation>
    </message>
    <message>
        <source>Thêm thiết bị mới (Ctrl+N)</source>
        <translation>Add a new device (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Sửa thông tin thiết bị (Enter hoặc nhấp đúp)</source>
        <translation>Edit the device (Enter or double-click)</translation>
    </message>
    <message>
        <source>Ghi sự kiện</source>
        <translation>Record event</translation>
    </message>
    <message>
        <source>Đổi tình trạng, bảo trì, sửa chữa, mất kết nối, kiểm kê</source>
        <translation>Status change, maintenance, repair, outage, audit</translation>
    </message>
    <message>
        <source>Kết thúc mất kết nối</source>
        <translation>End outage</translation>
    </message>
    <message>
        <source>Ghi thời điểm có kết nối lại</source>
        <translation>Record when the connection came back</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Xóa thiết bị khỏi danh sách (Delete)</source>
        <translation>Remove the device from the list (Delete)</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Thêm, cập nhật thiết bị từ tệp Excel hoặc CSV</source>
        <translation>Add or update devices from an Excel or CSV file</translation>
    </message>
    <message>
        <source>Xuất danh sách…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Xuất danh sách thiết bị đang lọc ra Excel hoặc CSV (Ctrl+E)</source>
        <translation>Export the filtered equipment list to Excel or CSV (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <source>Mã tài sản</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Vị trí</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Người sử dụng</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>Đưa vào dùng</source>
        <translation>In use since</translation>
    </message>
    <message>
        <source>Tuổi</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hạn chứng thư số</source>
        <translation>Certificate expiry</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Cũ</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Đã dùng hơn 5 năm</source>
        <translation>In use for more than 5 years</translation>
    </message>
    <message>
        <source>Mất kết nối</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Đang mất kết nối, chưa ghi thời điểm kết thúc</source>
        <translation>Connection down; no end time recorded yet</translation>
    </message>
    <message>
        <source>Số năm kể từ ngày đưa vào sử dụng</source>
        <translation>Years since the device was put into use</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng; hãy thử lại hoặc báo quản trị.</source>
        <translation>Something unexpected went wrong. Saved data is not affected; please try again or tell the administrator.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Bắt đầu sử dụng</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Kiểm tra thông tin đơn vị, người ký; thêm cán bộ và tài khoản</source>
        <translation>Check the unit&apos;s details and signatory; add officers and accounts</translation>
    </message>
    <message>
        <source>Mở Cài đặt</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Xem danh mục thủ tục hành chính, thêm thủ tục còn thiếu</source>
        <translation>Look through the procedure catalogue; add any procedure missing</translation>
    </message>
    <message>
        <source>Mở Danh mục</source>
        <translation>Open Catalogue</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ đầu tiên (Ctrl+N ở bất kỳ trang nào)</source>
        <translation>Receive the first dossier (Ctrl+N on any page)</translation>
    </message>
    <message>
        <source>Mở Hồ sơ TTHC</source>
        <translation>Open Dossiers</translation>
    </message>
    <message>
        <source>Nhập danh sách thiết bị CNTT, có thể từ tệp Excel</source>
        <translation>Enter the IT equipment list, from an Excel file if you have one</translation>
    </message>
    <message>
        <source>Mở Thiết bị</source>
        <translation>Open Equipment</translation>
    </message>
    <message>
        <source>Đăng ký máy với máy chủ của tỉnh bằng mã Sở KH&amp;CN cấp</source>
        <translation>Enrol this PC with the province&apos;s server using the code the Department of Science and Technology gives</translation>
    </message>
    <message>
        <source>Mở Đồng bộ</source>
        <translation>Open Sync</translation>
    </message>
</context>
<context>
    <name>Form06Model</name>
    <message>
        <source>Tổng số tiếp nhận</source>
        <translation>Total received</translation>
    </message>
    <message>
        <source>(3) Số hồ sơ nhận giải quyết: mới trong kỳ và từ kỳ trước chuyển qua</source>
        <translation>(3) Dossiers to resolve: new in the period and carried over from the previous one</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>(4) Tiếp nhận mới trong kỳ qua dịch vụ công trực tuyến</source>
        <translation>(4) Newly received in the period through the online public service portal</translation>
    </message>
    <message>
        <source>Trực tiếp, bưu chính</source>
        <translation>In person, by post</translation>
    </message>
    <message>
        <source>(5) Tiếp nhận mới trong kỳ trực tiếp hoặc qua bưu chính công ích</source>
        <translation>(5) Newly received in the period in person or by the public postal service</translation>
    </message>
    <message>
        <source>Kỳ trước chuyển qua</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>(6) Hồ sơ từ kỳ trước chuyển sang</source>
        <translation>(6) Dossiers carried over from the previous period</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>(7) Số hồ sơ đã giải quyết trong kỳ</source>
        <translation>(7) Dossiers resolved in the period</translation>
    </message>
    <message>
        <source>Trả trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>(8) Đã giải quyết, trả trước ngày hẹn</source>
        <translation>(8) Resolved, returned before the appointment date</translation>
    </message>
    <message>
        <source>Trả đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>(9) Trả đúng ngày hẹn; gồm cả hồ sơ chờ bổ sung, trả lại, công dân rút</source>
        <translation>(9) Returned on the appointed day; includes dossiers waiting for a supplement, returned or withdrawn</translation>
    </message>
    <message>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
    <message>
        <source>(12) Đang giải quyết, chưa quá ngày hẹn</source>
        <translation>(12) In progress, not past the appointed day</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Trả quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>(10) Đã giải quyết, trả sau ngày hẹn</source>
        <translation>(10) Resolved, returned after the appointment date</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>(11) Số hồ sơ đang giải quyết cuối kỳ</source>
        <translation>(11) Dossiers still in progress at the end of the period</translation>
    </message>
    <message>
        <source>(13) Đang giải quyết, đã quá ngày hẹn</source>
        <translation>(13) In progress, past the appointment date</translation>
    </message>
    <message>
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>(8 + 9) / 7</source>
        <translation>(8 + 9) / 7</translation>
    </message>
    <message>
        <source>Tỷ lệ trực tuyến</source>
        <translation>Online rate</translation>
    </message>
    <message>
        <source>4 / (4 + 5)</source>
        <translation>4 / (4 + 5)</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bỏ thông tin đã nhập?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <source>Những gì đã nhập trong “{title}” chưa được lưu. Đóng và bỏ đi?</source>
        <translation>What was typed in “{title}” is not saved. Close and discard it?</translation>
    </message>
    <message>
        <source>Bỏ, không lưu</source>
        <translation>Discard, do not save</translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation>Keep typing</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Hướng dẫn sử dụng CommuneDesk</source>
        <translation>CommuneDesk user guide</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Khai báo ngày nghỉ, làm bù</source>
        <translation>Declare a day off or make-up day</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Loại ngày</source>
        <translation>Kind of day</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ví dụ: theo Thông báo số …/TB-UBND</source>
        <translation>E.g. per Notice No. …/TB-UBND</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập danh mục thủ tục từ Excel</source>
        <translation>Import the procedure catalogue from Excel</translation>
    </message>
    <message>
        <source>Thủ tục được đối chiếu theo mã thủ tục: mã đã có thì cập nhật, chưa có thì thêm mới.</source>
        <translation>Procedures are matched by their code: a known code is updated, a new one is added.</translation>
    </message>
    <message>
        <source>Nhập danh sách cán bộ từ Excel</source>
        <translation>Import officers from Excel</translation>
    </message>
    <message>
        <source>Cán bộ được đối chiếu theo tên đăng nhập, nếu không có thì theo họ tên và đơn vị. Tệp không chứa mật khẩu.</source>
        <translation>Officers are matched by username, or else by full name and unit. The file holds no passwords.</translation>
    </message>
    <message>
        <source>Nhập danh sách thiết bị từ Excel</source>
        <translation>Import equipment from Excel</translation>
    </message>
    <message>
        <source>Thiết bị được đối chiếu theo mã tài sản: mã đã có thì cập nhật, chưa có thì thêm mới.</source>
        <translation>Devices are matched by asset tag: a known tag is updated, a new one is added.</translation>
    </message>
    <message>
        <source>Nhập danh sách học viên từ Excel</source>
        <translation>Import attendance lists from Excel</translation>
    </message>
    <message>
        <source>Khóa học được đối chiếu theo tên khóa và ngày bắt đầu; học viên theo cán bộ, hoặc họ tên và đơn vị.</source>
        <translation>Courses are matched by topic and start date; participants by officer, or by full name and unit.</translation>
    </message>
    <message>
        <source>Nhập danh sách hồ sơ từ hệ thống của tỉnh</source>
        <translation>Import the dossier list from the province&apos;s system</translation>
    </message>
    <message>
        <source>Hồ sơ được đối chiếu theo mã hồ sơ: mã đã có thì cập nhật trạng thái và ngày, chưa có thì thêm mới.</source>
        <translation>Dossiers are matched by code: a known code updates its status and dates, an unknown one is added.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV (UTF-8) để xem trước</source>
        <translation>Choose an Excel (.xlsx) or CSV (UTF-8) file to preview</translation>
    </message>
    <message>
        <source>Tải tệp mẫu…</source>
        <translation>Get template…</translation>
    </message>
    <message>
        <source>Lưu tệp Excel mẫu có sẵn các cột và hướng dẫn điền</source>
        <translation>Save an Excel template with the columns and instructions for filling it in</translation>
    </message>
    <message>
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Trang tính (sheet) của tệp Excel cần đọc</source>
        <translation>The sheet of the Excel file to read</translation>
    </message>
    <message>
        <source>Ánh xạ:</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <source>Hồ sơ ánh xạ cột và trạng thái đã lưu cho hệ thống của tỉnh</source>
        <translation>Saved column and status mapping for the province&apos;s system</translation>
    </message>
    <message>
        <source>Ánh xạ cột…</source>
        <translation>Map columns…</translation>
    </message>
    <message>
        <source>Chọn cột của tệp cho từng cột và sửa bảng trạng thái, rồi lưu lại</source>
        <translation>Choose the file&apos;s column for each column and edit the status table, then save</translation>
    </message>
    <message>
        <source>Dừng nhập</source>
        <translation>Stop the import</translation>
    </message>
    <message>
        <source>Dừng việc ghi; chưa có gì được ghi cho đến khi nhập xong</source>
        <translation>Stop writing; nothing is written until the import finishes</translation>
    </message>
    <message>
        <source>Chỉ hiện dòng có lỗi</source>
        <translation>Show only rows with errors</translation>
    </message>
    <message>
        <source>Nhập dữ liệu</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV (UTF-8); trang tính đầu tiên được đọc trước (có thể chọn trang khác), tối đa 50.000 dòng. Chưa có gì được ghi cho đến khi bạn bấm “Nhập dữ liệu”.</source>
        <translation>Choose an Excel (.xlsx) or CSV (UTF-8) file; the first sheet is read first (another can be chosen), at most 50,000 rows. Nothing is written until you click “Import data”.</translation>
    </message>
    <message>
        <source>Chọn tệp để nhập</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Bảng tính Excel hoặc CSV (*.xlsx *.xlsm *.csv);;Mọi tệp (*)</source>
        <translation>Excel or CSV spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Đang đọc và kiểm tra tệp «{name}»…</source>
        <translation>Reading and checking “{name}”…</translation>
    </message>
    <message>
        <source>Tệp có {errors} lỗi ở {rows} dòng nên chưa nhập được. Hãy sửa các dòng này trong tệp, lưu lại rồi chọn lại tệp; chưa có gì được ghi.</source>
        <translation>The file has {errors} error(s) in {rows} row(s), so it cannot be imported yet. Fix these rows in the file, save it and choose it again; nothing has been written.</translation>
    </message>
    <message>
        <source>Tệp không có lỗi. Bấm “Nhập dữ liệu” để ghi {n} thay đổi; cả tệp được ghi trong một lần.</source>
        <translation>The file has no errors. Click “Import data” to write {n} change(s); the whole file is written at once.</translation>
    </message>
    <message>
        <source>Dữ liệu trong tệp giống hệt dữ liệu đã có: không có gì để nhập.</source>
        <translation>The file holds exactly the data already stored: there is nothing to import.</translation>
    </message>
    <message>
        <source>… và {n} ghi chú khác</source>
        <translation>… and {n} more notes</translation>
    </message>
    <message>
        <source>Thêm mới: {n}</source>
        <translation>New: {n}</translation>
    </message>
    <message>
        <source>Cập nhật: {n}</source>
        <translation>Updated: {n}</translation>
    </message>
    <message>
        <source>Không đổi: {n}</source>
        <translation>Unchanged: {n}</translation>
    </message>
    <message>
        <source>Dòng có lỗi: {n}</source>
        <translation>Rows with errors: {n}</translation>
    </message>
    <message>
        <source>(mặc định)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Đang nhập dữ liệu từ tệp «{name}»…</source>
        <translation>Importing “{name}”…</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Đã nhập xong tệp «{file}»: {new} thêm mới, {updated} cập nhật, {unchanged} không đổi.</source>
        <translation>Imported “{file}”: {new} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Lưu tệp mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Sổ làm việc Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu tệp mẫu vào «{path}». Điền dữ liệu vào trang “Dữ liệu”, lưu lại rồi bấm “Chọn tệp…” để nhập.</source>
        <translation>Template saved to “{path}”. Fill in the “Dữ liệu” (data) sheet, save it, then click “Choose file…” to import it.</translation>
    </message>
    <message>
        <source>Không lưu được tệp mẫu vào «{path}»: {reason}</source>
        <translation>Could not save the template to “{path}”: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportTableModel</name>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Số dòng trong tệp, như Excel đánh số</source>
        <translation>The row number in the file, as Excel numbers it</translation>
    </message>
    <message>
        <source>Mã, mã tài sản hoặc họ tên của bản ghi trong tệp</source>
        <translation>The record&apos;s code, asset tag or full name in the file</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Thay đổi: {fields}</source>
        <translation>Changes: {fields}</translation>
    </message>
    <message>
        <source>Cán bộ liên kết</source>
        <translation>Linked officer</translation>
    </message>
    <message>
        <source>Dòng {row}: {action} {record}. {detail}</source>
        <translation>Row {row}: {action} {record}. {detail}</translation>
    </message>
    <message>
        <source>Khóa «{topic}» ({day}): {state}</source>
        <translation>Course “{topic}” ({day}): {state}</translation>
    </message>
    <message>
        <source>thêm mới</source>
        <translation>new</translation>
    </message>
    <message>
        <source>cập nhật</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>không đổi</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Sẽ thêm lĩnh vực mới «{name}»</source>
        <translation>A new field “{name}” will be added</translation>
    </message>
    <message>
        <source>Bỏ qua các cột không dùng: {columns}</source>
        <translation>Unused columns ignored: {columns}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mới đăng ký</source>
        <translation>Registered online</translation>
    </message>
    <message>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <source>Chờ thực hiện nghĩa vụ tài chính</source>
        <translation>Awaiting payment of fees</translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn by the citizen</translation>
    </message>
    <message>
        <source>Dừng xử lý</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <source>Đã xử lý xong</source>
        <translation>Finished, result ready</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận hồ sơ</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Chuyển xử lý</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Request a supplement</translation>
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Yêu cầu thực hiện nghĩa vụ tài chính</source>
        <translation>Request payment of fees</translation>
    </message>
    <message>
        <source>Đã thực hiện nghĩa vụ tài chính</source>
        <translation>Fees paid</translation>
    </message>
    <message>
        <source>Dừng xử lý hồ sơ</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <source>Hoàn thành xử lý</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <source>Gia hạn giải quyết</source>
        <translation>Extend the time</translation>
    </message>
    <message>
        <source>Xin lỗi, hẹn lại ngày trả</source>
        <translation>Apologise, set a new date</translation>
    </message>
    <message>
        <source>Đăng ký hồ sơ</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Sửa thông tin</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>Giải quyết theo đề nghị</source>
        <translation>Granted as requested</translation>
    </message>
    <message>
        <source>Từ chối giải quyết (có văn bản nêu lý do)</source>
        <translation>Refused in writing, with the reason</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Bưu chính công ích</source>
        <translation>Public postal service</translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Toàn trình</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>Một phần</source>
        <translation>Partly online</translation>
    </message>
    <message>
        <source>Không trực tuyến</source>
        <translation>Not online</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Máy tính để bàn</source>
        <translation>Desktop PC</translation>
    </message>
    <message>
        <source>Máy tính xách tay</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Máy quét</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Chữ ký số (USB token)</source>
        <translation>Digital signature (USB token)</translation>
    </message>
    <message>
        <source>Đường truyền mạng</source>
        <translation>Network link</translation>
    </message>
    <message>
        <source>Bộ định tuyến (router)</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Bộ lưu điện (UPS)</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Đang sử dụng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Hoạt động kém</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Hỏng</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Đang sửa chữa</source>
        <translation>In repair</translation>
    </message>
    <message>
        <source>Dự phòng</source>
        <translation>Spare</translation>
    </message>
    <message>
        <source>Đã thanh lý</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Đổi tình trạng</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Bảo trì</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Sửa chữa</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Mất kết nối</source>
        <translation>Network outage</translation>
    </message>
    <message>
        <source>Kiểm kê: có mặt</source>
        <translation>Stock-take: present</translation>
    </message>
    <message>
        <source>Kiểm kê: không thấy</source>
        <translation>Stock-take: missing</translation>
    </message>
    <message>
        <source>Kỹ năng số</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>Trí tuệ nhân tạo</source>
        <translation>Artificial intelligence</translation>
    </message>
    <message>
        <source>An toàn thông tin</source>
        <translation>Information security</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Blended</translation>
    </message>
    <message>
        <source>Tham dự</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Vắng mặt</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Không có</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Còn hiệu lực</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Sắp hết hạn</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Đã hết hạn</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Ngày nghỉ</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Ngày làm việc bù</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>Sửa sau khóa sổ</source>
        <translation>Changed after closing</translation>
    </message>
    <message>
        <source>Sửa ngày {changed} sau khi khóa số liệu {period} (khóa ngày {closed}): báo cáo kỳ sau ghi điều chỉnh.</source>
        <translation>Changed on {changed} after period {key} was closed (on {closed}): the next report lists the adjustment.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Giao diện chuyển sang ngôn ngữ đã chọn ngay khi bấm “Áp dụng”; dữ liệu đã nhập không thay đổi.</source>
        <translation>The interface switches to the chosen language as soon as you press “Apply”; the data entered does not change.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>LeaderPage</name>
    <message>
        <source>Người ký văn bản và máy này</source>
        <translation>Signatory and this PC</translation>
    </message>
    <message>
        <source>Họ tên và chức danh in ở phần chữ ký của báo cáo tháng (có thể sửa sau trong Cài đặt); số của máy này trong xã.</source>
        <translation>Name and title printed in the signature block of the monthly report (can be changed later in Settings); this PC&apos;s number in the commune.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Máy số</source>
        <translation>PC number</translation>
    </message>
    <message>
        <source>Máy {n} — số hồ sơ {first}–{last}</source>
        <translation>PC {n} — dossier numbers {first}–{last}</translation>
    </message>
    <message>
        <source>Máy duy nhất / chưa rõ — số hồ sơ {first}–{last}</source>
        <translation>Only PC / not known — dossier numbers {first}–{last}</translation>
    </message>
    <message>
        <source>Xã dùng nhiều máy: mỗi máy một số khác nhau, để hai máy không cấp trùng số hồ sơ trong ngày. Khi đăng ký máy với tỉnh, tỉnh có thể giao số khác.</source>
        <translation>A commune with several PCs: give each PC a different number so that no two PCs issue the same dossier number on the same day. When the PC is enrolled with the province, the province may assign another.</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Xuất danh sách ra Excel/CSV…</source>
        <translation>Export list to Excel/CSV…</translation>
    </message>
    <message>
        <source>In danh sách…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Xuất danh sách</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} dòng</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>Đã in danh sách</source>
        <translation>List printed</translation>
    </message>
    <message>
        <source>Đã gửi {n} dòng tới máy in.</source>
        <translation>Sent {n} rows to the printer.</translation>
    </message>
    <message>
        <source>Đã xuất danh sách</source>
        <translation>List exported</translation>
    </message>
    <message>
        <source>Đã xuất {n} dòng ra tệp:
{path}</source>
        <translation>Exported {n} rows to the file:
{path}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập — CommuneDesk</source>
        <translation>Log in — CommuneDesk</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Caps Lock đang bật: mật khẩu phân biệt chữ hoa, chữ thường.</source>
        <translation>Caps Lock is on: passwords are case-sensitive.</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu: bấm một tài khoản để điền sẵn.</source>
        <translation>Demo data: click an account to fill it in.</translation>
    </message>
    <message>
        <source>{username} / {password} ({role})</source>
        <translation>{username} / {password} ({role})</translation>
    </message>
    <message>
        <source>Còn {n} lần nhập sai nữa thì tài khoản bị tạm khóa {minutes} phút.</source>
        <translation>{n} more wrong password(s) and the account is locked for {minutes} minutes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{commune} — CommuneDesk</source>
        <translation>{commune} — CommuneDesk</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sao lưu dữ liệu ngay</source>
        <translation>Back up the data now</translation>
    </message>
    <message>
        <source>Sao lưu ra thư mục khác (USB)…</source>
        <translation>Back up to another folder (USB)…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Giới thiệu CommuneDesk</source>
        <translation>About CommuneDesk</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Ánh xạ cột và trạng thái</source>
        <translation>Column and status mapping</translation>
    </message>
    <message>
        <source>Cột của phần mềm</source>
        <translation>Column of the app</translation>
    </message>
    <message>
        <source>Tiêu đề trong tệp</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>(tự nhận theo tên)</source>
        <translation>(recognised by name)</translation>
    </message>
    <message>
        <source>Từ của tỉnh</source>
        <translation>The province&apos;s word</translation>
    </message>
    <message>
        <source>Trạng thái của phần mềm</source>
        <translation>Status in the app</translation>
    </message>
    <message>
        <source>Thêm dòng</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>Tên hồ sơ ánh xạ, ví dụ: Một cửa tỉnh</source>
        <translation>Mapping name, e.g. Province one-stop</translation>
    </message>
    <message>
        <source>Lưu và dùng</source>
        <translation>Save and use</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cột nào trong tệp ứng với cột nào của phần mềm:</source>
        <translation>Which column of the file is which column of the app:</translation>
    </message>
    <message>
        <source>Bảng chuyển trạng thái (từ tỉnh dùng → trạng thái); từ không có trong bảng là lỗi ở dòng đó:</source>
        <translation>Status table (the province&apos;s word → status); a word not in the table is an error on its row:</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>MarksRow</name>
    <message>
        <source>Đã số hóa</source>
        <translation>Digitised</translation>
    </message>
    <message>
        <source>KQ điện tử</source>
        <translation>E-result</translation>
    </message>
    <message>
        <source>Tái sử dụng dữ liệu</source>
        <translation>Data reused</translation>
    </message>
    <message>
        <source>TT trực tuyến</source>
        <translation>Paid online</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ đã được số hóa</source>
        <translation>The dossier&apos;s components were digitised</translation>
    </message>
    <message>
        <source>Kết quả giải quyết được cấp bản điện tử</source>
        <translation>The result was issued electronically</translation>
    </message>
    <message>
        <source>Phí, lệ phí được nộp trực tuyến</source>
        <translation>Fees were paid online</translation>
    </message>
    <message>
        <source>Mức hài lòng của người dân</source>
        <translation>The citizen&apos;s rating</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Not rated</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Thêm thành viên tổ: {village}</source>
        <translation>Add a team member: {village}</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ví dụ: Tổ trưởng (Trưởng thôn)</source>
        <translation>E.g. Team leader (village head)</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Biểu đồ hồ sơ theo tháng</source>
        <translation>Dossiers by month chart</translation>
    </message>
    <message>
        <source>T{month}/{yy}</source>
        <translation>{mon} {yy}</translation>
    </message>
    <message>
        <source>{month}: tiếp nhận {received}, đã giải quyết {resolved}, đúng hạn {rate}</source>
        <translation>{month}: received {received}, resolved {resolved}, on time {rate}</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ trong các tháng này</source>
        <translation>No dossiers in these months yet</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>% đúng hạn</source>
        <translation>% on time</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Sửa thông tin cán bộ</source>
        <translation>Edit officer</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ví dụ: Công chức Tư pháp - Hộ tịch</source>
        <translation>E.g. Công chức Tư pháp - Hộ tịch</translation>
    </message>
    <message>
        <source>Bộ phận</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ví dụ: Bộ phận Một cửa</source>
        <translation>E.g. Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Để trống nếu cán bộ không dùng phần mềm</source>
        <translation>Leave empty if the officer does not use the software</translation>
    </message>
    <message>
        <source>Hiện</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ít nhất {n} ký tự</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>Để trống nếu không đặt lại mật khẩu</source>
        <translation>Leave empty to keep the current password</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên mới được tạo tài khoản, phân vai trò và đặt lại mật khẩu.</source>
        <translation>Only administrators may create accounts, assign roles and reset passwords.</translation>
    </message>
    <message>
        <source>Để đổi mật khẩu của chính mình, hãy dùng mục “Đổi mật khẩu”.</source>
        <translation>To change your own password, use “Change password”.</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu cũng mở khóa tài khoản đang bị tạm khóa.</source>
        <translation>Resetting the password also unlocks a temporarily locked account.</translation>
    </message>
    <message>
        <source>Có tên đăng nhập và mật khẩu thì cán bộ đăng nhập được phần mềm.</source>
        <translation>With a username and a password the officer can log in to the software.</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bộ phận</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Đang làm việc</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã ngừng</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Tạm khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Chưa có tài khoản</source>
        <translation>No account yet</translation>
    </message>
    <message>
        <source>Nhập sai mật khẩu nhiều lần; quản trị đặt lại mật khẩu để mở khóa ngay.</source>
        <translation>Too many wrong passwords; an administrator can reset the password to unlock it at once.</translation>
    </message>
</context>
<context>
    <name>OfficersTab</name>
    <message>
        <source>Thêm cán bộ…</source>
        <translation>Add officer…</translation>
    </message>
    <message>
        <source>Thêm cán bộ (Ctrl+N)</source>
        <translation>Add an officer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
</context>
<context>
    <name>OutageDialog</name>
    <message>
        <source>Ghi sự cố mất sóng, mất mạng</source>
        <translation>Log a signal or network outage</translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Còn đang mất</source>
        <translation>Still going on</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Cause</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Hồ sơ TTHC</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Đào tạo</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Thiết bị</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Sổ chuyển đổi số</source>
        <translation>DX workbook</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Danh mục</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>Thêm học viên</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Sửa học viên</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị công tác của người học</source>
        <translation>The participant&apos;s office or unit</translation>
    </message>
    <message>
        <source>Ví dụ: 3,5</source>
        <translation>E.g. 3.5</translation>
    </message>
    <message>
        <source>Số giờ học</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>trên tổng số {h} giờ của khóa</source>
        <translation>of the course&apos;s {h} hours</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>Để trống nếu không cấp chứng chỉ</source>
        <translation>Leave empty if no certificate was issued</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Ngày hết hạn</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Gõ để tìm cán bộ, hoặc nhập họ tên người ngoài danh sách</source>
        <translation>Type to find an officer, or enter the name of someone not on the list</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Cán bộ trong danh sách: {where}</source>
        <translation>Officer on the list: {where}</translation>
    </message>
    <message>
        <source>Cán bộ trong danh sách</source>
        <translation>Officer on the list</translation>
    </message>
    <message>
        <source>Không có trong danh sách cán bộ: ghi rõ đơn vị của người này.</source>
        <translation>Not on the officer list: enter this person&apos;s unit.</translation>
    </message>
</context>
<context>
    <name>ParticipationTableModel</name>
    <message>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Số giờ học</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Ngày hết hạn</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Chứng chỉ</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Chứng chỉ đã hết hạn ngày {day}</source>
        <translation>The certificate expired on {day}</translation>
    </message>
    <message>
        <source>Chứng chỉ hết hạn ngày {day}, còn {n} ngày</source>
        <translation>The certificate expires on {day}, in {n} days</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới</source>
        <translation>Repeat the new password</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Chưa có bản xem trước.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <source>‹ Trang trước</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>Trang trước (Ctrl+Page Up)</source>
        <translation>Previous page (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Trang sau ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <source>Trang sau (Ctrl+Page Down)</source>
        <translation>Next page (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Trang rộng bằng khung xem</source>
        <translation>Make the page as wide as the view</translation>
    </message>
    <message>
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Thấy trọn một trang</source>
        <translation>Show a whole page</translation>
    </message>
    <message>
        <source>Thu nhỏ (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Phóng to (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Trang {page}/{pages}</source>
        <translation>Page {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Chọn máy in và in (Enter)</source>
        <translation>Choose a printer and print (Enter)</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đã gửi {n} trang tới máy in.</source>
        <translation>Sent {n} page(s) to the printer.</translation>
    </message>
</context>
<context>
    <name>PersonHoursTableModel</name>
    <message>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tổng số giờ học</source>
        <translation>Total hours attended</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Thêm thủ tục</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <source>Sửa thủ tục {code}</source>
        <translation>Edit procedure {code}</translation>
    </message>
    <message>
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <source>VD: 1.001193 (mã trên Cổng dịch vụ công)</source>
        <translation>e.g. 1.001193 (the code on the public service portal)</translation>
    </message>
    <message>
        <source>Mã thủ tục không sửa được vì hồ sơ đã tiếp nhận dùng mã này.</source>
        <translation>The procedure code cannot be changed: received dossiers refer to it.</translation>
    </message>
    <message>
        <source>Tên thủ tục</source>
        <translation>Procedure name</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Chọn hoặc gõ tên lĩnh vực mới</source>
        <translation>Choose, or type the name of a new field</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết</source>
        <translation>Statutory time</translation>
    </message>
    <message>
        <source> ngày làm việc</source>
        <translation> working day(s)</translation>
    </message>
    <message>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <source>0 = giải quyết trong ngày (nhận sau 15 giờ thì trả ngày làm việc tiếp theo); lẻ nửa ngày như 2,5 thì hẹn trả 12 giờ trưa ngày cuối</source>
        <translation>0 = within the day (received after 15:00: due the next working day); a half day such as 2.5 is due at noon of the last day</translation>
    </message>
    <message>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <source>Miễn phí</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Dịch vụ công trực tuyến</source>
        <translation>Online public service</translation>
    </message>
    <message>
        <source>Tiếp nhận không phụ thuộc địa giới hành chính</source>
        <translation>Accepted regardless of administrative boundary</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Mỗi giấy tờ một dòng, vd. Giấy chứng sinh (bản sao)</source>
        <translation>One paper a line, e.g. Birth certificate (bản sao)</translation>
    </message>
    <message>
        <source>In sẵn vào bảng giấy tờ của phiếu tiếp nhận hồ sơ</source>
        <translation>Pre-filled in the papers table of the receipt slip</translation>
    </message>
    <message>
        <source>Tạm dừng thời hạn khi chờ công dân thực hiện nghĩa vụ tài chính</source>
        <translation>Pause the clock while the citizen pays taxes and fees</translation>
    </message>
    <message>
        <source>Thường áp dụng cho thủ tục đất đai; để trống khi thêm mới thì theo lĩnh vực</source>
        <translation>Usual for land procedures; left undecided on a new procedure, its field decides</translation>
    </message>
    <message>
        <source>Được gia hạn tối đa</source>
        <translation>Extension allowance</translation>
    </message>
    <message>
        <source>Không gia hạn</source>
        <translation>No extension</translation>
    </message>
    <message>
        <source>Theo lĩnh vực</source>
        <translation>As the field says</translation>
    </message>
    <message>
        <source>Đang áp dụng</source>
        <translation>In force</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>Gõ tên hoặc mã thủ tục, không dấu cũng được</source>
        <translation>Type the procedure&apos;s name or code (diacritics optional)</translation>
    </message>
    <message>
        <source>{name}  —  {code} · {field}</source>
        <translation>{name}  —  {code} · {field}</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục</source>
        <translation>No procedure chosen</translation>
    </message>
    <message>
        <source>giải quyết trong ngày</source>
        <translation>settled within the day</translation>
    </message>
    <message>
        <source>{n} ngày làm việc</source>
        <translation>{n} working day(s)</translation>
    </message>
    <message>
        <source>Mã {code} · {field} · {days}</source>
        <translation>Code {code} · {field} · {days}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Giấy tiếp nhận hồ sơ {code}</source>
        <translation>Receipt slip for dossier {code}</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung hồ sơ {code}</source>
        <translation>Supplement request {code}</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận hồ sơ {code}</source>
        <translation>Refusal to accept {code}</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả {code}</source>
        <translation>Apology and new appointment date {code}</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ {code}</source>
        <translation>Process control slip {code}</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ {start} – {end}</source>
        <translation>Dossier tracking book {start} – {end}</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Thêm kiến nghị gửi cấp trên</source>
        <translation>Add a recommendation sent up</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Ví dụ: Sở Khoa học và Công nghệ</source>
        <translation>E.g. Department of Science and Technology</translation>
    </message>
    <message>
        <source>Nội dung kiến nghị</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Đối soát Biểu II.06a với số liệu của tỉnh</source>
        <translation>Reconcile form II.06a with the province&apos;s figures</translation>
    </message>
    <message>
        <source>Tháng báo cáo, dạng năm-tháng, ví dụ 2026-11</source>
        <translation>Reporting month, year-month, e.g. 2026-11</translation>
    </message>
    <message>
        <source>Biểu II.06a do hệ thống của tỉnh xuất</source>
        <translation>Form II.06a exported by the province&apos;s system</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Không bắt buộc: để chỉ ra hồ sơ gây chênh lệch</source>
        <translation>Optional: to point out the dossiers behind a difference</translation>
    </message>
    <message>
        <source>Hồ sơ ánh xạ cột và trạng thái dùng để đọc danh sách hồ sơ của tỉnh (lập trong cửa sổ nhập danh sách hồ sơ)</source>
        <translation>The column and status mapping used to read the province&apos;s dossier list (made in the dossier-list import window)</translation>
    </message>
    <message>
        <source>Đối soát</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <source>Nhập danh sách hồ sơ của tỉnh…</source>
        <translation>Import the province&apos;s dossier list…</translation>
    </message>
    <message>
        <source>Nhập các hồ sơ của tỉnh vào máy này trước khi đối soát</source>
        <translation>Import the province&apos;s dossiers into this PC before reconciling</translation>
    </message>
    <message>
        <source>Lĩnh vực / hồ sơ</source>
        <translation>Field / dossier</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tháng:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Biểu II.06a của tỉnh:</source>
        <translation>The province&apos;s form II.06a:</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ của tỉnh:</source>
        <translation>The province&apos;s dossier list:</translation>
    </message>
    <message>
        <source>Ánh xạ:</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Bảng tính Excel hoặc CSV (*.xlsx *.csv)</source>
        <translation>Excel or CSV spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Đang đối soát…</source>
        <translation>Reconciling…</translation>
    </message>
    <message>
        <source>Không đối soát được: xem lỗi ở tệp đã chọn.</source>
        <translation>Could not reconcile: see the error at the chosen file.</translation>
    </message>
    <message>
        <source>Khớp với số liệu của tỉnh ({span}): 0 chênh lệch.</source>
        <translation>Matches the province&apos;s figures ({span}): no differences.</translation>
    </message>
    <message>
        <source>{n} ô chênh lệch ({span}).</source>
        <translation>{n} cells differ ({span}).</translation>
    </message>
    <message>
        <source>Lĩnh vực chỉ có ở tỉnh: {names}</source>
        <translation>Fields only the province has: {names}</translation>
    </message>
    <message>
        <source>chỉ có ở tỉnh</source>
        <translation>only at the province</translation>
    </message>
    <message>
        <source>chỉ có ở xã</source>
        <translation>only at the commune</translation>
    </message>
    <message>
        <source>khác cột</source>
        <translation>another column</translation>
    </message>
    <message>
        <source>xã đếm ở ô này</source>
        <translation>the commune counts it in this cell</translation>
    </message>
    <message>
        <source>trạng thái</source>
        <translation>status</translation>
    </message>
    <message>
        <source>ngày hẹn trả</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>ngày tiếp nhận</source>
        <translation>receipt date</translation>
    </message>
    <message>
        <source>ngày có kết quả</source>
        <translation>result date</translation>
    </message>
    <message>
        <source>hình thức nộp</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>lĩnh vực</source>
        <translation>field</translation>
    </message>
</context>
<context>
    <name>ReportsPageController</name>
    <message>
        <source>Chưa có khóa đào tạo nào.</source>
        <translation>There are no training courses yet.</translation>
    </message>
    <message>
        <source>Ký duyệt báo cáo</source>
        <translation>Sign off the report</translation>
    </message>
    <message>
        <source>Ký duyệt báo cáo {period}? Sau khi ký, nhận xét và số văn bản không sửa được nữa, trừ khi lãnh đạo mở lại.</source>
        <translation>Sign off the report for {period}? Once signed, the comments and the document number can no longer be changed unless a leader reopens it.</translation>
    </message>
    <message>
        <source>Ký duyệt</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang ký duyệt, khóa số liệu…</source>
        <translation>Signing off and closing the period…</translation>
    </message>
    <message>
        <source>Đã ký duyệt và khóa số liệu {period}.</source>
        <translation>Signed off; the figures of {period} are closed.</translation>
    </message>
    <message>
        <source>Mở lại kỳ báo cáo</source>
        <translation>Reopen the reporting period</translation>
    </message>
    <message>
        <source>Lý do mở lại (được ghi vào nhật ký):</source>
        <translation>Reason for reopening (kept in the audit log):</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Hạn gửi báo cáo: {due} ({n} ngày làm việc sau ngày chốt số liệu {end})</source>
        <translation>Report due: {due} ({n} working days after the cut-off on {end})</translation>
    </message>
    <message>
        <source>Đang tính…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Biểu II.06a — {period} ({start} – {end}); số liệu đến ngày {day}.</source>
        <translation>Form II.06a — {period} ({start} – {end}); figures up to {day}.</translation>
    </message>
    <message>
        <source>Đang xuất bảng Excel…</source>
        <translation>Exporting the Excel workbook…</translation>
    </message>
    <message>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Đang tạo báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Bản xem trước: {n} trang</source>
        <translation>Preview: {n} page(s)</translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Đã gửi {n} trang tới máy in.</source>
        <translation>Sent {n} page(s) to the printer.</translation>
    </message>
    <message>
        <source>Lưu báo cáo PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Xuất bảng Excel</source>
        <translation>Export Excel workbook</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReportsPageView</name>
    <message>
        <source>Báo cáo tháng</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Báo cáo quý</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <source>Báo cáo 6 tháng</source>
        <translation>Half-year report</translation>
    </message>
    <message>
        <source>Báo cáo năm</source>
        <translation>Yearly report</translation>
    </message>
    <message>
        <source>Danh sách kiểm kê thiết bị</source>
        <translation>Equipment inventory list</translation>
    </message>
    <message>
        <source>Danh sách điểm danh khóa đào tạo</source>
        <translation>Training course attendance list</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kể cả thiết bị đã thanh lý</source>
        <translation>Include retired equipment</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Loại báo cáo</source>
        <translation>Report type</translation>
    </message>
    <message>
        <source>vd. 05 — để trống khi chưa cấp số</source>
        <translation>e.g. 05 — leave empty until a number is issued</translation>
    </message>
    <message>
        <source>Nhận xét, đề xuất, kiến nghị (mục 4 của báo cáo)</source>
        <translation>Comments, proposals and recommendations (section 4 of the report)</translation>
    </message>
    <message>
        <source>Mỗi ý một đoạn. Nội dung được lưu nháp tự động theo từng kỳ.</source>
        <translation>One point per paragraph. The text is kept as a draft for each period automatically.</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Tạo bản PDF và xem trước (F5)</source>
        <translation>Build the PDF and preview it (F5)</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Chọn máy in và in báo cáo (Ctrl+P)</source>
        <translation>Choose a printer and print the report (Ctrl+P)</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Ký duyệt</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>Mở lại để sửa</source>
        <translation>Reopen for changes</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Đối soát với tỉnh…</source>
        <translation>Reconcile with the province…</translation>
    </message>
    <message>
        <source>Chọn báo cáo và kỳ báo cáo rồi bấm “Xem trước” (F5).</source>
        <translation>Choose the report and its period, then press “Preview” (F5).</translation>
    </message>
    <message>
        <source>Tháng {month:02d}/{year}</source>
        <translation>Month {month:02d}/{year}</translation>
    </message>
    <message>
        <source>Quý {q}/{year}</source>
        <translation>Quarter {q}/{year}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {year}</source>
        <translation>Second half of {year}</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>Khóa đào tạo</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Bảng Excel chỉ có cho báo cáo tháng, quý, năm.</source>
        <translation>Excel workbooks exist only for monthly, quarterly and yearly reports.</translation>
    </message>
    <message>
        <source>Bản nháp lưu lúc {time}</source>
        <translation>Draft saved at {time}</translation>
    </message>
    <message>
        <source>Đã ký duyệt bởi {name} lúc {time}</source>
        <translation>Signed off by {name} at {time}</translation>
    </message>
    <message>
        <source>Chưa ký duyệt</source>
        <translation>Not signed off yet</translation>
    </message>
    <message>
        <source>Lãnh đạo duyệt báo cáo; sau khi ký, nhận xét không sửa được nữa.</source>
        <translation>A leader approves the report; once signed, the comments can no longer be changed.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo hoặc quản trị viên được ký duyệt báo cáo; tài khoản của bạn là cán bộ.</source>
        <translation>Only a leader or an administrator can sign off reports; your account is an officer&apos;s.</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Đã chọn: {name} (mã {code})</source>
        <translation>Chosen: {name} (code {code})</translation>
    </message>
    <message>
        <source>Chưa chọn: gõ để tìm, rồi chọn một dòng trong danh sách</source>
        <translation>Nothing chosen yet: type to search, then choose a row in the list</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Ghi buổi hỗ trợ: {village}</source>
        <translation>Log a session: {village}</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Số người được hỗ trợ</source>
        <translation>People helped</translation>
    </message>
    <message>
        <source>Hồ sơ trực tuyến đã hỗ trợ nộp</source>
        <translation>Online dossiers filed</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Ví dụ: Kích hoạt VNeID mức 2</source>
        <translation>E.g. Activating VNeID level 2</translation>
    </message>
</context>
<context>
    <name>SettingsPageController</name>
    <message>
        <source>Chỉ quản trị viên mới được ngừng hoạt động cán bộ.</source>
        <translation>Only administrators may deactivate officers.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo hoặc quản trị viên mới được khai báo ngày nghỉ, làm bù.</source>
        <translation>Only leaders and administrators may declare days off and make-up days.</translation>
    </message>
    <message>
        <source>{code} (ngoài danh mục 2025)</source>
        <translation>{code} (not in the 2025 list)</translation>
    </message>
    <message>
        <source>Dòng ngày tháng trên giấy tờ: “{line}”</source>
        <translation>Date line on papers: “{line}”</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Đã sửa đơn vị: {name} (mã {code}).</source>
        <translation>Unit corrected: {name} (code {code}).</translation>
    </message>
    <message>
        <source>{n} cán bộ, {a} tài khoản đang dùng</source>
        <translation>{n} officers, {a} accounts in use</translation>
    </message>
    <message>
        <source>Hoạt động lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Không thể ngừng hoạt động tài khoản đang đăng nhập.</source>
        <translation>You cannot deactivate the account you are logged in with.</translation>
    </message>
    <message>
        <source>Ngừng hoạt động cán bộ {name}? Cán bộ vẫn còn trong lịch sử hồ sơ, bồi dưỡng nhưng không đăng nhập được và không còn trong danh sách chọn.</source>
        <translation>Deactivate {name}? The officer stays in the history of dossiers and training but can no longer log in and no longer appears in pick lists.</translation>
    </message>
    <message>
        <source>Lịch nhà nước</source>
        <translation>National calendar</translation>
    </message>
    <message>
        <source>Xóa khai báo “{kind}” ngày {day}? Từ nay hạn trả hồ sơ sẽ tính ngày này như ngày thường.</source>
        <translation>Remove the “{kind}” declared for {day}? From now on due dates will count this day as an ordinary day.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SettingsPageView</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cán bộ và tài khoản</source>
        <translation>Officers and accounts</translation>
    </message>
    <message>
        <source>Ngày nghỉ, làm bù</source>
        <translation>Days off, make-up days</translation>
    </message>
    <message>
        <source>Chỉ tiêu &amp; giờ làm việc</source>
        <translation>Targets &amp; office hours</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Thiết lập CommuneDesk</source>
        <translation>CommuneDesk setup</translation>
    </message>
    <message>
        <source>Tiếp theo &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatusBarController</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Quá hạn: {n} hồ sơ</source>
        <translation>Overdue: {n} dossiers</translation>
    </message>
    <message>
        <source>Ngoại tuyến · chưa đồng bộ lần nào</source>
        <translation>Offline · never synced</translation>
    </message>
    <message>
        <source>Đồng bộ lần cuối {time}</source>
        <translation>Last synced {time}</translation>
    </message>
    <message>
        <source> · {n} thay đổi chờ gửi</source>
        <translation> · {n} changes waiting to be sent</translation>
    </message>
    <message>
        <source> · {n} thay đổi bị máy chủ từ chối</source>
        <translation> · {n} changes refused by the server</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Không kết nối được máy chủ tỉnh; dữ liệu vẫn được lưu trên máy này.</source>
        <translation>Cannot reach the province server; the data stays saved on this PC.</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ tỉnh không hợp lệ; hãy kiểm tra lại.</source>
        <translation>The province server address is not valid; please check it.</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh đang gặp sự cố hoặc địa chỉ không phải máy chủ đồng bộ; dữ liệu vẫn được lưu trên máy này. Hãy thử lại sau.</source>
        <translation>The province server is having trouble, or the address is not a sync server; the data stays saved on this PC. Please try again later.</translation>
    </message>
</context>
<context>
    <name>SyncPageController</name>
    <message>
        <source>Chỉ quản trị viên được đăng ký máy với máy chủ tỉnh.</source>
        <translation>Only an administrator may enrol this PC with the province server.</translation>
    </message>
    <message>
        <source>Chưa đăng ký với máy chủ tỉnh</source>
        <translation>Not enrolled with the province server</translation>
    </message>
    <message>
        <source>Đăng ký lại…</source>
        <translation>Enrol again…</translation>
    </message>
    <message>
        <source>Đăng ký máy…</source>
        <translation>Enrol this PC…</translation>
    </message>
    <message>
        <source>Chưa có (máy chưa đăng ký)</source>
        <translation>None yet (this PC is not enrolled)</translation>
    </message>
    <message>
        <source>Chưa lần nào</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>khoảng {n} ngày</source>
        <translation>by about {n} days</translation>
    </message>
    <message>
        <source>khoảng {n} giờ</source>
        <translation>by about {n} hours</translation>
    </message>
    <message>
        <source>khoảng {n} phút</source>
        <translation>about {n} minutes</translation>
    </message>
    <message>
        <source>Đồng hồ máy tính đang sai: nhanh hơn giờ của máy chủ tỉnh {ahead}. Hãy chỉnh lại ngày giờ của máy này (nhờ quản trị nếu cần); dữ liệu vẫn được lưu và đồng bộ bình thường.</source>
        <translation>This computer&apos;s clock is wrong: it is ahead of the province server&apos;s time {ahead}. Please correct this PC&apos;s date and time (ask the administrator if needed); data is still saved and synced as usual.</translation>
    </message>
    <message>
        <source>Đồng hồ máy tính đang sai: chậm hơn giờ của máy chủ tỉnh {ahead}. Hãy chỉnh lại ngày giờ của máy này (nhờ quản trị nếu cần); dữ liệu vẫn được lưu và đồng bộ bình thường.</source>
        <translation>This PC&apos;s clock is wrong: {ahead} behind the province server. Please correct its date and time (ask the administrator if needed); data is still saved and synced as usual.</translation>
    </message>
    <message>
        <source>Máy này chưa được đăng ký với máy chủ tỉnh.</source>
        <translation>This PC is not enrolled with the province server.</translation>
    </message>
    <message>
        <source>Xung đột cần chọn bản giữ lại: {n}</source>
        <translation>Conflicts waiting for a choice: {n}</translation>
    </message>
    <message>
        <source>Không có xung đột nào cần chọn.</source>
        <translation>No conflicts to settle.</translation>
    </message>
    <message>
        <source>Đang gửi thay đổi và nhận dữ liệu mới từ máy chủ tỉnh…</source>
        <translation>Sending changes and receiving new data from the province server…</translation>
    </message>
    <message>
        <source>Đang dừng đồng bộ…</source>
        <translation>Stopping the sync…</translation>
    </message>
    <message>
        <source>Đã hủy đồng bộ. Những gì đã gửi ({sent}) và đã nhận ({got}) vẫn được giữ; lần đồng bộ sau sẽ làm tiếp.</source>
        <translation>Sync cancelled. What was sent ({sent}) and received ({got}) is kept; the next sync carries on.</translation>
    </message>
    <message>
        <source>Đồng bộ xong: đã gửi {sent} thay đổi, nhận {got} thay đổi.</source>
        <translation>Sync finished: {sent} changes sent, {got} changes received.</translation>
    </message>
    <message>
        <source>Có xung đột cần chọn bản giữ lại (xem bên dưới).</source>
        <translation>There are conflicts to settle (see below).</translation>
    </message>
    <message>
        <source>Chưa đồng bộ được; sẽ thử lại sau khoảng {n} phút.</source>
        <translation>Could not sync; trying again in about {n} minutes.</translation>
    </message>
</context>
<context>
    <name>SyncPageView</name>
    <message>
        <source>Đăng ký máy…</source>
        <translation>Enrol this PC…</translation>
    </message>
    <message>
        <source>Thay đổi máy chủ tỉnh không nhận; lý do được ghi lại để quản trị xem.</source>
        <translation>Changes the province server refused; the reason is kept for the administrator.</translation>
    </message>
    <message>
        <source>Mã máy đã đăng ký</source>
        <translation>Enrolled device ID</translation>
    </message>
    <message>
        <source>Đồng bộ thành công lần cuối</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Thay đổi bị từ chối</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>Tình trạng đồng bộ</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Hủy đồng bộ</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <source>Dừng lần đồng bộ này; những gì đã gửi và nhận vẫn được giữ.</source>
        <translation>Stop this sync; what was already sent and received is kept.</translation>
    </message>
    <message>
        <source>Tự động đồng bộ mỗi {n} phút khi máy đã đăng ký</source>
        <translation>Sync automatically every {n} minutes once this PC is enrolled</translation>
    </message>
    <message>
        <source>Xuất gói USB…</source>
        <translation>Export USB bundle…</translation>
    </message>
    <message>
        <source>Nhập gói USB của tỉnh…</source>
        <translation>Import the province&apos;s USB bundle…</translation>
    </message>
    <message>
        <source>Xem và chọn bản giữ lại…</source>
        <translation>Review and choose the version to keep…</translation>
    </message>
    <message>
        <source>Mọi thay đổi được lưu ngay trên máy này và chờ gửi lên máy chủ tỉnh; không có gì bị mất khi mất mạng.</source>
        <translation>Every change is saved on this PC at once and waits to be sent to the province server; nothing is lost when the network is down.</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh</source>
        <translation>Province server</translation>
    </message>
    <message>
        <source>Thay đổi chờ gửi</source>
        <translation>Changes waiting to be sent</translation>
    </message>
</context>
<context>
    <name>TargetsController</name>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Chỉ lãnh đạo hoặc quản trị viên mới được sửa chỉ tiêu và giờ làm việc.</source>
        <translation>Only a leader or an administrator may change the targets and office hours.</translation>
    </message>
    <message>
        <source>Chỉ tiêu của xã theo Quyết định 766/QĐ-TTg; chỉ số dưới chỉ tiêu tô đỏ ở Sổ chuyển đổi số.</source>
        <translation>The commune&apos;s targets under Decision 766/QĐ-TTg; a rate below its target shows in red in the DX workbook.</translation>
    </message>
    <message>
        <source>Hồ sơ trực tuyến nộp ngoài giờ làm việc được tính từ giờ mở cửa của ngày làm việc tiếp theo.</source>
        <translation>An online dossier filed outside office hours counts from the opening time of the next working day.</translation>
    </message>
    <message>
        <source>Giờ mở cửa</source>
        <translation>Opens at</translation>
    </message>
    <message>
        <source>Giờ đóng cửa</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Mã nhiệm vụ</source>
        <translation>Task code</translation>
    </message>
    <message>
        <source>Tên nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Văn bản giao</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>Ví dụ: Kế hoạch 02-KH/BCĐTW ngày 19/06/2025</source>
        <translation>e.g. Plan 02-KH/BCĐTW of 19/06/2025</translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Thành lập tổ công nghệ số: {village}</source>
        <translation>Set up the digital team: {village}</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Ví dụ: 125/QĐ-UBND</source>
        <translation>E.g. 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TrainingPageController</name>
    <message>
        <source>Giờ học theo người năm nay</source>
        <translation>Hours per person this year</translation>
    </message>
    <message>
        <source>Giờ học theo người năm {year}</source>
        <translation>Hours per person in {year}</translation>
    </message>
    <message>
        <source>Khóa đào tạo năm {year}</source>
        <translation>Training courses {year}</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Chọn một khóa học để xem học viên.</source>
        <translation>Choose a course to see its participants.</translation>
    </message>
    <message>
        <source>{topic} — {n} học viên: {present} có mặt, {absent} vắng mặt</source>
        <translation>{topic} — {n} participants: {present} present, {absent} absent</translation>
    </message>
    <message>
        <source>{topic} — {n} học viên</source>
        <translation>{topic} — {n} participants</translation>
    </message>
    <message>
        <source>Xóa khóa học “{topic}” cùng danh sách học viên của khóa?</source>
        <translation>Delete the course “{topic}” together with its participants?</translation>
    </message>
    <message>
        <source>Xóa {name} khỏi khóa học “{topic}”?</source>
        <translation>Remove {name} from the course “{topic}”?</translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chưa có khóa học nào trong năm {year}. Bấm “Thêm khóa học” (Ctrl+N) để ghi khóa đầu tiên.</source>
        <translation>No courses in {year} yet. Press “Add course” (Ctrl+N) to record the first one.</translation>
    </message>
    <message>
        <source>Không tìm thấy khóa học nào.</source>
        <translation>No course found.</translation>
    </message>
    <message>
        <source>{n} khóa học · {people} lượt học viên · {hours} giờ học</source>
        <translation>{n} courses · {people} attendances · {hours} hours of training</translation>
    </message>
</context>
<context>
    <name>TrainingPageView</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tìm khóa học, đơn vị tổ chức, học viên (gõ không dấu cũng được)</source>
        <translation>Search courses, organisers, participants (accents optional)</translation>
    </message>
    <message>
        <source>Thêm khóa học</source>
        <translation>Add course</translation>
    </message>
    <message>
        <source>Thêm khóa học mới (Ctrl+N)</source>
        <translation>Add a new course (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sửa khóa học</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>Xóa khóa học</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Nhập danh sách học viên của một hoặc nhiều khóa học từ tệp Excel, CSV</source>
        <translation>Import the participants of one or more courses from an Excel or CSV file</translation>
    </message>
    <message>
        <source>Thêm học viên</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Sửa học viên</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Xóa học viên</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Học viên của khóa học</source>
        <translation>Course participants</translation>
    </message>
    <message>
        <source>Giờ học theo người năm nay</source>
        <translation>Hours per person this year</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Sửa đơn vị hành chính</source>
        <translation>Correct the administrative unit</translation>
    </message>
    <message>
        <source>Hiện tại</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>{name} (mã {code}), {province}</source>
        <translation>{name} (code {code}), {province}</translation>
    </message>
    <message>
        <source>Tỉnh/thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Ví dụ: quang ninh</source>
        <translation>For example: quang ninh</translation>
    </message>
    <message>
        <source>Đơn vị đúng</source>
        <translation>Correct unit</translation>
    </message>
    <message>
        <source>Ví dụ: hai ninh</source>
        <translation>For example: hai ninh</translation>
    </message>
    <message>
        <source>Mọi hồ sơ, sổ sách đã nhập trên máy này sẽ chuyển sang đơn vị mới. Việc sửa được ghi vào nhật ký.</source>
        <translation>Every dossier and record entered on this PC moves to the new unit. The correction is written to the audit log.</translation>
    </message>
    <message>
        <source>Sửa đơn vị</source>
        <translation>Correct unit</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <source>Thêm thôn, tổ dân phố</source>
        <translation>Add a village</translation>
    </message>
    <message>
        <source>Sửa thôn: {name}</source>
        <translation>Edit village: {name}</translation>
    </message>
    <message>
        <source>Tên thôn, tổ dân phố</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>Ví dụ: Thôn Khe Cát</source>
        <translation>E.g. Thôn Khe Cát</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Sóng tốt</source>
        <translation>Good signal</translation>
    </message>
    <message>
        <source>Sóng yếu</source>
        <translation>Weak signal</translation>
    </message>
    <message>
        <source>Không có sóng</source>
        <translation>No signal</translation>
    </message>
    <message>
        <source>Sóng 4G/5G</source>
        <translation>4G/5G signal</translation>
    </message>
    <message>
        <source>Có cáp quang (Internet cố định)</source>
        <translation>Fibre (fixed Internet)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>WorkbookPageController</name>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{n} nhiệm vụ quá hạn</source>
        <translation>Overdue tasks: {n}</translation>
    </message>
    <message>
        <source>{n} kiến nghị quá 30 ngày chưa được trả lời</source>
        <translation>Recommendations unanswered after 30 days: {n}</translation>
    </message>
    <message>
        <source>{n} thôn chưa có tổ công nghệ số</source>
        <translation>Villages without a digital technology team: {n}</translation>
    </message>
    <message>
        <source>{n} thôn không có sóng 4G/5G</source>
        <translation>Villages without 4G/5G signal: {n}</translation>
    </message>
    <message>
        <source>Không có việc cần xử lý gấp.</source>
        <translation>Nothing needs urgent attention.</translation>
    </message>
    <message>
        <source>Kỳ {start} – {end} (số liệu đến ngày {today})</source>
        <translation>Period {start} – {end} (figures to {today})</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Below target</translation>
    </message>
    <message>
        <source>Báo cáo chuyển đổi số {period}: chưa khóa số liệu.</source>
        <translation>Digital-transformation report, {period}: not closed.</translation>
    </message>
    <message>
        <source>Báo cáo chuyển đổi số {period}: đã khóa số liệu ngày {day} ({who}), SHA-256 {sha}…</source>
        <translation>Digital-transformation report, {period}: closed on {day} ({who}), SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>Bản đã khóa: {path}</source>
        <translation>Closed paper: {path}</translation>
    </message>
    <message>
        <source>Khóa số liệu báo cáo CĐS</source>
        <translation>Close the DT report</translation>
    </message>
    <message>
        <source>Ký duyệt và khóa số liệu báo cáo chuyển đổi số {period}? Bản in lại sau này sẽ giữ đúng số liệu này, trừ khi lãnh đạo mở lại.</source>
        <translation>Sign off and close the digital-transformation report of {period}? Later reprints keep exactly these figures unless a leader reopens it.</translation>
    </message>
    <message>
        <source>Khóa số liệu</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang khóa số liệu…</source>
        <translation>Closing…</translation>
    </message>
    <message>
        <source>Mở lại báo cáo CĐS</source>
        <translation>Reopen the DT report</translation>
    </message>
    <message>
        <source>Lý do mở lại (được ghi vào nhật ký):</source>
        <translation>Reason for reopening (kept in the audit log):</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Tại ngày {day}: {on_time} hoàn thành đúng hạn, {late} hoàn thành trễ hạn, {open} đang thực hiện, {overdue} quá hạn</source>
        <translation>As of {day}: {on_time} done on time, {late} done late, {open} in progress, {overdue} overdue</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Chưa có tổ</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Thôn chưa có tổ: {names}</source>
        <translation>Villages without a team: {names}</translation>
    </message>
    <message>
        <source>Thôn nào cũng đã có tổ công nghệ số.</source>
        <translation>Every village has a digital technology team.</translation>
    </message>
    <message>
        <source>{n} hộ</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>Từ {start} đến {end}: {n} sự cố, {hours} giờ; ảnh hưởng: {affected}</source>
        <translation>{start} to {end}: {n} outages, {hours} h; affected: {affected}</translation>
    </message>
    <message>
        <source>Đang mất</source>
        <translation>Ongoing</translation>
    </message>
</context>
<context>
    <name>WorkbookPageView</name>
    <message>
        <source>Sổ chuyển đổi số</source>
        <translation>Digital-transformation workbook</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Văn bản giao</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation>Village / residential group</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Sóng 4G/5G</source>
        <translation>4G/5G signal</translation>
    </message>
    <message>
        <source>Cáp quang</source>
        <translation>Fixed broadband</translation>
    </message>
    <message>
        <source>Tổ công nghệ số</source>
        <translation>Digital technology team</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Buổi hỗ trợ</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Người được hỗ trợ</source>
        <translation>People helped</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Số ngày chờ</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <source>Chỉ tiêu (Quyết định 766)</source>
        <translation>Rate (Decision 766)</translation>
    </message>
    <message>
        <source>Đạt / tổng số</source>
        <translation>Counted / of</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Chỉ tiêu của xã</source>
        <translation>Commune&apos;s target</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ mới (Ctrl+N)</source>
        <translation>Add a new task (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ghi hoàn thành</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Ghi ngày hoàn thành và minh chứng của nhiệm vụ đang chọn</source>
        <translation>Record the completion date and evidence of the selected task</translation>
    </message>
    <message>
        <source>Thêm thôn</source>
        <translation>Add village</translation>
    </message>
    <message>
        <source>Sửa thôn</source>
        <translation>Edit village</translation>
    </message>
    <message>
        <source>Thành lập tổ</source>
        <translation>Set up team</translation>
    </message>
    <message>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Ghi buổi hỗ trợ</source>
        <translation>Log session</translation>
    </message>
    <message>
        <source>Ghi sự cố</source>
        <translation>Log outage</translation>
    </message>
    <message>
        <source>Thêm kiến nghị</source>
        <translation>Add recommendation</translation>
    </message>
    <message>
        <source>Ghi trả lời</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Thôn và tổ công nghệ số</source>
        <translation>Villages and teams</translation>
    </message>
    <message>
        <source>Sóng, mất kết nối</source>
        <translation>Coverage and outages</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Khóa số liệu báo cáo CĐS</source>
        <translation>Close the DT report</translation>
    </message>
    <message>
        <source>Lãnh đạo ký duyệt, khóa số liệu báo cáo chuyển đổi số của tháng đã kết thúc</source>
        <translation>A leader signs off and closes the digital-transformation report of the month that has ended</translation>
    </message>
    <message>
        <source>Mở lại báo cáo CĐS</source>
        <translation>Reopen the DT report</translation>
    </message>
    <message>
        <source>Chỉ số 766</source>
        <translation>Decision 766</translation>
    </message>
</context>
<context>
    <name>WorkbookTiles</name>
    <message>
        <source>Nhiệm vụ quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>Kiến nghị chờ trả lời</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <source>Thôn cần quan tâm</source>
        <translation>Villages to watch</translation>
    </message>
    <message>
        <source>Bấm (hoặc Enter) để mở Sổ chuyển đổi số.</source>
        <translation>Click (or press Enter) to open the digital-transformation workbook.</translation>
    </message>
</context>
<context>
    <name>WorkbookTilesController</name>
    <message>
        <source>{open} đang thực hiện</source>
        <translation>{open} in progress</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ quá hạn.</source>
        <translation>No overdue tasks.</translation>
    </message>
    <message>
        <source>quá 30 ngày</source>
        <translation>over 30 days</translation>
    </message>
    <message>
        <source>Không có kiến nghị nào chờ quá 30 ngày.</source>
        <translation>No recommendation has waited more than 30 days.</translation>
    </message>
    <message>
        <source>không sóng {signal} · chưa có tổ {team}</source>
        <translation>no signal {signal} · no team {team}</translation>
    </message>
    <message>
        <source>Không có sóng 4G/5G: {names}</source>
        <translation>No 4G/5G signal: {names}</translation>
    </message>
    <message>
        <source>Chưa có tổ công nghệ số: {names}</source>
        <translation>No digital team: {names}</translation>
    </message>
    <message>
        <source>Thôn nào cũng có sóng và có tổ công nghệ số.</source>
        <translation>Every village has signal and a digital team.</translation>
    </message>
</context>
</TS>

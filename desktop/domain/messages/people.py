"""Sentences about officers, accounts and training.

Each entry: key → (Vietnamese template, English template); see desktop.domain.messages for the conventions.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "label.full_name": (
        "họ tên",
        "full name",
    ),
    "login.invalid": (
        "Tên đăng nhập hoặc mật khẩu không đúng.",
        "Wrong username or password.",
    ),
    "login.locked": (
        "Tài khoản tạm khóa vì nhập sai mật khẩu {max_failed_logins} lần liên tiếp. Vui lòng thử lại sau "
        "{minutes} phút.",
        "The account is locked after {max_failed_logins} wrong passwords in a row. Please try again in {minutes} "
        "minute(s).",
    ),
    "username.invalid": (
        "Tên đăng nhập dài 3–32 ký tự, chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang.",
        "The username must be 3–32 characters: lower-case letters, digits, dots and dashes.",
    ),
    "*.too_short": (
        "Mật khẩu phải có ít nhất {min_password} ký tự.",
        "The password must have at least {min_password} characters.",
    ),
    "username.required": (
        "Vui lòng nhập tên đăng nhập.",
        "Please enter a username.",
    ),
    "role.invalid": (
        "Vai trò phải là cán bộ, lãnh đạo hoặc quản trị.",
        "The role must be officer, leader or admin.",
    ),
    "username.duplicate": (
        "Tên đăng nhập “{username}” đã được dùng.",
        "The username “{username}” is already taken.",
    ),
    "*.last_admin": (
        "Phải còn ít nhất một tài khoản quản trị đang hoạt động.",
        "At least one active administrator account must remain.",
    ),
    "username.required#add_officer": (
        "Vui lòng nhập tên đăng nhập cho mật khẩu này.",
        "Please enter a username for this password.",
    ),
    "action.create_accounts_or_assign_roles": (
        "tạo tài khoản hoặc phân vai trò",
        "create accounts or assign roles",
    ),
    "action.reset_another_user_s_password": (
        "đặt lại mật khẩu của người khác",
        "reset another user's password",
    ),
    "action.change_roles_or_accounts": (
        "đổi vai trò hoặc tài khoản",
        "change roles or accounts",
    ),
    "action.disable_or_enable_accounts": (
        "khóa hoặc mở tài khoản",
        "disable or enable accounts",
    ),
    "old_password.wrong": (
        "Mật khẩu hiện tại không đúng.",
        "The current password is wrong.",
    ),
    "login.inactive": (
        "Tài khoản này đã ngừng sử dụng. Hãy liên hệ quản trị.",
        "This account has been deactivated. Please contact the administrator.",
    ),
    "*.invalid#hours": (
        "Số giờ phải là số từ 0 đến {top:g}.",
        "The hours must be a number from 0 to {top:g}.",
    ),
    "label.course_topic": (
        "chủ đề khóa học",
        "course topic",
    ),
    "start_date.required": (
        "Vui lòng nhập ngày bắt đầu.",
        "Please enter the start date.",
    ),
    "end_date.before_start": (
        "Ngày kết thúc không được trước ngày bắt đầu.",
        "The end date cannot be before the start date.",
    ),
    "hours.invalid": (
        "Số giờ của khóa học phải lớn hơn 0.",
        "The course must last more than 0 hours.",
    ),
    "label.person_s_name": (
        "họ tên học viên",
        "person's name",
    ),
    "hours_attended.absent": (
        "Học viên vắng mặt thì số giờ phải là 0.",
        "An absent participant has 0 hours.",
    ),
    "certificate_date.before_course": (
        "Ngày cấp chứng chỉ không được trước ngày bắt đầu khóa học.",
        "The certificate date cannot be before the course starts.",
    ),
    "certificate_date.required": (
        "Vui lòng nhập ngày cấp chứng chỉ trước khi nhập ngày hết hạn.",
        "Please enter the certificate date before its expiry.",
    ),
    "certificate_expiry.before_issue": (
        "Ngày hết hạn phải sau ngày cấp chứng chỉ.",
        "The expiry must be after the certificate date.",
    ),
    "hours.below_attended": (
        "Số giờ khóa học không được ít hơn số giờ học viên đã tham dự.",
        "The course hours cannot be fewer than hours already attended.",
    ),
    "start_date.after_certificate": (
        "Ngày bắt đầu không được sau ngày cấp chứng chỉ của học viên.",
        "The start date cannot be after a participant's certificate date.",
    ),
    "officer_id.not_found": (
        "Không tìm thấy cán bộ này.",
        "This officer was not found.",
    ),
    "officer_id.duplicate": (
        "{full_name} đã có trong khóa học này.",
        "{full_name} is already in this course.",
    ),
    "confirm.mismatch": (
        "Hai lần nhập mật khẩu mới không khớp.",
        "The two new passwords do not match.",
    ),
}

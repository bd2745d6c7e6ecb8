<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>DossierPageController</name>
    <message>
        <source>{n}{more} hồ sơ</source>
        <translation>{n}{more} dossiers</translation>
    </message>
</context>
<context>
    <name>DossierPageView</name>
    <message>
        <source>Tìm theo mã, người nộp, thủ tục (gõ không dấu cũng được)</source>
        <translation>Search by code, applicant or procedure (accents optional)</translation>
    </message>
    <message>
        <source>Tất cả hồ sơ</source>
        <translation>All dossiers</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
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
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Bưu chính</source>
        <translation>Postal</translation>
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
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>PlaceholderWindow</name>
    <message>
        <source>CommuneDesk</source>
        <translation>CommuneDesk</translation>
    </message>
    <message>
        <source>Chưa thiết lập xã/phường. Chạy “commune-desk demo” hoặc “commune-desk setup”.</source>
        <translation>No commune set up yet. Run “commune-desk demo” or “commune-desk setup”.</translation>
    </message>
    <message>
        <source>{name}, {province} — CommuneDesk {version}</source>
        <translation>{name}, {province} — CommuneDesk {version}</translation>
    </message>
</context>
</TS>
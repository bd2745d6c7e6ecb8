"""The equipment vocabulary: kinds of device, their statuses and the kinds of event, with their Vietnamese labels.

The labels are part of a device's search text ("máy in" finds the printers), so the store reads them from here too.
"""

from __future__ import annotations

KINDS = {"pc": "Máy tính để bàn", "laptop": "Máy tính xách tay", "printer": "Máy in", "scanner": "Máy quét",
         "signature_token": "Chữ ký số (USB token)", "network_link": "Đường truyền mạng",
         "router": "Bộ định tuyến (router)", "ups": "Bộ lưu điện (UPS)", "camera": "Camera", "other": "Khác"}
STATUSES = {"in_use": "Đang sử dụng", "degraded": "Hoạt động kém", "broken": "Hỏng", "in_repair": "Đang sửa chữa",
            "spare": "Dự phòng", "retired": "Đã thanh lý"}
EVENT_KINDS = {"status_change": "Đổi tình trạng", "maintenance": "Bảo trì", "repair": "Sửa chữa",
               "outage": "Mất kết nối", "audit_seen": "Kiểm kê: có mặt", "audit_missing": "Kiểm kê: không thấy"}

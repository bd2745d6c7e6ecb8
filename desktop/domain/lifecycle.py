"""The dossier state machine: statuses, the actions that move between them, and what each means for the clock."""

from __future__ import annotations

from enum import IntEnum

from desktop.domain.errors import TransitionError, ValidationError
from desktop.domain.messages import Term


class Status(IntEnum):
    """Dossier statuses, numbered as provincial one-stop systems number them (DOMAIN.md §2)."""

    REGISTERED = 1
    RECEIVED = 2
    REFUSED = 3
    IN_PROGRESS = 4
    AWAITING_SUPPLEMENT = 5
    AWAITING_PAYMENT = 6
    WITHDRAWN = 7
    STOPPED = 8
    FINISHED = 9
    RETURNED = 10


# (Vietnamese, English); Vietnamese is the wording officers know from the provincial system.
STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.REGISTERED: ("Mới đăng ký", "Registered online"),
    Status.RECEIVED: ("Đã tiếp nhận", "Received"),
    Status.REFUSED: ("Từ chối tiếp nhận", "Refused"),
    Status.IN_PROGRESS: ("Đang xử lý", "In progress"),
    Status.AWAITING_SUPPLEMENT: ("Chờ bổ sung", "Awaiting supplement"),
    Status.AWAITING_PAYMENT: ("Chờ thực hiện nghĩa vụ tài chính", "Awaiting payment of fees and taxes"),
    Status.WITHDRAWN: ("Công dân rút hồ sơ", "Withdrawn by the citizen"),
    Status.STOPPED: ("Dừng xử lý", "Processing stopped"),
    Status.FINISHED: ("Đã xử lý xong", "Finished, result ready"),
    Status.RETURNED: ("Đã trả kết quả", "Result returned"),
}

ACCEPT = "accept"
REFUSE = "refuse"
START = "start"
REQUEST_SUPPLEMENT = "request-supplement"
SUPPLEMENT_RECEIVED = "supplement-received"
REQUEST_PAYMENT = "request-payment"
PAYMENT_RECEIVED = "payment-received"
WITHDRAW = "withdraw"
STOP = "stop"
FINISH = "finish"
RETURN = "return"
# Desk decisions that keep the status but change the appointment (DOMAIN.md §2).
EXTEND = "extend"
APOLOGISE = "apologise"

_S = Status
# action -> (statuses it may start from, status it leads to). Insertion order is the order menus list actions in.
TRANSITIONS: dict[str, tuple[frozenset[Status], Status]] = {
    ACCEPT: (frozenset({_S.REGISTERED}), _S.RECEIVED),
    # A refusal to accept happens at the reception check, before any receipt (DOMAIN.md §2): once received, the
    # desk can only refuse to resolve, which is `finish` with a refusal result.
    REFUSE: (frozenset({_S.REGISTERED}), _S.REFUSED),
    START: (frozenset({_S.RECEIVED}), _S.IN_PROGRESS),
    REQUEST_SUPPLEMENT: (frozenset({_S.RECEIVED, _S.IN_PROGRESS}), _S.AWAITING_SUPPLEMENT),
    SUPPLEMENT_RECEIVED: (frozenset({_S.AWAITING_SUPPLEMENT}), _S.IN_PROGRESS),
    REQUEST_PAYMENT: (frozenset({_S.IN_PROGRESS}), _S.AWAITING_PAYMENT),
    PAYMENT_RECEIVED: (frozenset({_S.AWAITING_PAYMENT}), _S.IN_PROGRESS),
    WITHDRAW: (
        frozenset({_S.REGISTERED, _S.RECEIVED, _S.IN_PROGRESS, _S.AWAITING_SUPPLEMENT, _S.AWAITING_PAYMENT}),
        _S.WITHDRAWN,
    ),
    STOP: (frozenset({_S.IN_PROGRESS, _S.AWAITING_SUPPLEMENT, _S.AWAITING_PAYMENT}), _S.STOPPED),
    FINISH: (frozenset({_S.RECEIVED, _S.IN_PROGRESS, _S.AWAITING_PAYMENT}), _S.FINISHED),
    RETURN: (frozenset({_S.FINISHED}), _S.RETURNED),
}

ACTION_LABELS: dict[str, tuple[str, str]] = {
    ACCEPT: ("Tiếp nhận hồ sơ", "Accept"),
    REFUSE: ("Từ chối tiếp nhận", "Refuse"),
    START: ("Chuyển xử lý", "Start processing"),
    REQUEST_SUPPLEMENT: ("Yêu cầu bổ sung", "Request a supplement"),
    SUPPLEMENT_RECEIVED: ("Nhận hồ sơ bổ sung", "Supplement received"),
    REQUEST_PAYMENT: ("Yêu cầu thực hiện nghĩa vụ tài chính", "Request payment"),
    PAYMENT_RECEIVED: ("Đã thực hiện nghĩa vụ tài chính", "Payment received"),
    WITHDRAW: ("Công dân rút hồ sơ", "Withdraw"),
    STOP: ("Dừng xử lý", "Stop processing"),
    FINISH: ("Hoàn thành xử lý", "Finish"),
    RETURN: ("Trả kết quả", "Return the result"),
    EXTEND: ("Gia hạn thời gian giải quyết", "Extend the time"),
    APOLOGISE: ("Xin lỗi và hẹn lại ngày trả kết quả", "Apologise and set a new date"),
}

# Decisions that keep the status, and the statuses they may be taken in: the clock must be running (an extension
# is decided before the time runs out; an apology when it has or will have).
_RUNNING = frozenset({_S.RECEIVED, _S.IN_PROGRESS, _S.AWAITING_PAYMENT})
DESK_DECISIONS: dict[str, frozenset[Status]] = {EXTEND: _RUNNING, APOLOGISE: _RUNNING}
# Results of a resolved dossier: the request granted, or refused in writing (still resolved, DOMAIN.md §2).
RESULT_GRANTED = "granted"
RESULT_REFUSED = "refused"
RESULTS = (RESULT_GRANTED, RESULT_REFUSED)

OPEN_STATUSES = frozenset({_S.REGISTERED, _S.RECEIVED, _S.IN_PROGRESS, _S.AWAITING_SUPPLEMENT, _S.AWAITING_PAYMENT})
TERMINAL_STATUSES = frozenset({_S.REFUSED, _S.WITHDRAWN, _S.STOPPED, _S.RETURNED})
# Settled = the commune produced its result: these are the dossiers the statistics count as "đã giải quyết" and
# that get a timeliness outcome. Refused, withdrawn and stopped dossiers are closed but not settled.
SETTLED_STATUSES = frozenset({_S.FINISHED, _S.RETURNED})


def _status(value: int) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise ValidationError("status.unknown", field="status", value=value) from None


def _check_action(action: str) -> None:
    if action not in TRANSITIONS and action not in DESK_DECISIONS:
        raise ValidationError("action.unknown", field="action", action=action, transitions=', '.join(TRANSITIONS))


def allowed_actions(status: int) -> list[str]:
    """Actions that may be taken on a dossier in `status`, in menu order; empty for terminal statuses."""
    current = _status(status)
    return [action for action, (sources, _) in TRANSITIONS.items() if current in sources]


def next_status(status: int, action: str) -> Status:
    """Return the status `action` leads to from `status`, or raise TransitionError if it is not allowed there.

    A desk decision (extend, apologise) leads back to the status it was taken in."""
    current = _status(status)
    _check_action(action)
    sources, target = TRANSITIONS[action] if action in TRANSITIONS else (DESK_DECISIONS[action], current)
    if current not in sources:
        raise TransitionError("status.transition", field="status", action=action,
                              action_label=Term(*ACTION_LABELS[action]), status_label=Term(*STATUS_LABELS[current]))
    return target


def pauses_clock(action: str) -> bool:
    """True when the statutory time stops running after `action` (waiting for the citizen's supplement)."""
    _check_action(action)
    return action == REQUEST_SUPPLEMENT


def pauses_for_payment(action: str) -> bool:
    """True when, for a procedure that pauses for taxes and fees, the clock stops after `action`."""
    _check_action(action)
    return action == REQUEST_PAYMENT


def resumes_after_payment(action: str) -> bool:
    """True when a payment pause ends with `action`: the due date moves by the working days waited."""
    _check_action(action)
    return action == PAYMENT_RECEIVED


def check_result(result: str) -> str:
    """A finishing result, '' meaning granted."""
    result = (result or RESULT_GRANTED).strip()
    if result not in RESULTS:
        raise ValidationError("result.invalid", field="result")
    return "" if result == RESULT_GRANTED else result


def restarts_clock(action: str) -> bool:
    """True when the statutory time starts again in full from the day of `action` (a complete supplement)."""
    _check_action(action)
    return action == SUPPLEMENT_RECEIVED


def is_open(status: int) -> bool:
    """True while the commune still owes the citizen a decision."""
    return _status(status) in OPEN_STATUSES


def is_terminal(status: int) -> bool:
    """True when no action can follow."""
    return _status(status) in TERMINAL_STATUSES


def is_settled(status: int) -> bool:
    """True once a result has been produced (finished or returned)."""
    return _status(status) in SETTLED_STATUSES

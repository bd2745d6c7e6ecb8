"""Tests for desktop.domain.lifecycle: the dossier state machine checked against the table officers work by."""

from __future__ import annotations

import pytest

from desktop.domain.errors import TransitionError, ValidationError
from desktop.domain.lifecycle import (
    ACTION_LABELS,
    STATUS_LABELS,
    TRANSITIONS,
    Status,
    allowed_actions,
    check_result,
    is_open,
    is_settled,
    is_terminal,
    next_status,
    pauses_clock,
    pauses_for_payment,
    restarts_clock,
    resumes_after_payment,
)

# The expected table, written out independently of the module's own TRANSITIONS.
EXPECTED: dict[tuple[int, str], int] = {
    (1, "accept"): 2,
    (1, "refuse"): 3,
    (2, "start"): 4,
    (2, "request-supplement"): 5,
    (4, "request-supplement"): 5,
    (5, "supplement-received"): 4,
    (4, "request-payment"): 6,
    (6, "payment-received"): 4,
    **{(s, "withdraw"): 7 for s in (1, 2, 4, 5, 6)},
    **{(s, "stop"): 8 for s in (4, 5, 6)},
    **{(s, "finish"): 9 for s in (2, 4, 6)},
    (9, "return"): 10,
}
ACTIONS = [
    "accept", "refuse", "start", "request-supplement", "supplement-received", "request-payment",
    "payment-received", "withdraw", "stop", "finish", "return",
]  # fmt: skip
PAIRS = [(s, a) for s in range(1, 11) for a in ACTIONS]


def test_action_names_and_labels() -> None:
    assert list(TRANSITIONS) == ACTIONS
    assert set(ACTION_LABELS) == {*ACTIONS, "extend", "apologise"}
    assert [int(s) for s in STATUS_LABELS] == list(range(1, 11))
    assert STATUS_LABELS[Status.AWAITING_SUPPLEMENT][0] == "Chờ bổ sung"
    assert STATUS_LABELS[Status.REGISTERED] == ("Mới đăng ký", "Registered online")


@pytest.mark.parametrize(("status", "action"), PAIRS)
def test_every_status_action_pair_follows_the_table(status: int, action: str) -> None:
    if (status, action) in EXPECTED:
        assert next_status(status, action) == EXPECTED[(status, action)]
        assert action in allowed_actions(status)
    else:
        with pytest.raises(TransitionError) as caught:
            next_status(status, action)
        assert caught.value.code == "status.transition"
        assert caught.value.field == "status"
        assert action not in allowed_actions(status)


def test_refusal_message_names_state_and_action() -> None:
    with pytest.raises(TransitionError) as caught:
        next_status(Status.RETURNED, "accept")
    assert "Đã trả kết quả" in caught.value.message_vi and "Tiếp nhận" in caught.value.message_vi
    assert "accept" in caught.value.message_en and "Result returned" in caught.value.message_en


def test_allowed_actions_in_menu_order() -> None:
    assert allowed_actions(4) == ["request-supplement", "request-payment", "withdraw", "stop", "finish"]
    assert allowed_actions(Status.REGISTERED) == ["accept", "refuse", "withdraw"]


@pytest.mark.parametrize("status", [3, 7, 8, 10])
def test_terminal_statuses_allow_nothing(status: int) -> None:
    assert allowed_actions(status) == []
    assert is_terminal(status)
    assert not is_open(status)


def test_status_classes() -> None:
    assert [s for s in range(1, 11) if is_open(s)] == [1, 2, 4, 5, 6]
    assert [s for s in range(1, 11) if is_settled(s)] == [9, 10]
    assert not is_terminal(9)


def test_unknown_action_and_status() -> None:
    with pytest.raises(ValidationError) as caught:
        next_status(1, "approve")
    assert caught.value.field == "action"
    assert not isinstance(caught.value, TransitionError)
    with pytest.raises(ValidationError) as caught:
        next_status(11, "accept")
    assert caught.value.field == "status"
    with pytest.raises(ValidationError):
        pauses_clock("approve")


def test_clock_rules() -> None:
    assert [a for a in ACTIONS if pauses_clock(a)] == ["request-supplement"]
    assert [a for a in ACTIONS if restarts_clock(a)] == ["supplement-received"]


@pytest.mark.parametrize("action", ["extend", "apologise"])
def test_desk_decisions_keep_the_status_while_the_clock_runs(action: str) -> None:
    for status in range(1, 11):
        if status in (2, 4, 6):
            assert next_status(status, action) == status
        else:
            with pytest.raises(TransitionError):
                next_status(status, action)
        assert action not in allowed_actions(status)  # they need days or a date: not plain menu actions


def test_refusal_to_accept_only_before_a_receipt() -> None:
    assert next_status(Status.REGISTERED, "refuse") == Status.REFUSED
    for status in (Status.RECEIVED, Status.IN_PROGRESS):
        with pytest.raises(TransitionError):
            next_status(status, "refuse")


def test_results_of_a_finished_dossier() -> None:
    assert check_result("") == "" and check_result("granted") == ""
    assert check_result("refused") == "refused"
    with pytest.raises(ValidationError) as caught:
        check_result("maybe")
    assert caught.value.field == "result"


def test_payment_pause_actions() -> None:
    assert [a for a in ACTIONS if pauses_for_payment(a)] == ["request-payment"]
    assert [a for a in ACTIONS if resumes_after_payment(a)] == ["payment-received"]

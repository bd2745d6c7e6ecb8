"""The Decision 766 rules on hand-made dossiers: which dossiers each rate counts, null when nothing to count, the
rating and target checks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain import index766 as rules
from desktop.domain.errors import ValidationError
from desktop.domain.form06 import form06_row
from desktop.domain.form06_rules import DossierFacts, Window, count_form06
from desktop.domain.index766 import IndexFacts, Marks
from desktop.domain.lifecycle import Status

W = Window.of(date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 4))


def settled(day: int, marks: Marks, *, finished: bool = True, fee: bool = False, **kw: object) -> IndexFacts:
    at = datetime(2026, 11, day, 3)
    values: dict[str, object] = {
        "received_at": datetime(2026, 11, 1, 3), "channel": "online", "due_date": date(2026, 11, 20),
        "status": int(Status.FINISHED if finished else Status.WITHDRAWN), "finished_at": at if finished else None,
        "closed_at": None if finished else at, "settled_at": at, "outcome": "on_time" if finished else None}
    facts = DossierFacts(**{**values, **kw})  # type: ignore[arg-type]
    return IndexFacts(facts, marks, fee_paying=fee)


def test_withdrawn_counts_for_digitisation_not_for_electronic_result() -> None:
    ratios = rules.count_index([settled(5, Marks(digitised=True, e_result=True)),
                                settled(6, Marks(digitised=False), finished=False)], W)
    assert (ratios[rules.DIGITISATION].counted, ratios[rules.DIGITISATION].of) == (1, 2)
    assert (ratios[rules.E_RESULT].counted, ratios[rules.E_RESULT].of) == (1, 1)


def test_outside_the_period_or_deleted_counts_nowhere() -> None:
    ratios = rules.count_index([settled(5, Marks(digitised=True), deleted=True)], W)
    assert all(r.of == 0 and r.rate is None for r in ratios.values())
    december = Window.of(date(2026, 12, 1), date(2026, 12, 31), date(2026, 12, 4))
    assert rules.count_index([settled(5, Marks(digitised=True))], december)[rules.DIGITISATION].rate is None


def test_payment_over_fee_paying_and_satisfaction_over_rated() -> None:
    ratios = rules.count_index([
        settled(2, Marks(paid_online=True, rating=4), fee=True),
        settled(3, Marks(paid_online=False, rating=3), fee=True),
        settled(4, Marks(paid_online=True)),  # free: paying online means nothing here
    ], W)
    assert ratios[rules.PAYMENT].rate == 0.5 and ratios[rules.PAYMENT].of == 2
    assert ratios[rules.SATISFACTION].rate == 0.5 and ratios[rules.SATISFACTION].of == 2


def test_online_and_on_time_are_the_form06_counts() -> None:
    late = settled(25, Marks(), outcome="late")
    ratios = rules.count_index([settled(2, Marks()), late], W)
    assert ratios[rules.ON_TIME].rate == 0.5
    assert ratios[rules.ONLINE].rate == 1.0 and ratios[rules.FULL_ONLINE].rate == 0.0


def test_on_time_is_the_form06a_rate_withdrawn_and_unrated_count_as_on_time() -> None:
    # Worked example: finished on time, finished late, withdrawn, finished with no outcome recorded. Form II.06a puts
    # the withdrawn and the unrated in column (9): [(8) + (9)] / (7) = (0 + 3) / 4 = 75 %, where counting only the
    # finished with an outcome ((early + on time) / resolved) gave 1 / 3.
    dossiers = [settled(2, Marks()), settled(25, Marks(), outcome="late"), settled(6, Marks(), finished=False),
                settled(7, Marks(), outcome=None)]
    on_time = rules.count_index(dossiers, W)[rules.ON_TIME]
    assert (on_time.counted, on_time.of, on_time.rate) == (3, 4, 0.75)
    form = form06_row("", "", count_form06([f.dossier for f in dossiers], W))
    assert on_time.rate == form.form_on_time_rate


def test_below_target_only_with_something_counted() -> None:
    low, none = rules.rates({k: rules.Ratio(1, 2) if k == rules.ONLINE else rules.Ratio(0, 0)
                             for k in rules.RATE_KEYS}, {rules.ONLINE: 0.8})[:2]
    assert low.below and low.target == 0.8
    assert not none.below and none.rate is None


@pytest.mark.parametrize("rating", [0, 6, -1])
def test_rating_outside_scale(rating: int) -> None:
    with pytest.raises(ValidationError) as exc:
        rules.check_rating(rating)
    assert exc.value.code == "rating.invalid"


def test_target_as_percentage_or_fraction() -> None:
    assert rules.check_target(rules.ONLINE, 80) == 0.8 == rules.check_target(rules.ONLINE, 0.8)
    for bad in (-0.1, 101):
        with pytest.raises(ValidationError):
            rules.check_target(rules.ONLINE, bad)
    with pytest.raises(ValidationError):
        rules.check_target("speed", 0.5)

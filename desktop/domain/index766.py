"""Decision 766/QĐ-TTg: the marks one dossier carries and the commune's rates for a period, each against a target.

The one statement of these rates (DOMAIN.md §11); the CLI, the workbook page, the dashboard and the `report dx` paper
read them from here. For the period `w` (a form06 `Window`):
- online_rate, full_online_rate, on_time_rate: the Biểu 06a counts of `form06_rules` — online / received in the
  period, online for a fully-online procedure / received in the period, and form II.06a's
  on-time rate [(8) + (9)] / (7) (`form06.on_time_counts`: withdrawn, refused, stopped and waiting-for-a-supplement
  dossiers count as on time, as the form's note says) — so the index, the dashboard and the paper never disagree;
- the rest are over the dossiers *settled* in the period (finished, or refused / withdrawn / stopped):
  digitisation_rate and reuse_rate over all of them, e_result_rate over those finished with a result,
  online_payment_rate over those whose procedure charges a fee, satisfaction_rate over those the citizen rated
  (satisfied = rating 4 or 5 of 5).
A rate with nothing to count is None ("—" on paper, null in JSON), never 0 %.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.form06 import on_time_counts
from desktop.domain.form06_rules import DossierFacts, Window, form06_columns, in_scope

RATING_MIN, RATING_MAX, SATISFIED_FROM = 1, 5, 4

ONLINE, FULL_ONLINE, ON_TIME = "online_rate", "full_online_rate", "on_time_rate"
DIGITISATION, E_RESULT, PAYMENT, SATISFACTION, REUSE = (
    "digitisation_rate", "e_result_rate", "online_payment_rate", "satisfaction_rate", "reuse_rate")
# In the order the issue lists them (and the CLI, the page and the paper show them); reuse is an extra.
RATE_KEYS = (ONLINE, FULL_ONLINE, ON_TIME, DIGITISATION, E_RESULT, PAYMENT, SATISFACTION, REUSE)
RATE_LABELS = {
    ONLINE: ("Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Received online"),
    FULL_ONLINE: ("Tỷ lệ hồ sơ trực tuyến toàn trình", "Fully online"),
    ON_TIME: ("Tỷ lệ hồ sơ giải quyết đúng hạn", "Settled on time"),
    DIGITISATION: ("Tỷ lệ số hóa hồ sơ", "Digitised"),
    E_RESULT: ("Tỷ lệ cấp kết quả điện tử", "Electronic result"),
    PAYMENT: ("Tỷ lệ thanh toán trực tuyến", "Fee paid online"),
    SATISFACTION: ("Tỷ lệ hài lòng", "Satisfied"),
    REUSE: ("Tỷ lệ tái sử dụng dữ liệu", "Data reused"),
}
# Until the commune sets its own (`commune-desk index --set-target`): the levels the national and provincial plans
# ask of a commune, as a starting point the officer is expected to adjust.
DEFAULT_TARGETS: dict[str, float] = {ONLINE: 0.8, FULL_ONLINE: 0.8, ON_TIME: 0.95, DIGITISATION: 0.9,
                                     E_RESULT: 0.9, PAYMENT: 0.6, SATISFACTION: 0.95, REUSE: 0.5}


@dataclass(frozen=True)
class Marks:
    """What Decision 766 asks to be recorded of one dossier."""

    digitised: bool = False
    e_result: bool = False
    reused_data: bool = False
    paid_online: bool = False
    rating: int | None = None  # the citizen's 1–5; None when not rated


def check_rating(rating: int | None) -> int | None:
    if rating is not None and not RATING_MIN <= rating <= RATING_MAX:
        raise ValidationError("rating.invalid", field="rating", value=rating, low=RATING_MIN, high=RATING_MAX)
    return rating


def check_target(key: str, value: float) -> float:
    """A target as a fraction 0–1; typed as a percentage (80) it is read as 0.8."""
    if key not in RATE_KEYS:
        raise ValidationError("index.unknown_rate", field="target", key=key, keys=", ".join(RATE_KEYS))
    fraction = value / 100 if value > 1 else value
    if not 0 <= fraction <= 1:
        raise ValidationError("index.target_invalid", field="target", value=value)
    return round(fraction, 4)


@dataclass(frozen=True)
class IndexFacts:
    dossier: DossierFacts
    marks: Marks
    fee_paying: bool = False  # its procedure charges a fee


@dataclass(frozen=True)
class Ratio:
    counted: int  # the numerator
    of: int  # the denominator

    @property
    def rate(self) -> float | None:
        return round(self.counted / self.of, 4) if self.of else None


@dataclass(frozen=True)
class Rate:
    key: str
    counted: int
    of: int
    rate: float | None
    target: float

    @property
    def below(self) -> bool:
        """Below the commune's target (a rate with nothing to count is not below anything)."""
        return self.rate is not None and self.rate < self.target


def count_index(dossiers: Iterable[IndexFacts], w: Window) -> dict[str, Ratio]:
    """Every rate's numerator and denominator for the period `w`."""
    form: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    base: Counter[str] = Counter()
    for f in dossiers:
        d, m = f.dossier, f.marks
        form.update(form06_columns(d, w))
        if not in_scope(d, w) or d.settled_at is None or not w.lo <= d.settled_at < w.hi:
            continue
        for key, counted, counts in (
                (DIGITISATION, m.digitised, True), (REUSE, m.reused_data, True),
                (E_RESULT, m.e_result, d.finished_at is not None),
                (PAYMENT, m.paid_online, f.fee_paying),
                (SATISFACTION, m.rating is not None and m.rating >= SATISFIED_FROM, m.rating is not None)):
            if counts:
                base[key] += 1
                hit[key] += bool(counted)
    received = form["received_online"] + form["received_direct_postal"]
    ratios = {ONLINE: Ratio(form["received_online"], received),
              FULL_ONLINE: Ratio(form["received_online_full"], received),
              ON_TIME: Ratio(*on_time_counts(form["form_early"], form["form_on_time"], form["form_late"]))}
    ratios.update({k: Ratio(hit[k], base[k]) for k in (DIGITISATION, E_RESULT, PAYMENT, SATISFACTION, REUSE)})
    return {k: ratios[k] for k in RATE_KEYS}


def rates(ratios: Mapping[str, Ratio], targets: Mapping[str, float]) -> tuple[Rate, ...]:
    """The rates in `RATE_KEYS` order, each with the commune's target (the default where it set none)."""
    return tuple(Rate(k, ratios[k].counted, ratios[k].of, ratios[k].rate, targets.get(k, DEFAULT_TARGETS[k]))
                 for k in RATE_KEYS)

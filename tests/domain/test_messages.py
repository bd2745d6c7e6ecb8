"""Every error sentence lives in the message catalogue.

An AST scan of desktop/ checks that raises pass codes and params, never sentences; that every code raised (and
every Phrase used) has an entry whose Vietnamese and English take exactly the params the call passes; and that no
entry is left unused. Then render, variants, `*.` entries and the error classes are tried for real.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop
from desktop.cli.common import ENV_LANG, field_error
from desktop.domain.errors import DomainError, Explained, ValidationError
from desktop.domain.messages import CATALOGUE, Phrase, Term, bilingual, code_of, entry_key, placeholders, render

PACKAGE = Path(desktop.__file__).parent
MESSAGES = PACKAGE / "domain" / "messages"
_VIETNAMESE = re.compile(r"[À-ỹĐđ]")


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    """Every module of desktop/ but the catalogue's own entries."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent != MESSAGES or path.name == "__init__.py":
            yield path, ast.parse(path.read_text(encoding="utf-8"))


SOURCES = list(_sources())


@dataclass(frozen=True)
class KeyFirst:
    """A callable taking a catalogue key as a positional-only parameter and the sentence's params as **params."""

    position: int  # of the key among the call's positional arguments
    reserved: frozenset[str]  # its keyword-only parameters: not sentence params


def _signature(fn: ast.FunctionDef, method: bool) -> KeyFirst | None:
    posonly = [a.arg for a in fn.args.posonlyargs]
    if method and posonly:
        posonly = posonly[1:]
    elif method:
        return None
    if "key" not in posonly or fn.args.kwarg is None:
        return None
    return KeyFirst(posonly.index("key"), frozenset(a.arg for a in fn.args.kwonlyargs))


def _key_first_callables() -> dict[str, KeyFirst]:
    """Functions, methods and error classes that take (…, key, /, …, **params), a class inheriting its base's."""
    found: dict[str, KeyFirst] = {}
    classes: dict[str, tuple[list[str], KeyFirst | None, bool]] = {}
    for _path, tree in SOURCES:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                sig = _signature(node, method=False)
                if sig is not None and node.args.args == [] and not node.name.startswith("__"):
                    found[node.name] = sig
            if isinstance(node, ast.ClassDef):
                init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
                bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
                classes[node.name] = (bases, _signature(init, method=True) if init else None, init is not None)
                for method in node.body:
                    if isinstance(method, ast.FunctionDef) and method.name != "__init__":
                        sig = _signature(method, method=True)
                        if sig is not None:
                            found[method.name] = sig
    changed = True
    while changed:
        changed = False
        for name, (bases, sig, has_init) in classes.items():
            if name in found:
                continue
            inherited = next((found[b] for b in bases if b in found), None)
            new = sig if has_init else inherited
            if new is not None:
                found[name] = new
                changed = True
    return found


KEY_FIRST = _key_first_callables()


def _error_classes() -> set[str]:
    """Explained and every class deriving from it, by name."""
    bases = {node.name: [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
             for _path, tree in SOURCES for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    family = {"Explained"}
    while True:
        more = {name for name, parents in bases.items() if name not in family and family & set(parents)}
        if not more:
            return family
        family |= more


ERROR_CLASSES = _error_classes()


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


@dataclass(frozen=True)
class Use:
    where: str
    key: str  # literal key, or a `*.rest` pattern for f"{field}.rest"
    params: frozenset[str] | None  # None when the call passes **something


def _calls(tree: ast.AST, cls: str | None = None) -> Iterator[tuple[ast.Call, str | None]]:
    """Every call, with the class it is written in (for `super().__init__(key, …)` in an error class)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Call):
            yield node, cls
        yield from _calls(node, node.name if isinstance(node, ast.ClassDef) else cls)


def _is_super_init(call: ast.Call) -> bool:
    return (isinstance(call.func, ast.Attribute) and call.func.attr == "__init__"
            and isinstance(call.func.value, ast.Call) and _callee(call.func.value) == "super")


def _uses() -> Iterator[Use]:
    for path, tree in SOURCES:
        for node, cls in _calls(tree):
            if _is_super_init(node):
                in_family = cls in ERROR_CLASSES
                sig = KeyFirst(0, frozenset({"field", "status", "details", "cause"})) if in_family else None
            else:
                sig = KEY_FIRST.get(_callee(node) or "")
            if sig is None or len(node.args) <= sig.position:
                continue
            arg = node.args[sig.position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                key = arg.value
            elif (isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.FormattedValue)
                  and all(isinstance(v, ast.Constant) for v in arg.values[1:])):
                key = "*" + "".join(v.value for v in arg.values[1:])  # type: ignore[attr-defined]
            else:
                continue
            spread = any(k.arg is None for k in node.keywords)
            params = None if spread else frozenset(k.arg for k in node.keywords if k.arg not in sig.reserved)
            yield Use(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", key, params)


USES = list(_uses())


def _sentences(node: ast.AST) -> Iterator[str]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.value


def test_the_scan_sees_the_error_classes_and_their_raises() -> None:
    assert {"DomainError", "ValidationError", "ServerError", "SyncError", "BundleError", "StoreError", "CellError",
            "UsageError", "InvalidValue", "Phrase", "render", "row_error"} <= set(KEY_FIRST)
    assert {"NotFoundError", "PermissionDenied", "AlreadyOpenError", "ServerRefused"} <= ERROR_CLASSES
    assert len(USES) > 150


def test_no_raise_passes_a_sentence() -> None:
    """Key-first calls pass no literal with a space in it; no raise anywhere passes Vietnamese words."""
    found = []
    for path, tree in SOURCES:
        for node in ast.walk(tree):
            where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call) and _callee(node) in KEY_FIRST:
                args = [*node.args, *(k.value for k in node.keywords)]
                found += [f"{where}: {s!r}" for a in args if not isinstance(a, ast.Call) for s in _sentences(a)
                          if " " in s.strip()]
            if isinstance(node, ast.Raise) and node.exc is not None:
                found += [f"{where}: {s!r}" for s in _sentences(node.exc) if _VIETNAMESE.search(s)]
    assert found == []


def test_every_key_used_has_an_entry_taking_exactly_the_params_passed() -> None:
    problems = []
    for use in USES:
        entry = use.key if use.key.startswith("*") and use.key in CATALOGUE else entry_key(use.key)
        if entry is None:
            problems.append(f"{use.where}: no catalogue entry for {use.key!r}")
            continue
        wanted = placeholders(CATALOGUE[entry][0]) | placeholders(CATALOGUE[entry][1])
        if use.params is not None and use.params != wanted:
            problems.append(f"{use.where}: {use.key!r} takes {sorted(wanted)}, the call passes {sorted(use.params)}")
    assert problems == []


class _AnyValue:
    """Fits any format spec a template gives its param ({day:%d/%m/%Y}, {hi:,})."""

    def __format__(self, spec: str) -> str:
        return "1"


def test_both_languages_take_the_same_params_and_format() -> None:
    for key, (vi, en) in CATALOGUE.items():
        assert vi.strip() and en.strip(), key
        assert placeholders(vi) == placeholders(en), key
        assert re.fullmatch(r"(\*|[\w\-]+)(\.[\w\-]+)*(#\w+)?", key), key
        values = {name: _AnyValue() for name in placeholders(vi)}
        assert render(key, "vi", **values) and render(key, "en", **values)


def test_no_entry_is_left_unused() -> None:
    used = {entry_key(u.key) or u.key for u in USES}
    literals = {s for _path, tree in SOURCES for s in _sentences(tree)}  # keys chosen in code, then passed on
    unused = sorted(k for k in CATALOGUE if k not in used and k not in literals)
    assert unused == []


# --- the catalogue at work ---------------------------------------------------------------------------------------


def test_render_fills_params_in_the_asked_language() -> None:
    assert render("store.foreign", "vi", path="a.db") == "Tệp a.db không phải cơ sở dữ liệu CommuneDesk."
    assert render("store.foreign", "en", path="a.db") == "The file a.db is not a CommuneDesk database."
    assert bilingual("store.foreign", path="a.db") == (
        "Tệp a.db không phải cơ sở dữ liệu CommuneDesk. / The file a.db is not a CommuneDesk database.")


def test_a_field_code_finds_its_star_entry_and_a_phrase_follows_the_language() -> None:
    assert entry_key("topic.required") == "*.required"
    label = Phrase("label.full_name")
    assert render("topic.required", "vi", label=label) == "Vui lòng nhập họ tên."
    assert render("topic.required", "en", label=label) == "Please enter the full name."
    assert render("status.transition", "en", action="start", action_label=Term("Chuyển xử lý", "Start processing"),
                  status_label=Term("Đã trả kết quả", "Result returned")) == (
        "Cannot 'Start processing' (start) a dossier whose status is 'Result returned'.")


def test_a_variant_keeps_its_code() -> None:
    variants = [k for k in CATALOGUE if "#" in k]
    assert variants
    err = ValidationError("asset_tag.duplicate#removed", field="asset_tag", tag="PC-01")
    assert (err.code, err.key, err.field) == ("asset_tag.duplicate", "asset_tag.duplicate#removed", "asset_tag")
    assert err.message("en") == "The asset tag “PC-01” is already used (by a removed device)."
    assert code_of("code.number#parse_code") == "code.number"


def test_an_error_words_itself_in_each_language_and_both_for_logs() -> None:
    err = DomainError("setup.missing")
    assert err.message("vi").startswith("Chưa thiết lập xã/phường")
    assert err.message("en").startswith("This data folder has no commune yet")
    assert str(err) == f"{err.message('vi')} / {err.message('en')}"
    assert isinstance(err, Explained) and err.field is None and err.params == {}


def test_the_old_shape_with_sentences_is_refused() -> None:
    with pytest.raises(TypeError):
        ValidationError("full_name.required", "full_name", "Vui lòng nhập họ tên.", "Please enter a name.")  # type: ignore[misc]


def test_an_unknown_key_still_says_something() -> None:
    assert render("no.such#key", "en", x=1) == "no.such#key x=1"


def test_every_message_module_is_small() -> None:
    for path in MESSAGES.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 500, path.name


@pytest.mark.parametrize("lang, first", [("", "Lỗi"), ("vi", "Lỗi"), ("en", "Error"), ("EN", "Error")])
def test_the_cli_prints_both_languages_the_chosen_one_first(monkeypatch, lang: str, first: str) -> None:  # noqa: ANN001
    monkeypatch.setenv(ENV_LANG, lang)
    lines = field_error(ValidationError("asset_tag.invalid", field="asset_tag")).splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{first} [asset_tag]: ")
    assert {lines[0].split(": ", 1)[1], lines[1].split(": ", 1)[1]} == {
        render("asset_tag.invalid", "vi"), render("asset_tag.invalid", "en")}

"""The bundle file is checked before it is unpacked: sizes from the zip's directory, then the signature over the
manifest, then each member streamed and bounded against its signed hash (issue 11 item 9)."""

from __future__ import annotations

import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.protocol import bundle_format as fmt
from desktop.protocol.bundle_keys import BundleError, canonical

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))  # fixed: the same bytes every run
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
BOMB = 64 * 1024 * 1024  # zeros, unpacked; about 64 KB packed


def _manifest(files: dict[str, str]) -> bytes:
    return canonical({"format": fmt.FORMAT, "format_version": fmt.FORMAT_VERSION, "direction": fmt.UP,
                      "files": files})


def _bomb(path: Path, signer: Ed25519PrivateKey, declared: int | None = None) -> Path:
    """A zip whose ops.ndjson inflates to 64 MiB of zeros, written in pieces so the test never holds it either."""
    raw = _manifest({fmt.OPS: "0" * 64})
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(fmt.MANIFEST, raw)
        zf.writestr(fmt.SIGNATURE, signer.sign(raw))
        info = zipfile.ZipInfo(fmt.OPS)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w") as member:
            piece = bytes(1024 * 1024)
            for _ in range(BOMB // len(piece)):
                member.write(piece)
    if declared is not None:  # a liar: the directory claims a small size
        data = bytearray(path.read_bytes())
        info = zipfile.ZipFile(path).getinfo(fmt.OPS)
        at = data.rfind(b"PK\x01\x02")  # the last central directory entry is ops.ndjson's
        assert at > info.header_offset
        data[at + 24:at + 28] = declared.to_bytes(4, "little")
        path.write_bytes(bytes(data))
    return path


def _peak(fn) -> tuple[BaseException, int]:  # noqa: ANN001
    tracemalloc.start()
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - the refusal is what the test looks at
        caught = exc
    else:
        raise AssertionError("the bundle was accepted")
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return caught, peak


def test_a_zip_bomb_is_refused_from_its_declared_size_without_unpacking(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "bomb.zip", KEY)
    assert path.stat().st_size < 200 * 1024
    limits = fmt.Limits(member=16 * 1024 * 1024)  # the default allows a whole commune's history (256 MiB)
    err, peak = _peak(lambda: fmt.open_bundle(path, fmt.UP, lambda _m: KEY.public_key(), limits))
    assert isinstance(err, BundleError) and err.code == "bundle.too_large"
    assert peak < 8 * 1024 * 1024


def test_a_bomb_that_lies_about_its_size_is_refused_by_its_signature_first(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "liar.zip", OTHER, declared=1000)
    err, peak = _peak(lambda: fmt.open_bundle(path, fmt.UP, lambda _m: KEY.public_key()))
    assert isinstance(err, BundleError) and err.code == "bundle.bad_signature"
    assert peak < 8 * 1024 * 1024


def test_a_signed_liar_stops_at_its_declared_size(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "signed-liar.zip", KEY, declared=1000)
    err, peak = _peak(lambda: fmt.open_bundle(path, fmt.UP, lambda _m: KEY.public_key()))
    assert isinstance(err, BundleError) and err.code in ("bundle.damaged", "bundle.tampered")
    assert peak < 8 * 1024 * 1024


def test_a_good_bundle_round_trips_and_unexpected_members_are_refused(tmp_path: Path) -> None:
    ops = fmt.to_ndjson([{"op_id": "a", "payload": {"note": "Nguyễn"}}])
    path = fmt.write_bundle(tmp_path / "good.zip", {"direction": fmt.UP}, {fmt.OPS: ops}, KEY)
    bundle = fmt.open_bundle(path, fmt.UP, lambda _m: KEY.public_key())
    assert fmt.from_ndjson(bundle.files[fmt.OPS], fmt.OPS) == [{"op_id": "a", "payload": {"note": "Nguyễn"}}]
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("extra.bin", b"x")
    with pytest.raises(BundleError) as err:
        fmt.open_bundle(path, fmt.UP, lambda _m: KEY.public_key())
    assert err.value.code == "bundle.damaged"


def test_deep_ndjson_is_damaged_not_a_crash() -> None:
    with pytest.raises(BundleError) as err:
        fmt.from_ndjson(b"[" * 100_000 + b"\n", fmt.OPS)
    assert err.value.code == "bundle.damaged"
    assert zlib  # the module's own errors are mapped to "damaged" too (see open_bundle)

#!/usr/bin/env bash
# Smoke-runs the BUNDLED program (dist/commune-desk/commune-desk), never the source tree, offscreen:
# --version, demo into a temporary data folder, --screenshot in Vietnamese and English, report monthly.
# Fails on any missing resource: no .qm (the English screenshot fails or looks like the Vietnamese one), no font in
# the PDF, no migration script (demo cannot create the database). Checks run with the venv's Python (PySide6, pypdf)
# or poppler's pdffonts; the bundle itself runs from a neutral folder with no PYTHONPATH.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(cd "${1:-$root/dist/commune-desk}" && pwd)
exe="$bundle/commune-desk"
check_py=${CHECK_PYTHON:-$root/.venv/bin/python}
[ -x "$exe" ] || { echo "no bundled program at $exe (run installers/build_linux.sh)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"
run() {  # the bundle only: neutral cwd, no source tree on any path, its own HOME
  (cd "$work" && env -u PYTHONPATH -u COMMUNE_DESK_RESOURCES -u COMMUNE_DESK_HOME HOME="$work/home" \
     QT_QPA_PLATFORM=offscreen "$exe" "$@")
}
now_ms() { date +%s%3N; }
mkdir -p "$work/home"

echo "== --version"
expected="CommuneDesk $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/desktop/__init__.py")"
t0=$(now_ms); got=$(run --version); t1=$(now_ms)
[ "$got" = "$expected" ] || { echo "version: got '$got', expected '$expected'" >&2; exit 1; }
echo "$got ($((t1 - t0)) ms)"

echo "== every resource and migration script is shipped (a missing newest migration would go unnoticed at run time)"
internal="$bundle/_internal"
missing_files=$(cd "$root" && find resources desktop/store/migrations desktop/server/migrations -type f \
  -not -name '*.ts' -not -name '*.pyc' -not -path '*/__pycache__/*' | while read -r f; do
    cmp -s "$f" "$internal/$f" || echo "$f"; done)
[ -z "$missing_files" ] || { echo "missing or stale in the bundle:"$'\n'"$missing_files" >&2; exit 1; }
echo "resources and migrations: complete"

echo "== every module of ours is frozen (pages are imported by name, which PyInstaller cannot see)"
viewer="$(dirname "$check_py")/pyi-archive_viewer"
if [ -x "$viewer" ]; then
  "$viewer" -r -b "$exe" 2>/dev/null | sed 's/^ *//' | sort -u >"$work/frozen.txt"
  (cd "$root" && find desktop -name '*.py' -not -path '*/migrations/*' | sed 's/\.py$//; s/\/__init__$//; s/\//./g') \
    | sort -u >"$work/ours.txt"
  missing=$(comm -23 "$work/ours.txt" "$work/frozen.txt")
  [ -z "$missing" ] || { echo "modules missing from the bundle:"$'\n'"$missing" >&2; exit 1; }
  echo "$(wc -l <"$work/ours.txt") modules, all frozen"
else
  echo "pyi-archive_viewer not found next to $check_py: module check skipped" >&2
fi

echo "== demo (migrations, catalogue, provinces)"
run --data-dir "$data" demo --months 12 --dossiers 800 --seed 1 >"$work/demo.txt"
tail -n 3 "$work/demo.txt"

echo "== screenshots"
t0=$(now_ms); run --data-dir "$data" --screenshot "$work/vi.png" --lang vi >/dev/null; t1=$(now_ms)
run --data-dir "$data" --screenshot "$work/en.png" --lang en >/dev/null
run --data-dir "$data" --screenshot "$work/dossiers.png" --page dossiers --lang en >/dev/null
echo "vi screenshot in $((t1 - t0)) ms"
cp "$work/vi.png" "$work/en.png" "$work/dossiers.png" "${SMOKE_KEEP:-$work}/" 2>/dev/null || true
"$check_py" - "$work/vi.png" "$work/en.png" <<'PY'
import sys
from PySide6.QtGui import QImage
vi, en = (QImage(p) for p in sys.argv[1:3])
for name, img in (("vi", vi), ("en", en)):
    assert (img.width(), img.height()) == (1366, 728), f"{name}: {img.width()}x{img.height()}, want 1366x728"
    colours = {img.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 728, 7)}
    assert len(colours) > 20, f"{name} screenshot looks blank ({len(colours)} colours)"
changed = sum(vi.pixel(x, y) != en.pixel(x, y) for x in range(0, 1366, 3) for y in range(0, 728, 3))
# The navigation, menus and page texts are all translated: far more than a few pixels must change.
assert changed > 3000, f"English screenshot barely differs from Vietnamese ({changed} px): .qm not loaded?"
print(f"1366x728, not blank, vi/en differ in {changed} sampled px")
PY

echo "== report monthly"
month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)  # the last full month of the demo data
run --data-dir "$data" report monthly --month "$month" --out "$work/monthly.pdf" >/dev/null
if command -v pdffonts >/dev/null 2>&1; then
  pdffonts "$work/monthly.pdf" | tee "$work/fonts.txt"
  fonts=$(tail -n +3 "$work/fonts.txt")
  [ -n "$fonts" ] || { echo "the PDF uses no font" >&2; exit 1; }
  if awk '{ if ($(NF-4) != "yes") bad=1 } END { exit !bad }' <<<"$fonts"; then
    echo "a font is not embedded in the PDF" >&2; exit 1
  fi
else
  "$check_py" - "$work/monthly.pdf" <<'PY'
import sys
from pypdf import PdfReader
fonts = {}
for page in PdfReader(sys.argv[1]).pages:
    for font in (page["/Resources"].get("/Font") or {}).values():
        font = font.get_object()
        desc = font.get("/FontDescriptor") or (font.get("/DescendantFonts") or [{}])[0].get_object().get("/FontDescriptor")
        desc = desc.get_object() if desc else {}
        fonts[font["/BaseFont"]] = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
assert fonts and all(fonts.values()), f"fonts not embedded: {fonts}"
print(fonts)
PY
fi
echo "smoke OK: $(du -sh "$bundle" | cut -f1) bundle"

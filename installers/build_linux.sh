#!/usr/bin/env bash
# Builds the one-folder Linux bundle with PyInstaller and packs dist/CommuneDesk-<version>-linux-x86_64.tar.gz.
# Needs the venv with the build extra: .venv/bin/python -m pip install -e ".[build]"
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
version=$("$PY" -c 'import desktop; print(desktop.__version__)')
arch=$(uname -m)
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/commune-desk.spec
bundle=dist/commune-desk
cp installers/commune-desk.desktop "$bundle/"
cp resources/icons/commune-desk-256.png "$bundle/commune-desk.png"
name="CommuneDesk-$version-linux-$arch"
rm -rf "dist/$name" && mkdir -p "dist/$name"
cp -a "$bundle/." "dist/$name/"
tar -C dist -czf "dist/$name.tar.gz" "$name"
rm -rf "dist/$name"
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)), tarball: dist/$name.tar.gz ($(du -sh "dist/$name.tar.gz" | cut -f1))"
echo "build took $(( $(date +%s) - start )) s"

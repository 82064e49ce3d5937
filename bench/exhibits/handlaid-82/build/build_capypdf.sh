#!/bin/sh
# Builds CapyPDF 0.22.0 (PyPI sdist) into build/capy/ : libcapypdf.so + capypdf.py.
# Debian 12 has g++ 12 (no <format>) and FreeType 2.12.1, so: clang 19 + libc++ 19 from
# bookworm, and a one-line patch (capypdf-freetype212.patch) for FT_Get_Default_Named_Instance.
set -e
B=$(cd "$(dirname "$0")" && pwd)
V=${VENV:-/tmp/x82/venv}
apt-get install -y -q clang-19 libc++-19-dev libc++abi-19-dev lld-19 liblcms2-dev libtiff-dev \
    libfreetype-dev libpng-dev libjpeg-dev zlib1g-dev pkg-config ninja-build >/dev/null
[ -x "$V/bin/python" ] || python3 -m venv "$V"
"$V/bin/pip" install -q meson meson-python pyphen
export PATH="$V/bin:$PATH"
W=$(mktemp -d)
# pip keeps the unpacked sdist with --no-clean even though its metadata build fails here
nice -n 10 "$V/bin/pip" download --no-clean --no-deps --no-build-isolation --no-binary :all: -d "$W" capypdf==0.22.0 > "$W/log" 2>&1 || true
SRC=$(grep -m1 -oE '/tmp/pip-download-[^ /]+/capypdf_[0-9a-f]+' "$W/log")
cp -r "$SRC" "$W/src" && cd "$W/src" && patch -p0 < "$B/capypdf-freetype212.patch"
CC=clang-19 CXX=clang++-19 CXXFLAGS="-stdlib=libc++" LDFLAGS="-stdlib=libc++ -fuse-ld=lld-19" \
    meson setup bld -Dbuildtype=plain -Doptimization=0 -Db_pch=false >/dev/null
nice -n 10 ninja -C bld src/libcapypdf.so.0.22.0
mkdir -p "$B/capy"
cp bld/src/libcapypdf.so.0.22.0 "$B/capy/libcapypdf.so"
cp python/capypdf.py "$B/capy/"
echo "capypdf built into $B/capy"

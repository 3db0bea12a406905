#!/bin/sh
# Renders icon.svg into the files electron-builder takes: icon.png (512), icons/NxN.png (Linux),
# icon.ico (Windows, PNG-compressed entries) and icon.icns (macOS).
# Needs rsvg-convert (librsvg2-bin) and png2icns (icnsutils). Run from anywhere: sh build/make-icons.sh
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "$tmp/$size.png"
done
cp "$tmp/512.png" icon.png
for size in 16 32 48 64 128 256 512; do cp "$tmp/$size.png" "icons/${size}x${size}.png"; done
png2icns icon.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null
# ICO: a 6-byte header, one 16-byte entry per image, then the PNGs themselves (Vista+ reads PNG entries).
python3 - "$tmp" <<'PY'
import struct, sys
sizes = [16, 24, 32, 48, 64, 128, 256]
pngs = [open(f"{sys.argv[1]}/{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
out = struct.pack("<HHH", 0, 1, len(sizes))
for size, data in zip(sizes, pngs):
    dim = 0 if size == 256 else size  # 0 means 256 in an ICO entry
    out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("icon.ico", "wb").write(out + b"".join(pngs))
PY

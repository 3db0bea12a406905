#!/bin/sh
# Renders icon.svg into the files electron-builder takes: icon.png (512), icons/NxN.png (Linux),
# icon.ico (Windows, PNG-compressed entries) and icon.icns (macOS); and ropa.svg, the .ropa file
# icon, into ropa.ico and ropa.icns (electron-builder.yml, fileAssociations).
# Needs rsvg-convert (librsvg2-bin) and png2icns (icnsutils). Run from anywhere: sh build/make-icons.sh
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p icons

# render NAME: NAME.svg into $tmp/NAME-SIZE.png, NAME.icns and NAME.ico.
render() {
  for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$1.svg" -o "$tmp/$1-$size.png"
  done
  png2icns "$1.icns" "$tmp/$1-16.png" "$tmp/$1-32.png" "$tmp/$1-48.png" "$tmp/$1-128.png" \
    "$tmp/$1-256.png" "$tmp/$1-512.png" "$tmp/$1-1024.png" >/dev/null
  # ICO: a 6-byte header, one 16-byte entry per image, then the PNGs themselves (Vista+ reads PNG entries).
  python3 - "$tmp" "$1" <<'PY'
import struct, sys
tmp, name = sys.argv[1], sys.argv[2]
sizes = [16, 24, 32, 48, 64, 128, 256]
pngs = [open(f"{tmp}/{name}-{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
out = struct.pack("<HHH", 0, 1, len(sizes))
for size, data in zip(sizes, pngs):
    dim = 0 if size == 256 else size  # 0 means 256 in an ICO entry
    out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open(f"{name}.ico", "wb").write(out + b"".join(pngs))
PY
}

render icon
cp "$tmp/icon-512.png" icon.png
for size in 16 32 48 64 128 256 512; do cp "$tmp/icon-$size.png" "icons/${size}x${size}.png"; done
render ropa

#!/usr/bin/env bash
# Makes the UI's web fonts from Debian's Noto fonts (fonts-noto-core,
# fonts-noto-cjk): each script's face, subset to its Unicode block and
# compressed as WOFF2, so the app draws every script the same on every
# system. Needs fontTools and brotli (pip install fonttools brotli).
# The generated files are committed; run this only to change them.
set -euo pipefail
cd "$(dirname "$0")"
noto=/usr/share/fonts/truetype/noto
cjk=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

subset() { # source output unicode-ranges [extra pyftsubset options]
  local source=$1 output=$2 ranges=$3
  shift 3
  pyftsubset "$source" --unicodes="$ranges" --flavor=woff2 --layout-features='*' \
    --output-file="$output" "$@"
}

# Latin with Vietnamese, and the punctuation, arrows and symbols the UI uses.
latin="U+0000-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF"
for weight in Regular Bold; do
  subset "$noto/NotoSans-$weight.ttf" "NotoSans-$weight.woff2" "$latin"
  subset "$noto/NotoSansThai-$weight.ttf" "NotoSansThai-$weight.woff2" "U+0E00-0E7F,U+200B-200D,U+25CC"
  subset "$noto/NotoSansLao-$weight.ttf" "NotoSansLao-$weight.woff2" "U+0E80-0EFF,U+200B-200D,U+25CC"
  subset "$noto/NotoSansKhmer-$weight.ttf" "NotoSansKhmer-$weight.woff2" "U+1780-17FF,U+19E0-19FF,U+200B-200D,U+25CC"
  subset "$noto/NotoSansMyanmar-$weight.ttf" "NotoSansMyanmar-$weight.woff2" "U+1000-109F,U+A9E0-A9FF,U+AA60-AA7F,U+200B-200D,U+25CC"
  subset "$noto/NotoSansTamil-$weight.ttf" "NotoSansTamil-$weight.woff2" "U+0B80-0BFF,U+200B-200D,U+25CC"
done
# Chinese: the GB 2312 characters (the same set as the PDFs' fallback,
# ../fonts/NotoSansSC-Common.otf) plus CJK punctuation and full-width forms;
# bold is synthesised, as two full CJK weights would double the app's size.
pyftsubset ../fonts/NotoSansSC-Common.otf --unicodes="U+3000-303F,U+FF00-FFEF" \
  --text-file=<(python3 -c "
from fontTools.ttLib import TTFont
print(''.join(chr(c) for c in TTFont("../fonts/NotoSansSC-Common.otf").getBestCmap()))") \
  --flavor=woff2 --layout-features='*' --output-file=NotoSansSC-Common.woff2
ls -l ./*.woff2

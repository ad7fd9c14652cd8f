#!/usr/bin/env bash
# Renders the sample videos in content/media from the slide texts in scripts/sample-videos:
# one file per video and language, <slug>.<lang>.txt, slides separated by a blank line.
# Each slide is shown for SLIDE_SECONDS; the captions (<slug>-<lang>.vtt) carry the same text
# with the same timing, so the kk and ru versions of a video share their cue times.
# Needs ffmpeg and the DejaVu fonts (Debian: apt-get install ffmpeg fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")/.."

SLIDE_SECONDS=${SLIDE_SECONDS:-8}
FONT=${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}
COLOURS=(0x0b5c8a 0x1c6b3a 0x7d3c98 0xa04000 0x1f2d3d 0x117a65)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

timestamp() { printf '00:%02d:%02d.000' $(($1 / 60)) $(($1 % 60)); }

render() {
  local source=$1 name slug lang
  name=$(basename "$source" .txt)
  slug=${name%.*}
  lang=${name##*.}
  local vtt="content/media/$slug-$lang.vtt" list="$work/$name.list" index=0
  printf 'WEBVTT\n' > "$vtt"
  : > "$list"
  # awk splits the file into one text file per slide.
  awk -v dir="$work" -v base="$name" 'BEGIN { RS = ""; } { file = sprintf("%s/%s.%02d.txt", dir, base, NR); print > file; close(file) }' "$source"
  for slide in "$work/$name".[0-9][0-9].txt; do
    local start=$((index * SLIDE_SECONDS)) end=$(((index + 1) * SLIDE_SECONDS))
    printf '\n%s --> %s\n%s\n' "$(timestamp $start)" "$(timestamp $end)" "$(cat "$slide")" >> "$vtt"
    ffmpeg -loglevel error -y -f lavfi -i "color=c=${COLOURS[index % ${#COLOURS[@]}]}:s=640x360:r=10:d=$SLIDE_SECONDS" \
      -vf "drawtext=fontfile=$FONT:textfile=$slide:fontcolor=white:fontsize=30:line_spacing=14:x=(w-text_w)/2:y=(h-text_h)/2" \
      -c:v libx264 -preset veryslow -crf 34 -pix_fmt yuv420p "$work/$name.$index.mp4"
    echo "file '$work/$name.$index.mp4'" >> "$list"
    index=$((index + 1))
  done
  ffmpeg -loglevel error -y -f concat -safe 0 -i "$list" -c copy -movflags +faststart "content/media/$slug-$lang.mp4"
  echo "content/media/$slug-$lang.mp4: $index slides, $((index * SLIDE_SECONDS)) s, $(wc -c < "content/media/$slug-$lang.mp4") bytes"
}

for source in scripts/sample-videos/*.txt; do render "$source"; done

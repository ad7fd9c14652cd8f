#!/usr/bin/env bash
# Rebuilds the sample videos of Zanbala and their captions from the slide texts in
# scripts/sample-videos/<slug>.slides.
#
# Needs: bash, awk, ffmpeg with libx264 and drawtext (Debian: apt-get install -y ffmpeg),
# and the DejaVu Sans font, which has every Kazakh letter (apt-get install -y fonts-dejavu-core).
# Override the font with FONT=/path/to/font.ttf.
#
# Usage: scripts/make-sample-videos.sh [slug ...]   (no slug: every .slides file)
#
# Writes, for each slug and each language (kk, ru):
#   content/media/<slug>-<lang>.mp4  640x360, 10 fps, H.264 (yuv420p, faststart), no audio track
#   content/media/<slug>-<lang>.vtt  WebVTT captions: one cue per slide, the slide's text
# The kk and ru videos of a slug share their slide timings, so either .vtt file fits either video.
#
# A .slides file: `#` lines are comments; `palette 0xRRGGBB ...` gives the background colours,
# used in turn; `slide <seconds> [title]` starts a slide (title: larger letters); then
# `kk <line>` and `ru <line>` give the text of the slide, one screen line each (keep a line
# of at most 30 characters, 24 on a title slide, or it would not fit); a blank line ends a slide.
set -euo pipefail
export LC_ALL=C.UTF-8 # ${#line} counts letters, not bytes
cd "$(dirname "$0")/.."

FONT=${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}
FPS=10
LANGS=(kk ru)
DATA=scripts/sample-videos
OUT=content/media

command -v ffmpeg > /dev/null || { echo "ffmpeg not found: apt-get install -y ffmpeg" >&2; exit 1; }
[[ -f $FONT ]] || { echo "font $FONT not found: apt-get install -y fonts-dejavu-core" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 00:01:05.000 from a number of seconds.
timestamp() { printf '%02d:%02d:%02d.000' $(($1 / 3600)) $(($1 % 3600 / 60)) $(($1 % 60)); }

# Splits a .slides file into $dir/NN.meta ("seconds style"), $dir/NN.kk and $dir/NN.ru (one
# line of text each), and $dir/palette.
split_slides() {
  local source=$1 dir=$2
  awk -v dir="$dir" '
    /^#/ { next }
    /^palette / { sub(/^palette +/, ""); print > (dir "/palette"); next }
    /^slide / { n++; file = sprintf("%s/%02d", dir, n); print $2, ($3 == "" ? "text" : $3) > (file ".meta"); next }
    /^(kk|ru) / { lang = $1; line = $0; sub(/^(kk|ru) /, "", line); print line >> (file "." lang); next }
    /^[[:space:]]*$/ { next }
    { printf "%s:%d: not a slide line: %s\n", FILENAME, NR, $0 > "/dev/stderr"; exit 1 }
  ' "$source"
}

# Draws one slide as a PNG: background colour, a light panel with an accent bar, the lines of
# text centred one by one, the name of the blog, the slide number and a progress bar.
draw_slide() {
  local text=$1 colour=$2 style=$3 number=$4 count=$5 png=$6
  local size=28 leading=40
  [[ $style == title ]] && size=36 leading=50
  local lines=() filter line_file baseline first i
  mapfile -t lines < "$text"
  ((${#lines[@]} > 0 && ${#lines[@]} <= 5)) || { echo "$text: a slide needs 1 to 5 lines" >&2; exit 1; }
  # Longer lines run off the panel at these font sizes.
  local max=30 line
  [[ $style == title ]] && max=24
  for line in "${lines[@]}"; do
    ((${#line} <= max)) || { echo "$text: longer than $max characters, split it: $line" >&2; exit 1; }
  done
  # Baseline of the first line, so that the block from its capitals to the last baseline is centred
  # on the panel (y = 168).
  local cap=$((size * 73 / 100))
  first=$((168 - ((${#lines[@]} - 1) * leading + cap) / 2 + cap))
  printf 'Zanbala' > "$png.brand"
  printf '%d / %d' "$number" "$count" > "$png.count"
  filter="drawbox=x=24:y=40:w=592:h=256:color=white@0.12:t=fill"
  filter+=",drawbox=x=24:y=40:w=8:h=256:color=0xf6c85f:t=fill"
  filter+=",drawtext=fontfile=$FONT:textfile=$png.brand:expansion=none:fontsize=16:fontcolor=white@0.85:x=26:y=13"
  filter+=",drawtext=fontfile=$FONT:textfile=$png.count:expansion=none:fontsize=16:fontcolor=white@0.85:x=w-text_w-26:y=13"
  filter+=",drawbox=x=0:y=352:w=640:h=8:color=white@0.2:t=fill"
  filter+=",drawbox=x=0:y=352:w=$((640 * number / count)):h=8:color=0xf6c85f:t=fill"
  for i in "${!lines[@]}"; do
    line_file="$png.line$i"
    printf '%s' "${lines[$i]}" > "$line_file"
    baseline=$((first + i * leading))
    filter+=",drawtext=fontfile=$FONT:textfile=$line_file:expansion=none:fontsize=$size:fontcolor=white:x=(w-text_w)/2+4:y=$baseline-ascent"
  done
  ffmpeg -loglevel error -y -f lavfi -i "color=c=$colour:s=640x360:r=1" -frames:v 1 -vf "$filter" "$png"
}

render() {
  local slug=$1 dir="$work/$1"
  mkdir -p "$dir"
  split_slides "$DATA/$slug.slides" "$dir"
  local palette=(0x2f6f73 0x3a5f8f 0x4f7a45 0x6a5a8c)
  [[ -s $dir/palette ]] && read -r -a palette < "$dir/palette"
  local metas=("$dir"/[0-9][0-9].meta) count
  count=${#metas[@]}
  local lang
  for lang in "${LANGS[@]}"; do
    local vtt="$OUT/$slug-$lang.vtt" inputs=() labels='' start=0 index=0 meta seconds style base cue
    printf 'WEBVTT\n' > "$vtt"
    for meta in "${metas[@]}"; do
      base=${meta%.meta}
      read -r seconds style < "$meta"
      [[ -s $base.$lang ]] || { echo "$slug slide $((index + 1)): no $lang text" >&2; exit 1; }
      draw_slide "$base.$lang" "${palette[index % ${#palette[@]}]}" "$style" $((index + 1)) "$count" "$base.$lang.png"
      inputs+=(-loop 1 -framerate "$FPS" -t "$seconds" -i "$base.$lang.png")
      labels+="[$index:v]"
      # The cue is the slide's text as one line; the player wraps it.
      cue=$(paste -sd' ' "$base.$lang")
      printf '\n%s --> %s\n%s\n' "$(timestamp $start)" "$(timestamp $((start + seconds)))" "$cue" >> "$vtt"
      start=$((start + seconds))
      index=$((index + 1))
    done
    ffmpeg -loglevel error -y "${inputs[@]}" \
      -filter_complex "${labels}concat=n=$count:v=1:a=0,format=yuv420p[v]" -map '[v]' \
      -c:v libx264 -preset veryslow -tune stillimage -crf 27 -r "$FPS" -g $((FPS * 10)) \
      -pix_fmt yuv420p -movflags +faststart -an "$OUT/$slug-$lang.mp4"
    echo "$OUT/$slug-$lang.mp4: $count slides, $start s, $(wc -c < "$OUT/$slug-$lang.mp4") bytes"
  done
}

if (($# > 0)); then
  slugs=("$@")
else
  slugs=()
  for source in "$DATA"/*.slides; do slugs+=("$(basename "$source" .slides)"); done
fi
for slug in "${slugs[@]}"; do render "$slug"; done

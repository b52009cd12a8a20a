#!/bin/sh
# Makes the app's icons from the bundled FandolHei font: a blue rounded square with 科 in white.
# Needs ImageMagick (convert); the results are committed, so a build does not need it.
set -e
cd "$(dirname "$0")"
font=../../src/main/resources/fonts/FandolHei-Regular.otf
convert -size 256x256 xc:none -fill '#1f5fa8' -draw 'roundrectangle 8,8 247,247 44,44' \
    -font "$font" -fill white -pointsize 176 -gravity center -annotate +0+6 '科' kesudesk.png
convert kesudesk.png -define icon:auto-resize=256,64,48,32,16 kesudesk.ico

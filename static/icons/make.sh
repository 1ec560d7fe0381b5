#!/bin/sh
# Makes the home-screen icons from the logo (the mark, icon.svg; icon-192.png is also the mark
# in every page's header).
# Run from the repository root after changing an SVG, and commit the PNGs:
#   apt-get install -y librsvg2-bin   # rsvg-convert
#   sh static/icons/make.sh
# The maskable icon has a full-bleed background and the mark inside the middle 80 % circle
# (the safe zone launchers keep when they crop the icon to a circle or a squircle).
set -eu
cd "$(dirname "$0")"
rsvg-convert -w 192 -h 192 icon.svg -o icon-192.png
rsvg-convert -w 512 -h 512 icon.svg -o icon-512.png
rsvg-convert -w 512 -h 512 icon-maskable.svg -o icon-maskable-512.png

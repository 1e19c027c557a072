#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-install.sh SOURCE — builds and installs Power Triangle into a
# scratch prefix, as a user does with `meson install`, and finds there the
# workshop MIME type registered (the MIME database updated by the install
# itself), the desktop file, the metainfo and the manual page. TAP.
set -u
source=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "1..2"

if ! meson setup --prefix="$scratch/prefix" "$scratch/build" "$source" >"$scratch/log" 2>&1 ||
   ! meson install -C "$scratch/build" >>"$scratch/log" 2>&1; then
  echo "not ok 1 install into a scratch prefix"
  sed 's/^/# /' "$scratch/log" | tail -20
  echo "not ok 2 skipped"
  exit 0
fi
echo "ok 1 installed into a scratch prefix"

share="$scratch/prefix/share"
missing=""
for f in mime/application/x-power-triangle-workshop.xml \
         applications/io.github.powertriangle.PowerTriangle.desktop \
         metainfo/io.github.powertriangle.PowerTriangle.metainfo.xml \
         man/man1/power-triangle.1; do
  [ -f "$share/$f" ] || missing="$missing $f"
done
# mime/application/… is written by update-mime-database, which the
# install runs: the package alone goes to mime/packages/.
if [ -z "$missing" ]; then
  echo "ok 2 the MIME type is registered, with the desktop file, metainfo and manual page"
else
  echo "not ok 2 missing in $share:$missing"
  ls -R "$share" | sed 's/^/# /' | head -40
fi

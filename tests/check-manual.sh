#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-manual.sh APP MANPAGE — the manual page tells every option that
# --help does, and groff reads it without a warning. TAP.
set -u
app=$1
page=$2
echo "1..2"

missing=""
for option in $("$app" --help | sed -n 's/^ *\(-h, \)\{0,1\}\(--[a-z-]*\).*/\2/p'); do
  escaped=$(printf '%s' "$option" | sed 's/-/\\\\-/g')
  grep -q -- "$escaped" "$page" || missing="$missing $option"
done
if [ -z "$missing" ]; then
  echo "ok 1 every option of --help is in the manual page"
else
  echo "not ok 1 the manual page lacks:$missing"
fi

warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
if [ -z "$warnings" ]; then
  echo "ok 2 groff reads the manual page without a warning"
else
  echo "not ok 2 groff: $warnings"
fi

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Translations are complete and up to date (TAP):
#  1. every source file with translatable text is listed in po/POTFILES;
#  2. a template made afresh from POTFILES has no message sv.po lacks;
#  3. sv.po passes msgfmt --check with nothing untranslated or fuzzy.
# Usage: check-translations.sh SOURCE_ROOT
set -u
top=$1
cd "$top" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..3"

missing=$(grep -rlE '(^|[^A-Za-z0-9_])(N|C|NC)?_ ?\(|ngettext ?\(|translatable="yes"' src ui | sort | while read -r f; do
  grep -qx "$f" po/POTFILES || echo "$f"
done)
for f in data/*.desktop.in data/*.metainfo.xml.in data/*.mime.xml.in data/*.gschema.xml; do
  grep -qx "$f" po/POTFILES || missing="$missing $f"
done
if [ -z "$missing" ]; then echo "ok 1 POTFILES lists every file with translatable text"
else echo "not ok 1 POTFILES misses:$missing"; fi

if xgettext --files-from=po/POTFILES --directory="$top" --from-code=UTF-8 --add-comments \
     --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
     --keyword=ngettext:1,2 -o "$tmp/fresh.pot" 2>"$tmp/xgettext.err" &&
   msgcmp po/sv.po "$tmp/fresh.pot" 2>"$tmp/msgcmp.err"; then
  echo "ok 2 sv.po has every message of a fresh template"
else
  echo "not ok 2 sv.po lacks messages of a fresh template"
  sed 's/^/# /' "$tmp/xgettext.err" "$tmp/msgcmp.err"
fi

stats=$(msgfmt --check --statistics -o /dev/null po/sv.po 2>&1)
status=$?
case "$stats" in
  *untranslated*|*fuzzy*) status=1 ;;
esac
if [ $status -eq 0 ]; then echo "ok 3 sv.po is complete and passes msgfmt --check ($stats)"
else echo "not ok 3 sv.po: $stats"; fi

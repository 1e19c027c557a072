#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""run.py — are the rules that matter guarded? A mutation check, on demand.

Each mutation below breaks one rule with a small change to the source. For
each, in a scratch copy of the repository (a git worktree of HEAD, so the
checkout at hand is never touched), the script applies the change, builds,
runs the test suite until its first failure, and reports whether a test
caught it. Every mutation must be caught; the script exits with 1 if one
is not, or if a change no longer applies (the code it names has moved:
update the mutation).

    tests/mutations/run.py [NAME…]     (from the repository; all when none named)

It takes a few minutes a mutation: a build and, for a caught one, the suite
up to the failing test (a missed one runs the whole suite). Not part of CI.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

# name, rule, file, then pairs of an exact text and what it becomes
MUTATIONS = [
    ("drop-dimension", "a dropped card lands in the dimension it is dropped on",
     "src/render/pt-geometry.c",
     "    return (PtDimensionKind) zone;",
     "    return (PtDimensionKind) (zone == PT_ZONE_RESOURCES ? PT_ZONE_DISCOURSES : zone);"),
    ("tray", "a card dropped outside the triangle on the right goes to the tray",
     "src/render/pt-geometry.c",
     "  if (tray_shown && (zone == PT_ZONE_TRAY || x >= tray.x - 20.0))\n    return PT_DIMENSION_UNPLACED;",
     "  if (tray_shown && (zone == PT_ZONE_TRAY && x < tray.x - 20.0))\n    return PT_DIMENSION_UNPLACED;"),
    ("private-links", "a link with a private end is private in every output",
     "src/model/pt-privacy.c",
     "    return factor_id_is_private (workshop, pt_link_get_from (item)) ||\n"
     "           factor_id_is_private (workshop, pt_link_get_to (item));",
     "    return FALSE;"),
    ("private-actions", "an action about private factors alone is private",
     "src/model/pt-privacy.c",
     "    return action_is_private (workshop, item);",
     "    return FALSE;"),
    ("private-projector", "the projector does not show private cards",
     "src/render/pt-scene.c",
     "  return self->hide_private && pt_privacy_is_private (self->workshop, item);",
     "  return FALSE;"),
    ("recovery-schedule", "a change is in the recovery copy within two seconds",
     "src/app/pt-window-recovery.c",
     "#define RECOVERY_DELAY_MS 1000",
     "#define RECOVERY_DELAY_MS 4000"),
    ("recovery-every-change", "the recovery copy follows every change, not only the first",
     "src/app/pt-window.c",
     'g_signal_connect_swapped (pt_workshop_get_history (workshop), "changed",',
     'g_signal_connect_swapped (pt_workshop_get_history (workshop), "notify::dirty",'),
    ("discard-removes-copy", "closing with Discard removes the recovery copy",
     "src/app/pt-window-recovery.c",
     "  if (self->discarded || self->workshop == NULL",
     "  if (self->workshop == NULL"),
    ("drag-one-step", "a drag of several cards is one step of undo",
     "src/model/pt-workshop-edits.c",
     '      pt_workshop_set (self, factor, "dimension", places[i].dimension,',
     "      pt_workshop_end_group (self);\n"
     "      pt_workshop_begin_group (self, NULL);\n"
     '      pt_workshop_set (self, factor, "dimension", places[i].dimension,'),
    ("doctype", "a file with a DOCTYPE is refused before libxml2 parses it",
     "src/io/pt-reader-checks.c",
     "      if (end - p >= 9 && memcmp (p, \"<!DOCTYPE\", 9) == 0)",
     "      if (FALSE)"),
    ("size-cap", "a file over 32 MB is refused",
     "src/io/pt-format.h",
     "#define PT_MAX_FILE_SIZE         (32 * 1024 * 1024)",
     "#define PT_MAX_FILE_SIZE         (64 * 1024 * 1024)"),
    ("attribute-cap", "an element with more than 100 attributes is refused",
     "src/io/pt-format.h",
     "#define PT_MAX_ATTRIBUTES        100",
     "#define PT_MAX_ATTRIBUTES        1000000"),
    ("regular-files", "only regular files are read (both walls: what GIO says, and fstat)",
     "src/io/pt-reader-file.c",
     "  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))",
     "  if (fstat (fd, &st) != 0 || S_ISDIR (st.st_mode))",
     "  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)",
     "  if (FALSE)"),
    ("atomic-save", "a save replaces the file whole or not at all",
     "src/io/pt-writer.c",
     "                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,",
     "                                 G_FILE_SET_CONTENTS_NONE,"),
    ("reveal", "Reveal Cards turns every face-down card up, as one step",
     "src/app/pt-canvas.c",
     '        pt_workshop_set (self->workshop, g_ptr_array_index (factors, i), "hidden", FALSE, NULL);',
     '        if (revealed == 0) pt_workshop_set (self->workshop, g_ptr_array_index (factors, i), "hidden", FALSE, NULL);'),
    ("vote-count", "V adds one vote",
     "src/model/pt-workshop-edits.c",
     "      int votes = (int) pt_factor_get_votes (factor) + delta;",
     "      int votes = (int) pt_factor_get_votes (factor) + 2 * delta;"),
    ("newer-minor-kept", "what a newer minor version wrote survives a save",
     "src/io/pt-writer.c",
     "      for (guint i = 0; kept != NULL && i < kept->len; i++)\n"
     "        w->failed |= xmlTextWriterWriteRaw (w->writer, g_ptr_array_index (kept, i)) < 0;",
     ""),
    ("new-file-private", "a new workshop file is its owner's alone",
     "src/io/pt-writer.c",
     "  int mode = 0600;",
     "  int mode = 0644;"),
]


def run(argv, cwd, log):
    return subprocess.run(argv, cwd=cwd, stdout=log, stderr=subprocess.STDOUT).returncode


def run_tests(tree, log):
    """Runs the suite to its first failure; the failing test's name, or None."""
    result = subprocess.run(["meson", "test", "-C", "build", "--maxfail", "1", "--no-rebuild"], cwd=tree,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    log.write(result.stdout)
    if result.returncode == 0:
        return None
    for line in result.stdout.splitlines():
        # " 2/32 power-triangle:render / render   ERROR   0.11s   killed by signal 6"
        words = line.split()
        if len(words) >= 5 and "/" in words[0] and words[0][0].isdigit() and words[4] in ("FAIL", "ERROR", "TIMEOUT"):
            return words[3]
    return "?"


def main():
    top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True,
                         check=True).stdout.strip()
    chosen = [m for m in MUTATIONS if len(sys.argv) < 2 or m[0] in sys.argv[1:]]
    scratch = tempfile.mkdtemp(prefix="pt-mutations-")
    tree = os.path.join(scratch, "tree")
    log_path = os.path.join(scratch, "log.txt")
    results = []
    try:
        subprocess.run(["git", "worktree", "add", "--detach", tree, "HEAD"], cwd=top, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(log_path, "w") as log:
            if run(["meson", "setup", "build"], tree, log) != 0 or run(["ninja", "-C", "build"], tree, log) != 0:
                print("the unchanged tree does not build; see %s" % log_path)
                return 1
            # Unchanged, the suite passes: a failure below is the mutation's.
            if run(["meson", "test", "-C", "build", "--no-rebuild"], tree, log) != 0:
                print("the unchanged tree fails its tests; see %s" % log_path)
                return 1
            for name, rule, path, *edits in chosen:
                subprocess.run(["git", "checkout", "--", "."], cwd=tree, check=True)
                source = os.path.join(tree, path)
                with open(source) as f:
                    text = f.read()
                pairs = list(zip(edits[0::2], edits[1::2]))
                missing = [old for old, _ in pairs if text.count(old) != 1]
                if missing:
                    results.append((name, rule, "does not apply: %r is not there once" % missing[0][:40]))
                    continue
                for old, new in pairs:
                    text = text.replace(old, new)
                with open(source, "w") as f:
                    f.write(text)
                started = time.time()
                if run(["ninja", "-C", "build"], tree, log) != 0:
                    results.append((name, rule, "does not build: fix the mutation"))
                    continue
                failed = run_tests(tree, log)
                results.append((name, rule, "caught by %s" % failed if failed else "MISSED"))
                print("%-22s %-8s %4.0f s" % (name, results[-1][2].split()[0], time.time() - started), flush=True)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", tree], cwd=top,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print()
    print("| mutation | rule | result (the first test to fail) |")
    print("| --- | --- | --- |")
    for name, rule, result in results:
        print("| %s | %s | %s |" % (name, rule, result))
    shutil.rmtree(scratch, ignore_errors=True)
    return 0 if all(r[2].startswith("caught") for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

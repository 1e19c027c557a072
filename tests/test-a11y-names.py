#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-a11y-names.py LANGUAGE APP WORKSHOP — every control named as a
screen reader should read it, in the interface's language.

Run by meson under dbus-run-session and xvfb-run, once in English and once
in Swedish: starts Power Triangle with that interface language, walks the
window's accessible tree (header bar, side panel, cycle band) and that of
the Workshop Details dialog, and fails on a control whose name is empty,
a class name ("GtkImage", "GtkMenuButton"), holds a mnemonic's underscore,
or says the same thing twice. TAP output.
"""
import re
import shutil
import sys
import time

import atspi_session

ROLES = ("push button", "toggle button", "check box", "combo box", "text", "spin button", "entry",
         "list item", "radio button", "slider", "menu button")


def problem(name):
    """What is wrong with a control's name, or None."""
    name = (name or "").strip()
    if not name:
        return "no name"
    if re.match(r"^Gtk[A-Z]", name):
        return "a class name"
    if re.search(r"(^|\s)_\w", name):
        return "a mnemonic underscore"
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]:
        return "said twice"
    return None


def controls(node, depth=0):
    found = []
    try:
        children = node.children
    except Exception:
        return found
    for child in children:
        if child.roleName in ROLES:
            found.append(child)
        if depth < 40:
            found += controls(child, depth + 1)
    return found


def check(node, what, number):
    found = controls(node)
    wrong = [(c.roleName, c.name, problem(c.name)) for c in found if problem(c.name)]
    if wrong or len(found) < 5:
        print("not ok %d %s: %d controls, badly named: %s" % (number, what, len(found), wrong[:8]))
        return 1
    print("ok %d %s: all %d controls named" % (number, what, len(found)))
    return 0


def main():
    language, app_path, workshop = sys.argv[1], sys.argv[2], sys.argv[3]
    import os
    os.environ["LANGUAGE"] = language
    home = atspi_session.private_home()
    from dogtail import rawinput

    print("1..2")
    app, found = atspi_session.start([app_path, workshop])
    failed = 0
    try:
        if found is None:
            print("Bail out! the app never appeared on the accessibility bus")
            return 1
        time.sleep(2)
        failed += check(found, "the window (%s)" % language, 1)
        windows_before = {w.name for w in found.children}
        rawinput.keyCombo("<Alt>Return")
        dialog = atspi_session.wait_for_window(found, lambda w: w.name not in windows_before)
        if dialog is None:
            failed += 1
            print("not ok 2 Alt+Return opened no Workshop Details")
        else:
            time.sleep(0.5)
            failed += check(dialog, "Workshop Details (%s)" % language, 2)
    finally:
        atspi_session.stop(app)
        shutil.rmtree(home, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

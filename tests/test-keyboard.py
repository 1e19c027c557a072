#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-keyboard.py — a workshop made from the keyboard alone.

The walkthrough, each step by keys only (sent through AT-SPI's registry
under Xvfb; the pointer merely rests over the window, as there is no window
manager to give it the keyboard):

 1. a new workshop: the app starts with one, the canvas has the focus;
 2. three factors in three dimensions: N, type the text, Enter, then 1, 2
    or 3 sends the new card to Resources, Discourses or Contexts;
 3. P turns the third into an enabler;
 4. 2 moves it on to Discourses;
 5. L and an arrow choose another card, which takes the focus (so a
    screen reader says which);
 6. Enter links them, and the focus is back on the first; then Escape,
    Tab to the first card and Alt+B (the side panel's "Handle This
    Barrier") add an action;
 7. Ctrl+S, a file name and Enter save it, after
 8. Page Down stepped the cycle on to Interaction, and
 9. the file holds the action;
 10. Ctrl+P opens the print dialog, and Alt+V its preview, with the pages.

Each step is checked where a user would see it (the cards as a screen
reader names them, the saved file, the dialog). TAP.
"""
import os
import shutil
import sys
import time
import xml.etree.ElementTree as ET

import atspi_session


def main():
    app_path = sys.argv[1]
    home = atspi_session.private_home()
    from dogtail import rawinput

    def key(k, wait=0.5):
        if k.startswith("<"):
            rawinput.keyCombo(k)
        else:
            rawinput.pressKey(k)
        time.sleep(wait)

    def wait_for(check, seconds=6):
        for _ in range(int(seconds / 0.2)):
            if check():
                return True
            time.sleep(0.2)
        return check()

    print("1..10")
    process, app = atspi_session.start([app_path])
    failed = 0

    def report(n, ok, text):
        nonlocal failed
        if not ok:
            failed += 1
        print("%s %d %s" % ("ok" if ok else "not ok", n, text))

    try:
        if app is None:
            print("Bail out! the app never appeared on the accessibility bus")
            return 1
        rawinput.absoluteMotion(400, 300)
        time.sleep(0.5)
        names = lambda: set(atspi_session.cards(app))
        report(1, not names() and wait_for(lambda: any("Power Triangle" in w.name for w in app.children)),
               "a new, empty workshop")

        made = []
        for text, dimension_key, dimension in (("Too little time", "1", "Resources"),
                                               ("Staff who listen", "2", "Discourses"),
                                               ("Managers back the work", "3", "Contexts")):
            key("n")
            rawinput.typeText(text)
            key("Return")
            key(dimension_key)
            made.append("Barrier in %s: %s" % (dimension, text))
        report(2, wait_for(lambda: names() == set(made)), "three factors typed into three dimensions: %s" % sorted(names()))

        key("p")
        report(3, wait_for(lambda: "Enabler in Contexts: Managers back the work" in names()), "P made it an enabler")
        key("2")
        report(4, wait_for(lambda: "Enabler in Discourses: Managers back the work" in names()),
               "2 moved it to Discourses")

        import pyatspi

        def focused():
            return [n for n, c in atspi_session.cards(app).items() if c.getState().contains(pyatspi.STATE_FOCUSED)]

        source = focused()
        key("l")
        key("Left")
        # The card chosen takes the focus, so a screen reader says which.
        chosen = focused()
        report(5, len(chosen) == 1 and chosen != source,
               "after L and an arrow the chosen card has the focus: %s (was %s)" % (chosen, source))
        key("Return")
        linked = lambda: any("1 link" in c.description for c in atspi_session.cards(app).values())
        report(6, wait_for(linked) and focused() == source,
               "L, an arrow and Enter linked two cards, and the focus is back on the first: %s" % focused())

        # Escape leaves the new link; Tab selects the first card, a barrier,
        # and its side panel offers "Handle This Barrier" on Alt+B.
        key("Escape")
        key("Tab")
        key("<Alt>b", 1)

        key("Page_Down")

        path = os.path.join(home, "walkthrough")
        key("<Control>s", 1.5)
        rawinput.typeText(path)
        key("Return", 1.5)
        saved = path + ".ptw"
        report(7, wait_for(lambda: os.path.exists(saved)), "Ctrl+S, a name and Enter saved %s" % saved)

        if os.path.exists(saved):
            root = ET.parse(saved).getroot()
            ns = root.tag[: root.tag.index("}") + 1]
            step = root.find(ns + "cycle")
            report(8, step is not None and step.get("step") == "interaction",
                   "Page Down stepped the cycle to Interaction (%s)" % (step.attrib if step is not None else None))
            report(9, len(list(root.iter(ns + "action"))) == 1, "Alt+B added an action")
        else:
            report(8, False, "no file to check the step in")
            report(9, False, "no file to check the action in")

        key("<Control>p", 2)
        key("<Alt>v", 2)
        pages = []
        if wait_for(lambda: any(w.name == "Print Preview" for w in app.children)):
            window = [w for w in app.children if w.name == "Print Preview"][0]
            pages = [n.name for n in window.findChildren(lambda n: (n.name or "").startswith("Page "))]
        report(10, bool(pages) and pages[0].startswith("Page 1 of"),
               "Ctrl+P and Alt+V showed the print preview: %s" % pages)
        key("Escape")
    finally:
        atspi_session.stop(process)
        shutil.rmtree(home, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

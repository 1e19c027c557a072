#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-a11y.py — the app as a screen reader sees it, through AT-SPI.

Run by meson under dbus-run-session and xvfb-run (see tests/meson.build):
starts Power Triangle on the English example, finds every factor's card by
the name a screen reader reads ("Barrier in Resources: …", with its
actions), checks what the description adds (votes, links, notes), then
focuses a card through the accessible interface, moves it to Discourses
with the key 2 and hears its new name, Tab to the next card, and every
control of the window and of a dialog named; last, opens the projector
window and finds in its whole accessible tree no word of the factor the
copy of the example marks private. TAP output.
"""
import os
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

import atspi_session

CONTROLS = ("push button", "toggle button", "check box", "combo box", "text", "spin button", "entry")
DIMENSIONS = {"resources": "Resources", "discourses": "Discourses", "contexts": "Contexts"}


def expected_cards(path):
    """Name and description of each factor's card, from the file itself."""
    root = ET.parse(path).getroot()
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    actions, links = {}, {}
    for action in root.iter(ns + "action"):
        for f in action.get("factors", "").split():
            actions[f] = actions.get(f, 0) + 1
    for link in root.iter(ns + "link"):
        for end in (link.get("from"), link.get("to")):
            links[end] = links.get(end, 0) + 1
    cards = {}
    for factor in root.iter(ns + "factor"):
        fid = factor.get("id")
        name = "%s in %s: %s" % (factor.get("polarity").capitalize(), DIMENSIONS[factor.get("dimension")],
                                 factor.findtext(ns + "text"))
        n = actions.get(fid, 0)
        if n:
            name += "; %d action%s" % (n, "" if n == 1 else "s")
        parts = []
        votes = int(factor.get("votes", "0"))
        if votes:
            parts.append("%d vote%s" % (votes, "" if votes == 1 else "s"))
        if links.get(fid):
            parts.append("%d link%s" % (links[fid], "" if links[fid] == 1 else "s"))
        notes = factor.findtext(ns + "notes")
        if notes:
            parts.append(notes)
        cards[fid] = (name, ". ".join(parts))
    return cards


PRIVATE_ID = "f5"


def with_private_factor(path, folder):
    """A copy of the workshop whose factor PRIVATE_ID is private; its text."""
    ET.register_namespace("", ET.parse(path).getroot().tag[1:].split("}")[0])
    tree = ET.parse(path)
    ns = tree.getroot().tag[: tree.getroot().tag.index("}") + 1]
    text = None
    for factor in tree.getroot().iter(ns + "factor"):
        if factor.get("id") == PRIVATE_ID:
            factor.set("private", "true")
            text = factor.findtext(ns + "text")
    copy = os.path.join(folder, "private.ptw")
    tree.write(copy, encoding="UTF-8", xml_declaration=True)
    return copy, text


def all_words(node, depth=0):
    """Every name and description under node, as a screen reader could reach."""
    found = [node.name or "", node.description or ""]
    if depth < 40:
        for child in node.children:
            found += all_words(child, depth + 1)
    return found


def main():
    app_path, original = sys.argv[1], sys.argv[2]
    home = atspi_session.private_home()
    example, private_text = with_private_factor(original, tempfile.mkdtemp(dir=home))

    import pyatspi
    from dogtail import rawinput

    expected = expected_cards(example)
    plan = 9
    print("1..%d" % plan)
    app, found = atspi_session.start([app_path, example])
    failed = 0
    try:
        if found is None:
            print("Bail out! the app never appeared on the accessibility bus")
            return 1

        def cards():
            return atspi_session.cards(found)

        # 1: every factor, by the name a screen reader reads.
        seen = {}
        for _ in range(20):
            seen = cards()
            if len(seen) >= len(expected):
                break
            time.sleep(0.3)
        names = sorted(name for name, _ in expected.values())
        if sorted(seen) == names:
            print("ok 1 every factor's card, named with polarity, dimension, text and actions")
        else:
            failed += 1
            print("not ok 1 cards: missing %s, unexpected %s" % (
                sorted(set(names) - set(seen)), sorted(set(seen) - set(names))))

        # 2: the description adds votes, links and notes.
        wrong = [(name, seen[name].description, description) for name, description in expected.values()
                 if name in seen and seen[name].description != description]
        if not wrong:
            print("ok 2 each card's description tells its votes, links and notes")
        else:
            failed += 1
            print("not ok 2 descriptions: %s" % wrong[:3])

        # 3 and 4: focus a card through AT-SPI, move it with the key 2, and
        # the screen reader hears it in Discourses.
        name, _ = expected["f2"]
        card = seen.get(name)
        if card is None:
            print("not ok 3 no card %s" % name)
            print("not ok 4 skipped")
            return 1
        # GTK 4.8 has no Component.GrabFocus for its own widgets: click
        # where the accessible interface says the card is.
        (x, y), (w, h) = card.position, card.size
        rawinput.click(x + w // 2, y + h // 2)
        time.sleep(0.5)
        states = card.getState()
        if states.contains(pyatspi.STATE_FOCUSED):
            print("ok 3 a card found through the accessible interface takes the focus when clicked there")
        else:
            failed += 1
            print("not ok 3 the card did not take the focus")
        rawinput.pressKey("2")
        moved = name.replace(" in Resources: ", " in Discourses: ")
        for _ in range(20):
            if moved in cards():
                break
            time.sleep(0.3)
        if moved in cards() and name not in cards():
            print("ok 4 moved by keyboard, the card is named in Discourses")
        else:
            failed += 1
            print("not ok 4 after the key 2, no card named %r" % moved)

        # 5: Tab moves the focus to another card, and that is what is read.
        def focused():
            return [n for n, c in cards().items() if c.getState().contains(pyatspi.STATE_FOCUSED)]

        before = focused()
        rawinput.pressKey("Tab")
        after = []
        for _ in range(20):
            after = focused()
            if after and after != before:
                break
            time.sleep(0.2)
        if len(after) == 1 and after != before:
            print("ok 5 Tab moves the focus to another card: %s" % after[0])
        else:
            failed += 1
            print("not ok 5 focus before Tab %s, after %s" % (before, after))

        # 6 and 8: every control has a name to be read by, in the window
        # and in the Workshop Details dialog opened from the keyboard.
        def unnamed(node):
            controls = node.findChildren(lambda n: n.roleName in CONTROLS)
            return [(n.roleName, n.parent.name) for n in controls if not (n.name or "").strip()], len(controls)

        missing, count = unnamed(found)
        if not missing and count > 10:
            print("ok 6 all %d buttons, check boxes, lists and fields in the window have names" % count)
        else:
            failed += 1
            print("not ok 6 %d controls, unnamed: %s" % (count, missing))
        # 7: the outline reads its factors as the canvas does, each group
        # under its heading; rows scrolled out of view are read too.
        outline = found.findChildren(lambda n: n.roleName == "list" and n.name == "All factors")
        children = outline[0].children if outline else []
        rows = [n.name for n in children if n.roleName == "list item" and n.name]
        headings = [n.name for n in children if n.roleName == "label"]
        card_names = set(cards())
        if rows and set(rows) == card_names and "Resources \u2014 Enabler (3)" in headings:
            print("ok 7 the outline names all %d factors as their cards are named, under %d headings"
                  % (len(rows), len(headings)))
        else:
            failed += 1
            print("not ok 7 outline rows %s, headings %s, cards %s" % (sorted(rows), headings, sorted(card_names)))

        rawinput.keyCombo("<Alt>Return")
        dialog = atspi_session.wait_for_window(found, lambda w: w.name == "Workshop Details")
        if dialog is None:
            failed += 1
            print("not ok 8 Alt+Return opened no Workshop Details")
        else:
            missing, count = unnamed(dialog)
            if not missing and count >= 5:
                print("ok 8 all %d fields of Workshop Details have names" % count)
            else:
                failed += 1
                print("not ok 8 %d fields, unnamed: %s" % (count, missing))
            rawinput.pressKey("Escape")

        # 9: the projector window tells nothing of a private factor, not
        # even to a screen reader; the other cards it names.
        rawinput.keyCombo("<Shift>F5")
        projector = atspi_session.wait_for_window(found, lambda w: (w.name or "").endswith("Projector"))
        if projector is None:
            failed += 1
            print("not ok 9 Shift+F5 opened no projector window")
        else:
            time.sleep(1)
            words = " ".join(all_words(projector))
            public = [name.split(": ", 1)[1].split("; ")[0] for fid, (name, _) in expected.items()
                      if fid != PRIVATE_ID]
            heard = [text for text in public if text in words]
            if private_text not in words and len(heard) == len(public):
                print("ok 9 the projector's accessible tree names all %d public cards and not the private one"
                      % len(heard))
            else:
                failed += 1
                print("not ok 9 private text heard: %s; public cards heard %d of %d"
                      % (private_text in words, len(heard), len(public)))
    finally:
        atspi_session.stop(app)
        shutil.rmtree(home, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-pointer.py — the canvas under a real pointer.

Run by meson under xvfb-run and dbus-run-session (see tests/meson.build):
starts Power Triangle on a copy of the English example and sends it the
X server's own pointer and key events (XTest, through AT-SPI's registry),
as a mouse would:

 1. a card dragged from Resources towards Discourses lights Discourses up
    while it moves (the zone's highlight colour fills the lower left of
    the triangle), and lands there; one Ctrl+Z brings it back;
 2. a click, a Shift-click and a Ctrl-click select three cards;
 3. a rectangle dragged from empty canvas round the Contexts cards selects
    them, and nothing else;
 4. a drag from the round handle of a selected card to another card links
    them (the source's description counts one more link);
 5. Ctrl and the wheel zoom in (cards grow), Ctrl+minus zooms out, and
    Ctrl+0 fits the triangle again;
 6. F9 hides the side panel (its factor list is gone, the canvas wider)
    and shows it again.

Each step is checked where a user sees it: the cards as a screen reader
names them and their states, and the screen's pixels. TAP.
"""
import os
import shutil
import sys
import time

import atspi_session

HIGHLIGHT = (0xFF, 0xE8, 0x8A)   # the palette's zone_highlight (src/render/pt-palette.c)


def main():
    app_path, example = sys.argv[1], sys.argv[2]
    home = atspi_session.private_home()
    copy = os.path.join(home, "workshop.ptw")
    shutil.copy(example, copy)

    import pyatspi
    from dogtail import rawinput
    import gi
    gi.require_version("Gdk", "3.0")
    from gi.repository import Gdk

    print("1..6")
    process, app = atspi_session.start([app_path, copy])
    failed = 0

    def report(n, ok, text):
        nonlocal failed
        if not ok:
            failed += 1
        print("%s %d %s" % ("ok" if ok else "not ok", n, text))

    def wait_for(check, seconds=6):
        for _ in range(int(seconds / 0.2)):
            if check():
                return True
            time.sleep(0.2)
        return check()

    def cards():
        return atspi_session.cards(app)

    def card(text):
        for name, node in cards().items():
            if name.split(": ", 1)[1].startswith(text):
                return node
        return None

    def centre(node):
        (x, y), (w, h) = node.position, node.size
        return x + w // 2, y + h // 2

    def selected():
        return sorted(name.split(": ", 1)[1].split(";")[0] for name, node in cards().items()
                      if node.getState().contains(pyatspi.STATE_SELECTED))

    def move_in_steps(start, end, steps=12):
        for i in range(1, steps + 1):
            rawinput.absoluteMotion(start[0] + (end[0] - start[0]) * i // steps,
                                    start[1] + (end[1] - start[1]) * i // steps)
            time.sleep(0.03)

    def drag(start, end, before_release=None):
        rawinput.absoluteMotion(*start)
        time.sleep(0.1)
        rawinput.press(*start)
        time.sleep(0.1)
        move_in_steps(start, end)
        time.sleep(0.4)
        result = before_release() if before_release is not None else None
        rawinput.release(*end)
        time.sleep(0.5)
        return result

    def highlighted():
        """How many pixels show the zone highlight, and their centre."""
        root = Gdk.get_default_root_window()
        width, height = root.get_width(), root.get_height()
        pixbuf = Gdk.pixbuf_get_from_window(root, 0, 0, width, height)
        data, stride, n = pixbuf.get_pixels(), pixbuf.get_rowstride(), pixbuf.get_n_channels()
        count = sx = sy = 0
        for y in range(0, height, 2):
            row = y * stride
            for x in range(0, width, 2):
                i = row + x * n
                if abs(data[i] - HIGHLIGHT[0]) < 6 and abs(data[i + 1] - HIGHLIGHT[1]) < 6 \
                        and abs(data[i + 2] - HIGHLIGHT[2]) < 6:
                    count += 1
                    sx += x
                    sy += y
        return count, (sx // count, sy // count) if count else None

    try:
        if app is None or not wait_for(lambda: len(cards()) >= 16, 20):
            print("Bail out! the app and its cards never appeared on the accessibility bus")
            return 1
        canvas = [n for n in app.findChildren(lambda n: n.name == "Power triangle")][0]
        (cx, cy), (cw, ch) = canvas.position, canvas.size
        middle = (cx + cw // 2, cy + ch // 2)

        # 1: drag Resources → Discourses, with the target lit while moving.
        moving = card("Relatives speak for those who cannot")
        target = card("Doubt that frail residents can contribute")
        quiet, _ = highlighted()
        start = centre(moving)
        end = centre(target)
        end = (end[0], end[1] - 4)
        lit, where = drag(start, end, highlighted)
        name = moving.name
        landed = wait_for(lambda: any(n.startswith("Enabler in Discourses: Relatives speak") for n in cards()))
        lower_left = where is not None and where[0] < middle[0] and where[1] > middle[1] - ch // 8
        rawinput.keyCombo("<Control>z")
        back = wait_for(lambda: any(n.startswith("Enabler in Resources: Relatives speak") for n in cards()))
        report(1, quiet == 0 and lit > 500 and lower_left and landed and back,
               "dragged, the card lit Discourses (%d highlighted pixels, centred at %s, none before), "
               "landed there (%s), and one Ctrl+Z brought it back (%s)" % (lit, where, landed, back))

        # 2: click, Shift-click, Ctrl-click.
        first = card("Residents have little energy for meetings")
        second = card("No time set aside for improvement work")
        third = card("The municipality funds a coach")
        rawinput.click(*centre(first))
        time.sleep(0.3)
        rawinput.holdKey("Shift_L")
        rawinput.click(*centre(second))
        rawinput.releaseKey("Shift_L")
        time.sleep(0.3)
        rawinput.holdKey("Control_L")
        rawinput.click(*centre(third))
        rawinput.releaseKey("Control_L")
        time.sleep(0.5)
        chosen = selected()
        report(2, chosen == sorted(["Residents have little energy for meetings",
                                    "No time set aside for improvement work",
                                    "The municipality funds a coach"]),
               "click, Shift-click and Ctrl-click selected %s" % chosen)

        # 3: a rectangle round the Contexts cards, from empty canvas: it
        # selects every card it touches (the layout may have put another
        # dimension's card between them) and nothing else.
        every = cards()
        contexts = [node for name, node in every.items() if " in Contexts: " in name]
        left = min(n.position[0] for n in contexts) - 12
        top = min(n.position[1] for n in contexts) - 12
        right = max(n.position[0] + n.size[0] for n in contexts) + 12
        bottom = max(n.position[1] + n.size[1] for n in contexts) + 12

        def on_a_card(x, y):
            return any(n.position[0] - 4 <= x <= n.position[0] + n.size[0] + 4 and
                       n.position[1] - 4 <= y <= n.position[1] + n.size[1] + 4 for n in every.values())

        corners = [((left, top), (right, bottom)), ((right, top), (left, bottom)),
                   ((left, bottom), (right, top)), ((right, bottom), (left, top))]
        start, stop = next((c for c in corners if not on_a_card(*c[0])), corners[0])
        rawinput.click(cx + 20, cy + 20)       # empty canvas: nothing selected
        time.sleep(0.3)
        drag(start, stop)
        chosen = selected()
        wanted = sorted(name.split(": ", 1)[1].split(";")[0] for name, n in every.items()
                        if n.position[0] < right and n.position[0] + n.size[0] > left and
                        n.position[1] < bottom and n.position[1] + n.size[1] > top)
        report(3, chosen == wanted and len(chosen) >= len(contexts),
               "a dragged rectangle selected %s (the cards it touches: %s)" % (chosen, wanted))

        # 4: drag from the handle of a selected card to another card.
        source = card("Residents have little energy for meetings")
        before = source.description or ""
        rawinput.click(*centre(source))
        time.sleep(0.4)
        (sx, sy), (sw, sh) = source.position, source.size
        # The handle stands beside the card's right edge, off its text.
        drag((sx + sw + 9, sy + sh // 2), centre(card("Taking time to listen")))
        after = lambda: card("Residents have little energy for meetings").description or ""

        def links(text):
            for part in text.split(". "):
                if part.endswith(" link") or part.endswith(" links"):
                    return int(part.split()[0])
            return 0
        linked = wait_for(lambda: links(after()) == links(before) + 1)
        report(4, linked, "dragged from its handle, the card's links went from %d to %d"
               % (links(before), links(after())))

        # 5: Ctrl+wheel, Ctrl+minus, Ctrl+0.
        rawinput.keyCombo("<Control>0")
        time.sleep(0.5)
        width = card("Residents have little energy for meetings").size[0]
        rawinput.absoluteMotion(*middle)
        rawinput.holdKey("Control_L")
        for _ in range(3):
            rawinput.registry.generateMouseEvent(middle[0], middle[1], name="b4c")
            time.sleep(0.2)
        rawinput.releaseKey("Control_L")
        time.sleep(0.5)
        zoomed = card("Residents have little energy for meetings").size[0]
        rawinput.keyCombo("<Control>minus")
        time.sleep(0.3)
        rawinput.keyCombo("<Control>minus")
        time.sleep(0.5)
        smaller = card("Residents have little energy for meetings").size[0]
        rawinput.keyCombo("<Control>0")
        time.sleep(0.5)
        fitted = card("Residents have little energy for meetings").size[0]
        report(5, zoomed > width * 1.1 and smaller < zoomed and abs(fitted - width) <= 2,
               "a card %d px wide: %d after Ctrl+wheel, %d after Ctrl+minus twice, %d after Ctrl+0"
               % (width, zoomed, smaller, fitted))

        # 6: F9 hides and shows the side panel.
        def outline_showing():
            # A hidden panel's widgets leave the accessible tree.
            return bool(app.findChildren(lambda n: n.roleName == "list" and n.name == "All factors"))
        shown = outline_showing()
        rawinput.pressKey("F9")
        hidden = wait_for(lambda: not outline_showing())
        time.sleep(0.3)
        hidden_width = canvas.size[0]
        rawinput.pressKey("F9")
        again = wait_for(lambda: abs(canvas.size[0] - cw) <= 2)
        report(6, shown and hidden and hidden_width > cw and again,
               "F9 hid the side panel (its factor list gone: %s; the canvas %d → %d px wide) and showed it again (%s)"
               % (hidden, cw, hidden_width, again))
    finally:
        atspi_session.stop(process)
        shutil.rmtree(home, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

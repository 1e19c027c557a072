# SPDX-License-Identifier: GPL-3.0-or-later
"""atspi_session.py — what the AT-SPI tests share: a private settings folder
with accessibility on (dogtail needs the key; the memory backend is not
shared between processes), the app started and found on the bus, and the
cards as a screen reader names them."""
import os
import subprocess
import tempfile
import time

CARD_ROLE = "push button"


def private_home():
    """A folder for this run's settings and data, set in the environment."""
    home = tempfile.mkdtemp(prefix="pt-atspi-")
    settings = os.path.join(home, "config", "glib-2.0", "settings")
    os.makedirs(settings)
    with open(os.path.join(settings, "keyfile"), "w") as keyfile:
        keyfile.write("[org/gnome/desktop/interface]\ntoolkit-accessibility=true\n")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")
    os.environ["GSETTINGS_BACKEND"] = "keyfile"
    return home


def start(argv):
    """Starts the app; returns the process and its node, or None."""
    from dogtail import tree
    from dogtail.config import config
    config.searchCutoffCount = 5
    config.defaultDelay = 0.2
    config.logDebugToFile = False

    process = subprocess.Popen(argv)
    for _ in range(60):
        try:
            return process, tree.root.application("power-triangle")
        except Exception:
            time.sleep(0.5)
    return process, None


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()


def is_card_name(name):
    """ "Barrier in Resources: …", not a choice such as "Raised by: Nobody in particular"."""
    name = name or ""
    return " in " in name and ": " in name and name.index(" in ") < name.index(": ")


def cards(app):
    """Each factor's card by its name: "Barrier in Resources: …"."""
    return {c.name: c for c in app.findChildren(lambda n: n.roleName == CARD_ROLE and is_card_name(n.name))}


def wait_for_window(app, matches):
    """The first of app's windows for which matches(window) holds, waited
    for up to six seconds; None if none comes."""
    for _ in range(20):
        windows = [w for w in app.children if matches(w)]
        if windows:
            return windows[0]
        time.sleep(0.3)
    return None

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-desktop-style.h — following the desktop's look: its dark style and
 * its high-contrast setting (GNOME's keys, where they are installed). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PT_TYPE_DESKTOP_STYLE (pt_desktop_style_get_type ())
G_DECLARE_FINAL_TYPE (PtDesktopStyle, pt_desktop_style, PT, DESKTOP_STYLE, GObject)

PtDesktopStyle *pt_desktop_style_get_default   (void);
gboolean        pt_desktop_style_get_high_contrast (PtDesktopStyle *self);

G_END_DECLS

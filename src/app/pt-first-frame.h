/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-first-frame.h — work done once a window has shown its first frame.
 *
 * What the window does not show (the window manager's icon) waits for it,
 * so the window is on the screen sooner. And the benchmark times start-up
 * by quitting there, the app and a bare GTK window alike: the time that
 * frame was done goes to standard output, so it counts start-up to the
 * frame, not the process's exit after it. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*PtFirstFrameFunc) (GtkWindow *window);

void pt_first_frame_connect    (GtkWindow        *window,
                                PtFirstFrameFunc  func);
void pt_quit_after_first_frame (GtkWindow        *window);

G_END_DECLS

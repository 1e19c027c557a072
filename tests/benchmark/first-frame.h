/* SPDX-License-Identifier: GPL-3.0-or-later */
/* first-frame.h — how the start-up figure knows a start is over: the
 * process prints the time its window's first frame (showing what it must)
 * was done, and quits. Built into the benchmark's own launchers only. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether the window now shows what the start is for. */
typedef gboolean (*BenchReadyFunc) (GtkWindow *window);

void bench_quit_after_first_frame (GtkWindow      *window,
                                   BenchReadyFunc  ready);

G_END_DECLS

/* pt-first-frame.h — quitting once a window has shown its first frame: how
 * the benchmark times start-up, the app's and a bare GTK window's alike.
 * The time that frame was done goes to standard output, so the benchmark
 * counts start-up to the frame, not the process's exit after it. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pt_quit_after_first_frame (GtkWindow *window);

G_END_DECLS

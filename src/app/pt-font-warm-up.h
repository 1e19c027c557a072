/* pt-font-warm-up.h — the canvas's fonts, loaded on a second thread while
 * GTK starts. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void pt_font_warm_up_start  (void);
void pt_font_warm_up_finish (void);

G_END_DECLS

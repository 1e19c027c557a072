/* pt-font-warm-up.h — the window's fonts, loaded on a second thread while
 * GTK starts and the first window is built. */
#pragma once

#include <gio/gio.h>

#include "pt-scene.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

/* How long the first window waits for the fonts, at most. */
#define PT_FONT_WARM_UP_MAX_WAIT (50 * G_TIME_SPAN_MILLISECOND)

void        pt_font_warm_up_start             (GFile       *file);
void        pt_font_warm_up_widget_fonts      (void);
void        pt_font_warm_up_finish            (GTimeSpan    max_wait);
PtWorkshop *pt_font_warm_up_take_workshop     (GFile       *file,
                                               char       **etag);
PtScene    *pt_font_warm_up_take_scene        (PtWorkshop  *workshop);
void        pt_font_warm_up_keep_view         (PtScene     *scene);
GPtrArray  *pt_font_warm_up_list_widget_fonts (void);
guint       pt_font_warm_up_count_late_fonts  (void);

G_END_DECLS

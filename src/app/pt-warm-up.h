/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-warm-up.h — the first window's fonts and workshop, loaded on a second
 * thread while GTK starts and the window is built. */
#pragma once

#include <gio/gio.h>

#include "pt-scene.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

/* How long the first window waits for the thread, at most. */
#define PT_WARM_UP_MAX_WAIT (50 * G_TIME_SPAN_MILLISECOND)

void        pt_warm_up_start             (GFile       *file);
void        pt_warm_up_widget_fonts      (void);
void        pt_warm_up_finish            (GTimeSpan    max_wait);
PtWorkshop *pt_warm_up_take_workshop     (GFile       *file,
                                               char       **etag);
PtScene    *pt_warm_up_take_scene        (PtWorkshop  *workshop);
void        pt_warm_up_keep_view         (PtScene     *scene);
GPtrArray  *pt_warm_up_list_widget_fonts (void);
guint       pt_warm_up_count_late_fonts  (void);

G_END_DECLS

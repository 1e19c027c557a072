/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench.h — the benchmark's parts: generated workshops, medians of
 * repeated runs, its one output format, and each group of figures. */
#pragma once

#include <gio/gio.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

typedef void (*BenchFunc) (gpointer data);

PtWorkshop *bench_workshop_new (guint        factors,
                                guint        links);
double      bench_median       (GArray      *times);
double      bench_median_ms    (BenchFunc    func,
                                gpointer     data,
                                guint        runs);
guint       bench_runs         (guint        factors);
void        bench_report       (const char  *name,
                                guint        factors,
                                double       value,
                                const char  *unit);

void        bench_files        (PtWorkshop  *workshop,
                                guint        factors,
                                const char  *xmllint,
                                const char  *path);
double      bench_full_frame   (PtWorkshop  *workshop);
double      bench_first_frame  (PtWorkshop  *workshop);
double      bench_layout       (PtWorkshop  *workshop);
void        bench_render       (PtWorkshop  *workshop,
                                guint        factors);
void        bench_window_frames (GFile      *file,
                                guint        factors);
void        bench_start_up     (const char  *app,
                                const char  *bare,
                                const char  *example,
                                guint        factors,
                                const char  *data_home);

G_END_DECLS

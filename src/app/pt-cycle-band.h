/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-cycle-band.h — PtCycleBand: where the group is in the cycle — round,
 * step, the step's questions and the step timer — in the editing window
 * and on the projector alike. */
#pragma once

#include <gtk/gtk.h>

#include "pt-step-timer.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_CYCLE_BAND (pt_cycle_band_get_type ())
G_DECLARE_FINAL_TYPE (PtCycleBand, pt_cycle_band, PT, CYCLE_BAND, GtkWidget)

GtkWidget  *pt_cycle_band_new          (void);
void        pt_cycle_band_set_workshop (PtCycleBand *self,
                                        PtWorkshop  *workshop);
void        pt_cycle_band_set_timer    (PtCycleBand *self,
                                        PtStepTimer *timer);
const char *pt_cycle_band_get_title    (PtCycleBand *self);
const char *pt_cycle_band_get_timer_text (PtCycleBand *self);
GtkWidget  *pt_cycle_band_get_timer_label (PtCycleBand *self);
PtStepTimer *pt_cycle_band_get_timer   (PtCycleBand *self);

G_END_DECLS

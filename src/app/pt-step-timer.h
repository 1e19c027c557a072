/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-step-timer.h — PtStepTimer: a countdown for one step of the cycle,
 * set in minutes, that says when it reaches zero. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PT_TYPE_STEP_TIMER (pt_step_timer_get_type ())
G_DECLARE_FINAL_TYPE (PtStepTimer, pt_step_timer, PT, STEP_TIMER, GObject)

PtStepTimer *pt_step_timer_new           (void);
void         pt_step_timer_start         (PtStepTimer *self,
                                          guint        seconds);
void         pt_step_timer_stop          (PtStepTimer *self);
gboolean     pt_step_timer_get_running   (PtStepTimer *self);
guint        pt_step_timer_get_remaining (PtStepTimer *self);
void         pt_step_timer_tick          (PtStepTimer *self);
char        *pt_step_timer_format        (guint        seconds);

G_END_DECLS

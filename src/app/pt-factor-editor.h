/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-factor-editor.h — PtFactorEditor: the side panel's fields for one
 * factor: its text, polarity, dimension, who raised it, notes, privacy. */
#pragma once

#include <gtk/gtk.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_FACTOR_EDITOR (pt_factor_editor_get_type ())
G_DECLARE_FINAL_TYPE (PtFactorEditor, pt_factor_editor, PT, FACTOR_EDITOR, GtkWidget)

GtkWidget *pt_factor_editor_new        (void);
void       pt_factor_editor_set_factor (PtFactorEditor *self,
                                        PtWorkshop     *workshop,
                                        PtFactor       *factor);
void       pt_factor_editor_refresh    (PtFactorEditor *self);
void       pt_factor_editor_commit     (PtFactorEditor *self);

G_END_DECLS

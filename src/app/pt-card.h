/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-card.h — PtCard: one factor on the canvas, as a widget.
 *
 * On GTK 4.8 only widgets reach assistive technology, so each card is a
 * focusable widget with an accessible role and a label that says its text,
 * dimension and polarity. It draws itself with the render layer's card
 * function, the same one print and export use. The canvas places it and
 * handles the pointer; the card knows only how to look.
 */
#pragma once

#include <gtk/gtk.h>

#include "pt-scene.h"

G_BEGIN_DECLS

#define PT_TYPE_CARD (pt_card_get_type ())
G_DECLARE_FINAL_TYPE (PtCard, pt_card, PT, CARD, GtkWidget)

PtCard   *pt_card_new          (PtScene  *scene,
                                PtFactor *factor);
PtFactor *pt_card_get_factor   (PtCard   *self);
void      pt_card_set_scale    (PtCard   *self,
                                double    scale);
void      pt_card_set_selected (PtCard   *self,
                                gboolean  selected);
gboolean  pt_card_get_selected (PtCard   *self);
void      pt_card_set_dimmed   (PtCard   *self,
                                gboolean  dimmed);
gboolean  pt_card_get_dimmed   (PtCard   *self);

char     *pt_card_accessible_name (PtWorkshop *workshop,
                                   PtFactor   *factor);
void      pt_card_update       (PtCard   *self);

G_END_DECLS

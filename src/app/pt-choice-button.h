/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-choice-button.h — PtChoiceButton: a button that shows one of a few
 * strings and picks another from a menu. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PT_TYPE_CHOICE_BUTTON (pt_choice_button_get_type ())
G_DECLARE_FINAL_TYPE (PtChoiceButton, pt_choice_button, PT, CHOICE_BUTTON, GtkWidget)

GtkWidget  *pt_choice_button_new           (const char * const *strings);
void        pt_choice_button_set_strings   (PtChoiceButton     *self,
                                            const char * const *strings);
guint       pt_choice_button_get_n_items   (PtChoiceButton     *self);
const char *pt_choice_button_get_string    (PtChoiceButton     *self,
                                            guint               position);
guint       pt_choice_button_get_selected  (PtChoiceButton     *self);
void        pt_choice_button_set_selected  (PtChoiceButton     *self,
                                            guint               position);
void        pt_choice_button_set_ellipsize (PtChoiceButton     *self,
                                            gboolean            ellipsize);
void        pt_choice_button_popup         (PtChoiceButton     *self);
void        pt_choice_button_set_name      (PtChoiceButton     *self,
                                            const char         *name);

G_END_DECLS

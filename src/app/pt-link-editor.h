/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-link-editor.h — PtLinkEditor: the side panel's fields for one link:
 * its kind and its label. */
#pragma once

#include <gtk/gtk.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_LINK_EDITOR (pt_link_editor_get_type ())
G_DECLARE_FINAL_TYPE (PtLinkEditor, pt_link_editor, PT, LINK_EDITOR, GtkWidget)

GtkWidget *pt_link_editor_new      (void);
void       pt_link_editor_set_link (PtLinkEditor *self,
                                    PtWorkshop   *workshop,
                                    PtLink       *link);
void       pt_link_editor_refresh  (PtLinkEditor *self);
void       pt_link_editor_commit   (PtLinkEditor *self);

G_END_DECLS

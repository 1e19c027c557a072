/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-print-preview.h — PtPrintPreview: the handout's pages on screen,
 * before they go to paper. */
#pragma once

#include <gtk/gtk.h>

#include "pt-handout.h"

G_BEGIN_DECLS

#define PT_TYPE_PRINT_PREVIEW (pt_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (PtPrintPreview, pt_print_preview, PT, PRINT_PREVIEW, GtkWindow)

GtkWindow *pt_print_preview_new (GtkWindow                *parent,
                                 PtHandout                *handout,
                                 GtkPageSetup             *page_setup,
                                 GtkPrintOperationPreview *preview);

G_END_DECLS

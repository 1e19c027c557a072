/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-print-operation.h — PtPrintOperation: printing a workshop's handout. */
#pragma once

#include <gtk/gtk.h>

#include "pt-handout.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

#define PT_TYPE_PRINT_OPERATION (pt_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (PtPrintOperation, pt_print_operation, PT, PRINT_OPERATION, GtkPrintOperation)

PtPrintOperation *pt_print_operation_new       (PtWorkshop       *workshop);
void              pt_print_operation_set_parts (PtPrintOperation *self,
                                                PtHandoutParts    parts,
                                                gboolean          include_private);
PtHandoutParts    pt_print_operation_get_parts (PtPrintOperation *self,
                                                gboolean         *include_private);

G_END_DECLS

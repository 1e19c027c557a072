/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-recovery-dialog.h — PtRecoveryDialog: after a crash, the workshops
 * that can be brought back, each to restore or discard. */
#pragma once

#include <gtk/gtk.h>

#include "pt-recovery.h"

G_BEGIN_DECLS

#define PT_TYPE_RECOVERY_DIALOG (pt_recovery_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PtRecoveryDialog, pt_recovery_dialog, PT, RECOVERY_DIALOG, GtkWindow)

GtkWindow *pt_recovery_dialog_offer   (GtkWindow        *parent);
guint      pt_recovery_dialog_count   (PtRecoveryDialog *self);
void       pt_recovery_dialog_restore (PtRecoveryDialog *self,
                                       guint             position);
void       pt_recovery_dialog_discard (PtRecoveryDialog *self,
                                       guint             position);

G_END_DECLS

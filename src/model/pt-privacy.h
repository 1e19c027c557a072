/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-privacy.h — the one rule for what is private, and the workshop as the
 * room and the paper may see it.
 *
 * Private things are the facilitator's: they never leave the editing
 * window unless the user asks for them (the print dialog's option,
 * --include-private). Every output either draws the public copy, or, where
 * it shows the live workshop (presentation, the second screen), asks
 * pt_privacy_is_private () of each thing it would show.
 */
#pragma once

#include "pt-workshop.h"

G_BEGIN_DECLS

gboolean    pt_privacy_is_private  (PtWorkshop *workshop,
                                    gpointer    item);
PtWorkshop *pt_privacy_public_copy (PtWorkshop *workshop);

G_END_DECLS

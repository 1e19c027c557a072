/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-workshop-private.h — for the loader only: building a workshop from a
 * file is not an edit, so it bypasses the undo history and the signals. */
#pragma once

#include "pt-workshop.h"

G_BEGIN_DECLS

void     _pt_workshop_append       (PtWorkshop *self,
                                    PtItem     *item);
gboolean _pt_workshop_check_value  (PtWorkshop   *self,
                                    GObject      *object,
                                    GParamSpec   *pspec,
                                    const GValue *value);

G_END_DECLS

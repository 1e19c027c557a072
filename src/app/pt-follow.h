/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-follow.h — how a view keeps a workshop and hears of its changes. */
#pragma once

#include "pt-workshop.h"

G_BEGIN_DECLS

void pt_follow_workshop   (gpointer     view,
                           PtWorkshop **slot,
                           PtWorkshop  *workshop,
                           GCallback    on_added_or_removed,
                           GCallback    on_changed);
void pt_unfollow_workshop (gpointer     view,
                           PtWorkshop **slot);

G_END_DECLS

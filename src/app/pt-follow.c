/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-follow.c — a view keeps its workshop in *slot and hears item-added and
 * item-removed through one handler, item-changed through another, each
 * called with the view first. Opening another file swaps the workshop
 * underneath; the old one's signals are let go first. */
#include "config.h"

#include "pt-follow.h"

void
pt_unfollow_workshop (gpointer     view,
                      PtWorkshop **slot)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, view);
  g_clear_object (slot);
}

void
pt_follow_workshop (gpointer     view,
                    PtWorkshop **slot,
                    PtWorkshop  *workshop,
                    GCallback    on_added_or_removed,
                    GCallback    on_changed)
{
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  pt_unfollow_workshop (view, slot);
  *slot = g_object_ref (workshop);
  g_signal_connect_swapped (workshop, "item-added", on_added_or_removed, view);
  g_signal_connect_swapped (workshop, "item-removed", on_added_or_removed, view);
  g_signal_connect_swapped (workshop, "item-changed", on_changed, view);
}

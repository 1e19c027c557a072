/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-snapshot.h — PtSnapshot: the factors, links, actions and participants
 * of a finished round, frozen, so a later round can be compared with it and
 * the round shown as it was.
 *
 * A snapshot's contents never change after it is made; its factors and links
 * are copies that belong to no workshop (their ids are those the factors had
 * when the round closed).
 */
#pragma once

#include "pt-item.h"

G_BEGIN_DECLS

#define PT_TYPE_SNAPSHOT (pt_snapshot_get_type ())
G_DECLARE_FINAL_TYPE (PtSnapshot, pt_snapshot, PT, SNAPSHOT, PtItem)

PtSnapshot *pt_snapshot_new         (const char *id,
                                     guint       round,
                                     const char *taken,
                                     GPtrArray  *factors,
                                     GPtrArray  *links,
                                     GPtrArray  *actions,
                                     GPtrArray  *participants);
guint       pt_snapshot_get_round   (PtSnapshot *self);
const char *pt_snapshot_get_taken   (PtSnapshot *self);
GPtrArray  *pt_snapshot_get_factors (PtSnapshot *self);
GPtrArray  *pt_snapshot_get_links   (PtSnapshot *self);
GPtrArray  *pt_snapshot_get_actions (PtSnapshot *self);
GPtrArray  *pt_snapshot_get_participants (PtSnapshot *self);

G_END_DECLS

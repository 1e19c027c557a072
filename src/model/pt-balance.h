/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-balance.h — barriers and enablers per dimension in each round, from
 * the rounds' snapshots and the round in progress: whether the balance of
 * power is moving, round by round. */
#pragma once

#include "pt-workshop.h"

G_BEGIN_DECLS

typedef struct
{
  guint round;
  guint counts[PT_DIMENSION_CONTEXTS + 1][2];   /* [dimension][polarity] */
} PtBalance;

GArray *pt_balance_by_round (PtWorkshop *workshop);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-balance.c — barriers and enablers per dimension, round by round. */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include "pt-balance.h"
#include "pt-snapshot.h"

static void
count (GPtrArray *factors,
       PtBalance *balance)
{
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);

      balance->counts[pt_factor_get_dimension (factor)][pt_factor_get_polarity (factor)]++;
    }
}

/* A PtBalance for each closed round (as it was closed) and the round in
 * progress (as it is), in order; a round whose snapshot is missing is
 * left out. */
GArray *
pt_balance_by_round (PtWorkshop *workshop)
{
  GArray *rounds = g_array_new (FALSE, TRUE, sizeof (PtBalance));
  guint now = pt_workshop_get_round (workshop);

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), rounds);

  for (guint round = 1; round <= now; round++)
    {
      PtSnapshot *snapshot = round < now ? pt_workshop_get_snapshot (workshop, round) : NULL;
      PtBalance balance = { round, { { 0 } } };

      if (round < now && snapshot == NULL)
        continue;
      count (snapshot != NULL ? pt_snapshot_get_factors (snapshot)
                              : pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR), &balance);
      g_array_append_val (rounds, balance);
    }
  return rounds;
}

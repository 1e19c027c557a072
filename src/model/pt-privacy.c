/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-privacy.c — what is private, and the workshop without it.
 *
 * A factor or a journal note is private when marked so. What would tell a
 * private factor's text or whereabouts is private with it: a link with a
 * private end, and an action that addresses only private factors (it was
 * written about them). An action that also addresses public factors stays,
 * naming only those. A factor private now is private in every earlier
 * round too, and one private in a round is never shown from that round.
 */
#define G_LOG_DOMAIN "pt-model"

#include "pt-privacy.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static gboolean
factor_id_is_private (PtWorkshop *workshop,
                      const char *id)
{
  PtFactor *factor = pt_workshop_lookup_factor (workshop, id);

  return factor != NULL && pt_factor_get_private (factor);
}

static gboolean
action_is_private (PtWorkshop *workshop,
                   PtAction   *action)
{
  const char * const *ids = pt_action_get_factors (action);

  if (ids == NULL || ids[0] == NULL)
    return FALSE;
  for (guint i = 0; ids[i] != NULL; i++)
    if (!factor_id_is_private (workshop, ids[i]))
      return FALSE;
  return TRUE;
}

/* A snapshot's factors and links as the room may see them: without those
 * private then, or private now. */
static PtSnapshot *
public_snapshot (PtWorkshop *workshop,
                 PtSnapshot *snapshot)
{
  GPtrArray *factors = pt_snapshot_get_factors (snapshot);
  GPtrArray *links = pt_snapshot_get_links (snapshot);
  GPtrArray *actions = pt_snapshot_get_actions (snapshot);
  g_autoptr(GPtrArray) kept_actions = NULL;
  g_autoptr(GPtrArray) kept_factors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) kept_links = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) hidden = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (factors, i);
      const char *id = pt_item_get_id (PT_ITEM (f));

      if (pt_factor_get_private (f) || factor_id_is_private (workshop, id))
        g_hash_table_add (hidden, (gpointer) id);
      else
        g_ptr_array_add (kept_factors, pt_item_copy (PT_ITEM (f)));
    }
  for (guint i = 0; i < links->len; i++)
    {
      PtLink *l = g_ptr_array_index (links, i);

      if (!g_hash_table_contains (hidden, pt_link_get_from (l)) &&
          !g_hash_table_contains (hidden, pt_link_get_to (l)))
        g_ptr_array_add (kept_links, pt_item_copy (PT_ITEM (l)));
    }
  if (actions != NULL)
    {
      kept_actions = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < actions->len; i++)
        {
          PtAction *action = g_ptr_array_index (actions, i);
          const char * const *ids = pt_action_get_factors (action);
          g_autoptr(GStrvBuilder) named = g_strv_builder_new ();
          g_auto(GStrv) public_ids = NULL;
          gboolean any = ids == NULL || ids[0] == NULL;
          PtItem *copy;

          /* As in the workshop: an action only about private factors goes
           * with them; one also about public factors names only those. */
          for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
            if (!g_hash_table_contains (hidden, ids[j]))
              {
                g_strv_builder_add (named, ids[j]);
                any = TRUE;
              }
          if (!any)
            continue;
          public_ids = g_strv_builder_end (named);
          copy = pt_item_copy (PT_ITEM (action));
          g_object_set (copy, "factors", public_ids, NULL);
          g_ptr_array_add (kept_actions, copy);
        }
    }
  return pt_snapshot_new (pt_item_get_id (PT_ITEM (snapshot)), pt_snapshot_get_round (snapshot),
                          pt_snapshot_get_taken (snapshot), kept_factors, kept_links, kept_actions,
                          pt_snapshot_get_participants (snapshot));
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/* Whether item (a factor, link, action or journal note of workshop) is
 * kept from the room and from paper. */
gboolean
pt_privacy_is_private (PtWorkshop *workshop,
                       gpointer    item)
{
  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), TRUE);
  g_return_val_if_fail (PT_IS_ITEM (item), TRUE);

  if (PT_IS_FACTOR (item))
    return pt_factor_get_private (item);
  if (PT_IS_JOURNAL_ENTRY (item))
    return pt_journal_entry_get_private (item);
  if (PT_IS_LINK (item))
    return factor_id_is_private (workshop, pt_link_get_from (item)) ||
           factor_id_is_private (workshop, pt_link_get_to (item));
  if (PT_IS_ACTION (item))
    return action_is_private (workshop, item);
  return FALSE;
}

/* A copy of workshop with nothing private in it, for handouts and
 * pictures: what is not there cannot be printed by mistake. */
PtWorkshop *
pt_privacy_public_copy (PtWorkshop *workshop)
{
  g_autoptr(PtWorkshop) copy = NULL;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *snapshots;

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), NULL);

  copy = pt_workshop_copy (workshop);
  /* Decided on the original, before removing anything changes the copy. */
  for (PtItemKind kind = 0; kind < PT_N_ITEM_KINDS; kind++)
    {
      GPtrArray *items = pt_workshop_get_items (workshop, kind);

      for (guint i = 0; i < items->len; i++)
        if (pt_privacy_is_private (workshop, g_ptr_array_index (items, i)))
          g_ptr_array_add (doomed, g_object_ref (pt_workshop_lookup (copy, pt_item_get_id (g_ptr_array_index (items, i)))));
    }
  /* Links and actions first: removing a factor takes its links with it. */
  for (guint i = doomed->len; i > 0; i--)
    {
      PtItem *item = g_ptr_array_index (doomed, i - 1);

      if (pt_workshop_lookup (copy, pt_item_get_id (item)) == item)
        pt_workshop_remove (copy, item);
    }

  snapshots = pt_workshop_get_items (copy, PT_ITEM_KIND_SNAPSHOT);
  for (guint i = 0; i < snapshots->len; i++)
    {
      PtSnapshot *old = g_ptr_array_index (snapshots, i);
      g_autoptr(PtSnapshot) kept = public_snapshot (workshop, old);

      pt_workshop_remove (copy, PT_ITEM (old));
      pt_workshop_insert (copy, PT_ITEM (kept), i);
    }
  pt_history_clear (pt_workshop_get_history (copy));
  return g_steal_pointer (&copy);
}

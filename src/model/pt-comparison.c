/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-comparison.c — comparing a round with an earlier one. */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-comparison.h"

static GHashTable *
index_by_id (GPtrArray *items)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (index, (gpointer) pt_item_get_id (g_ptr_array_index (items, i)),
                         g_ptr_array_index (items, i));
  return index;
}

static GPtrArray *
new_list (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

PtComparison *
pt_comparison_new (PtSnapshot *earlier,
                   PtWorkshop *now)
{
  PtComparison *self;
  GPtrArray *then_factors, *now_factors, *then_links, *now_links;
  g_autoptr(GHashTable) then_f = NULL, then_l = NULL;
  g_autoptr(GHashTable) now_f = NULL, now_l = NULL;

  g_return_val_if_fail (PT_IS_SNAPSHOT (earlier), NULL);
  g_return_val_if_fail (PT_IS_WORKSHOP (now), NULL);

  self = g_new0 (PtComparison, 1);
  self->added = new_list ();
  self->removed = new_list ();
  self->moved = new_list ();
  self->polarity_changed = new_list ();
  self->links_added = new_list ();
  self->links_removed = new_list ();

  then_factors = pt_snapshot_get_factors (earlier);
  then_links = pt_snapshot_get_links (earlier);
  now_factors = pt_workshop_get_items (now, PT_ITEM_KIND_FACTOR);
  now_links = pt_workshop_get_items (now, PT_ITEM_KIND_LINK);
  then_f = index_by_id (then_factors);
  then_l = index_by_id (then_links);
  now_f = index_by_id (now_factors);
  now_l = index_by_id (now_links);

  for (guint i = 0; i < now_factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (now_factors, i);
      PtFactor *before = g_hash_table_lookup (then_f, pt_item_get_id (PT_ITEM (f)));

      if (before == NULL)
        g_ptr_array_add (self->added, g_object_ref (f));
      else
        {
          if (pt_factor_get_dimension (before) != pt_factor_get_dimension (f))
            g_ptr_array_add (self->moved, g_object_ref (f));
          if (pt_factor_get_polarity (before) != pt_factor_get_polarity (f))
            g_ptr_array_add (self->polarity_changed, g_object_ref (f));
        }
    }
  for (guint i = 0; i < then_factors->len; i++)
    if (!g_hash_table_contains (now_f, pt_item_get_id (g_ptr_array_index (then_factors, i))))
      g_ptr_array_add (self->removed, g_object_ref (g_ptr_array_index (then_factors, i)));
  for (guint i = 0; i < now_links->len; i++)
    if (!g_hash_table_contains (then_l, pt_item_get_id (g_ptr_array_index (now_links, i))))
      g_ptr_array_add (self->links_added, g_object_ref (g_ptr_array_index (now_links, i)));
  for (guint i = 0; i < then_links->len; i++)
    if (!g_hash_table_contains (now_l, pt_item_get_id (g_ptr_array_index (then_links, i))))
      g_ptr_array_add (self->links_removed, g_object_ref (g_ptr_array_index (then_links, i)));
  return self;
}

guint
pt_comparison_n_changes (PtComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->added->len + self->removed->len + self->moved->len + self->polarity_changed->len +
         self->links_added->len + self->links_removed->len;
}

void
pt_comparison_free (PtComparison *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->added);
  g_ptr_array_unref (self->removed);
  g_ptr_array_unref (self->moved);
  g_ptr_array_unref (self->polarity_changed);
  g_ptr_array_unref (self->links_added);
  g_ptr_array_unref (self->links_removed);
  g_free (self);
}

static void
describe_factors (GString    *out,
                  const char *heading,
                  GPtrArray  *factors)
{
  if (factors->len == 0)
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, heading);
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *f = g_ptr_array_index (factors, i);

      g_string_append_printf (out, "\n• %s", pt_factor_get_hidden (f) ? _("(face down)") : pt_factor_get_text (f));
    }
}

/* What changed, as a list to read: for the screen and for screen readers. */
char *
pt_comparison_describe (PtComparison *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  if (pt_comparison_n_changes (self) == 0)
    return g_strdup (_("Nothing has changed since then."));
  /* Translators: headings of the lists of changes since an earlier round */
  describe_factors (out, _("Added:"), self->added);
  describe_factors (out, _("Removed:"), self->removed);
  describe_factors (out, _("Moved to another dimension:"), self->moved);
  describe_factors (out, _("Turned from barrier to enabler, or back:"), self->polarity_changed);
  if (self->links_added->len > 0 || self->links_removed->len > 0)
    {
      g_autofree char *added = g_strdup_printf (ngettext ("%u link added", "%u links added", self->links_added->len),
                                                self->links_added->len);
      g_autofree char *removed = g_strdup_printf (ngettext ("%u link removed", "%u links removed",
                                                            self->links_removed->len),
                                                  self->links_removed->len);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      /* Translators: "2 links added, 1 link removed" */
      g_string_append_printf (out, _("%s, %s"), added, removed);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

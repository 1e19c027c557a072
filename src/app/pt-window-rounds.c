/* pt-window-rounds.c — PtWindow and the rounds already closed: look at
 * one as it was (read-only), or mark on the canvas what changed since.
 *
 * Looking at an earlier round puts a copy made from its snapshot on the
 * canvas and makes the canvas and panel insensitive, so nothing can be
 * edited there by mistake; the workshop itself is untouched, and saving
 * saves it as it is now.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-comparison.h"
#include "pt-window-private.h"

static PtSnapshot *
snapshot_at (PtWindow *self,
             guint     position)
{
  GPtrArray *snapshots = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_SNAPSHOT);

  return position > 0 && position <= snapshots->len ? g_ptr_array_index (snapshots, position - 1) : NULL;
}

static void
update_changes (PtWindow *self)
{
  PtSnapshot *snapshot = pt_canvas_get_compare_with (self->canvas);
  g_autoptr(PtComparison) comparison = NULL;
  g_autofree char *text = NULL;

  /* The list's scroller, not only the list, or it keeps its room. */
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->changes_label), GTK_TYPE_SCROLLED_WINDOW),
                          snapshot != NULL);
  if (snapshot == NULL)
    return;
  comparison = pt_comparison_new (snapshot, self->workshop);
  text = pt_comparison_describe (comparison);
  gtk_label_set_text (self->changes_label, text);
}

static void
show_round (PtWindow   *self,
            PtSnapshot *snapshot)
{
  gboolean viewing = snapshot != NULL;

  g_clear_object (&self->viewed);
  if (viewing)
    {
      g_autoptr(GDateTime) taken = g_date_time_new_from_iso8601 (pt_snapshot_get_taken (snapshot), NULL);
      g_autofree char *when = taken != NULL ? g_date_time_format (taken, "%x %X") : g_strdup ("");
      g_autofree char *text =
        /* Translators: shown over the canvas: "Round 1 as it was closed on 03/16/21 14:02. Nothing…" */
        g_strdup_printf (_("Round %u as it was closed on %s. Nothing can be changed here."),
                         pt_snapshot_get_round (snapshot), when);

      self->viewed = pt_workshop_view_snapshot (self->workshop, snapshot);
      gtk_label_set_text (self->viewing_label, text);
    }
  pt_canvas_set_workshop (self->canvas, viewing ? self->viewed : self->workshop);
  gtk_widget_set_sensitive (GTK_WIDGET (self->canvas), !viewing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->side_panel), !viewing);
  gtk_widget_set_visible (GTK_WIDGET (self->viewing_bar), viewing);
  _pt_window_update_actions (self);
}

static void
on_show_round_selected_cb (PtWindow *self)
{
  if (!self->updating_rounds)
    show_round (self, snapshot_at (self, pt_choice_button_get_selected (self->show_round_choice)));
}

static void
on_compare_selected_cb (PtWindow *self)
{
  if (self->updating_rounds)
    return;
  pt_canvas_set_compare_with (self->canvas, snapshot_at (self, pt_choice_button_get_selected (self->compare_choice)));
  update_changes (self);
}

void
_pt_window_back_to_round (PtWindow *self)
{
  pt_choice_button_set_selected (self->show_round_choice, 0);
}

/* The choices follow the rounds closed; a choice whose round went (undo)
 * falls back to the round at hand. */
void
_pt_window_update_rounds (PtWindow *self)
{
  GPtrArray *snapshots = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_SNAPSHOT);
  g_autoptr(GStrvBuilder) show = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) compare = g_strv_builder_new ();
  g_auto(GStrv) show_strings = NULL;
  g_auto(GStrv) compare_strings = NULL;
  guint shown = pt_choice_button_get_selected (self->show_round_choice);
  guint compared = pt_choice_button_get_selected (self->compare_choice);

  /* Translators: in the Rounds popover, the round the group is in */
  g_strv_builder_add (show, _("This round"));
  /* Translators: in the Rounds popover, compare with no earlier round */
  g_strv_builder_add (compare, C_("compare with", "Nothing"));
  for (guint i = 0; i < snapshots->len; i++)
    {
      /* Translators: an earlier round in the Rounds popover */
      g_autofree char *name = g_strdup_printf (_("Round %u"), pt_snapshot_get_round (g_ptr_array_index (snapshots, i)));

      g_strv_builder_add (show, name);
      g_strv_builder_add (compare, name);
    }

  self->updating_rounds = TRUE;
  show_strings = g_strv_builder_end (show);
  compare_strings = g_strv_builder_end (compare);
  pt_choice_button_set_strings (self->show_round_choice, (const char * const *) show_strings);
  pt_choice_button_set_strings (self->compare_choice, (const char * const *) compare_strings);
  pt_choice_button_set_selected (self->show_round_choice, shown <= snapshots->len ? shown : 0);
  pt_choice_button_set_selected (self->compare_choice, compared <= snapshots->len ? compared : 0);
  self->updating_rounds = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->rounds_button), snapshots->len > 0);
  if (self->viewed != NULL && pt_choice_button_get_selected (self->show_round_choice) == 0)
    show_round (self, NULL);
  pt_canvas_set_compare_with (self->canvas, snapshot_at (self, pt_choice_button_get_selected (self->compare_choice)));
  update_changes (self);
}

/* Another workshop in the window: back to its round at hand, nothing
 * compared. */
void
_pt_window_reset_rounds (PtWindow *self)
{
  self->updating_rounds = TRUE;
  pt_choice_button_set_selected (self->show_round_choice, 0);
  pt_choice_button_set_selected (self->compare_choice, 0);
  self->updating_rounds = FALSE;
  g_clear_object (&self->viewed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->canvas), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->side_panel), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->viewing_bar), FALSE);
  _pt_window_update_rounds (self);
}

/* The workshop changed: the list of changes follows. */
void
_pt_window_rounds_item_changed (PtWindow *self,
                                GObject  *item)
{
  if (PT_IS_SNAPSHOT (item))
    _pt_window_update_rounds (self);
  else if (pt_canvas_get_compare_with (self->canvas) != NULL && (PT_IS_FACTOR (item) || PT_IS_LINK (item)))
    update_changes (self);
}

void
_pt_window_init_rounds (PtWindow *self)
{
  g_signal_connect_swapped (self->show_round_choice, "notify::selected",
                            G_CALLBACK (on_show_round_selected_cb), self);
  g_signal_connect_swapped (self->compare_choice, "notify::selected", G_CALLBACK (on_compare_selected_cb), self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-rounds.c — PtWindow and the rounds already closed: look at
 * one as it was (read-only), or mark on the canvas what changed since.
 *
 * Looking at an earlier round puts a copy made from its snapshot on the
 * canvas and in the side panel (its actions, people and journal as they
 * were), the canvas insensitive and the panel read-only, so nothing can be
 * edited there by mistake; the workshop itself is untouched, and saving
 * saves it as it is now.
 *
 * Which round is looked at and which compared with is the window's; the
 * Rounds popover that chooses them is made when first opened, and shows
 * them from then on.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-comparison.h"
#include "pt-balance-chart.h"
#include "pt-journal.h"
#include "pt-text.h"
#include "pt-window-private.h"

static PtSnapshot *
snapshot_at (PtWindow *self,
             guint     position)
{
  GPtrArray *snapshots = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_SNAPSHOT);

  return position > 0 && position <= snapshots->len ? g_ptr_array_index (snapshots, position - 1) : NULL;
}

static void
draw_balance_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        data)
{
  PtWindow *self = data;

  pt_balance_chart_draw (cr, gtk_widget_get_pango_context (GTK_WIDGET (area)), self->workshop,
                         &pt_palette_normal, width, height);
}

static void
on_change_clicked_cb (GtkButton *button,
                      PtWindow  *self)
{
  PtFactor *factor = g_object_get_data (G_OBJECT (button), "factor");

  pt_canvas_select_factor (self->canvas, factor, FALSE);
}

static GtkWidget *
change_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  return label;
}

/* The list of what changed since the round compared with: a heading for
 * each kind of change, and under it a line for each factor, which selects
 * its card when clicked (a removed one has none). */
static void
update_changes (PtWindow *self)
{
  PtSnapshot *snapshot = pt_canvas_get_compare_with (self->canvas);
  g_autoptr(PtComparison) comparison = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  GtkWidget *child;

  if (self->changes_box == NULL)
    return;
  /* The list's scroller, not only the list, or it keeps its room. */
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->changes_box), GTK_TYPE_SCROLLED_WINDOW),
                          snapshot != NULL);
  if (self->balance_chart != NULL)
    {
      gtk_widget_set_visible (self->balance_chart, snapshot != NULL);
      gtk_widget_queue_draw (self->balance_chart);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_box))) != NULL)
    gtk_box_remove (self->changes_box, child);
  if (snapshot == NULL)
    return;
  /* With an earlier round shown, what changed between the two rounds. */
  comparison = pt_comparison_new (snapshot, self->viewed != NULL ? self->viewed : self->workshop);
  lines = pt_comparison_lines (comparison);
  for (guint i = 0; i < lines->len; i++)
    {
      PtComparisonLine *line = g_ptr_array_index (lines, i);
      GtkWidget *label = change_label (line->text);

      if (line->factor != NULL)
        {
          GtkWidget *button = gtk_button_new ();

          gtk_button_set_child (GTK_BUTTON (button), label);
          gtk_widget_add_css_class (button, "flat");
          g_object_set_data_full (G_OBJECT (button), "factor", g_object_ref (line->factor), g_object_unref);
          g_signal_connect (button, "clicked", G_CALLBACK (on_change_clicked_cb), self);
          gtk_box_append (self->changes_box, button);
        }
      else
        {
          /* A heading, or a change with no card to show. */
          if (line->heading)
            gtk_widget_add_css_class (label, "heading");
          gtk_box_append (self->changes_box, label);
        }
    }
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
      g_autofree char *day = taken != NULL ? g_date_time_format (taken, "%Y-%m-%d") : NULL;
      g_autofree char *date = day != NULL ? pt_format_date (day) : NULL;
      g_autofree char *time = taken != NULL ? g_date_time_format (taken, "%H:%M") : NULL;
      /* The day as the interface's language writes it, not the locale. */
      g_autofree char *when = date != NULL ? g_strdup_printf ("%s %s", date, time) : g_strdup ("");
      g_autofree char *text =
        /* Translators: shown over the canvas: "Round 1 as it was closed on 16 Mar 2021 14:02. Nothing…" */
        g_strdup_printf (_("Round %u as it was closed on %s. Nothing can be changed here."),
                         pt_snapshot_get_round (snapshot), when);

      self->viewed = pt_workshop_view_snapshot (self->workshop, snapshot);
      gtk_label_set_text (self->viewing_label, text);
    }
  /* What is typed and not yet committed belongs to the round at hand. */
  pt_side_panel_commit (self->side_panel);
  pt_side_panel_set_read_only (self->side_panel, FALSE);
  pt_side_panel_set_workshop (self->side_panel, viewing ? self->viewed : self->workshop);
  pt_side_panel_set_read_only (self->side_panel, viewing);
  pt_canvas_set_workshop (self->canvas, viewing ? self->viewed : self->workshop);
  gtk_widget_set_sensitive (GTK_WIDGET (self->canvas), !viewing);
  gtk_widget_set_visible (GTK_WIDGET (self->viewing_bar), viewing);
  update_changes (self);
  _pt_window_update_actions (self);
}

static void
compare_with_round (PtWindow *self,
                    guint     position)
{
  self->compared_round = position;
  pt_canvas_set_compare_with (self->canvas, snapshot_at (self, position));
  update_changes (self);
}

/* The popover's choices show the window's. */
static void
set_choices_selected (PtWindow *self)
{
  if (self->show_round_choice == NULL || self->compare_choice == NULL)
    return;
  self->updating_rounds = TRUE;
  pt_choice_button_set_selected (self->show_round_choice, self->shown_round);
  pt_choice_button_set_selected (self->compare_choice, self->compared_round);
  self->updating_rounds = FALSE;
}

static void
on_show_round_selected_cb (PtWindow *self)
{
  if (self->updating_rounds)
    return;
  self->shown_round = pt_choice_button_get_selected (self->show_round_choice);
  show_round (self, snapshot_at (self, self->shown_round));
}

static void
on_compare_selected_cb (PtWindow *self)
{
  if (!self->updating_rounds)
    compare_with_round (self, pt_choice_button_get_selected (self->compare_choice));
}

void
_pt_window_back_to_round (PtWindow *self)
{
  self->shown_round = 0;
  set_choices_selected (self);
  show_round (self, NULL);
}

/* Each round closed, in both lists of choices. */
static void
set_choices_strings (PtWindow *self)
{
  GPtrArray *snapshots = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_SNAPSHOT);
  g_autoptr(GStrvBuilder) show = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) compare = g_strv_builder_new ();
  g_auto(GStrv) show_strings = NULL;
  g_auto(GStrv) compare_strings = NULL;

  if (self->show_round_choice == NULL || self->compare_choice == NULL)
    return;
  /* Translators: in the Rounds popover, the round the group is in */
  g_strv_builder_add (show, _("This round"));
  /* Translators: in the Rounds popover, compare with no earlier round */
  g_strv_builder_add (compare, C_("compare with", "Nothing"));
  for (guint i = 0; i < snapshots->len; i++)
    {
      /* An earlier round, with the day it was closed: "Round 1 · closed 16 Mar 2021". */
      g_autofree char *name = pt_journal_round_title (self->workshop,
                                                      pt_snapshot_get_round (g_ptr_array_index (snapshots, i)));

      g_strv_builder_add (show, name);
      g_strv_builder_add (compare, name);
    }
  show_strings = g_strv_builder_end (show);
  compare_strings = g_strv_builder_end (compare);
  self->updating_rounds = TRUE;
  pt_choice_button_set_strings (self->show_round_choice, (const char * const *) show_strings);
  pt_choice_button_set_strings (self->compare_choice, (const char * const *) compare_strings);
  self->updating_rounds = FALSE;
  set_choices_selected (self);
}

static void
create_rounds_popover_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  PtWindow *self = PT_WINDOW (user_data);
  g_autoptr(GtkBuilder) builder =
    _pt_window_build_popover (button, "/io/github/powertriangle/PowerTriangle/ui/pt-rounds-popover.ui");

  if (builder == NULL)
    return;
  self->show_round_choice = PT_CHOICE_BUTTON (gtk_builder_get_object (builder, "show_round_choice"));
  self->compare_choice = PT_CHOICE_BUTTON (gtk_builder_get_object (builder, "compare_choice"));
  self->changes_box = GTK_BOX (gtk_builder_get_object (builder, "changes_box"));
  self->balance_chart = GTK_WIDGET (gtk_builder_get_object (builder, "balance_chart"));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->balance_chart), draw_balance_cb, self, NULL);
  g_object_add_weak_pointer (G_OBJECT (self->balance_chart), (gpointer *) &self->balance_chart);
  /* Gone with the window, before it is: a change to the workshop as it
   * closes finds no popover to update. */
  g_object_add_weak_pointer (G_OBJECT (self->show_round_choice), (gpointer *) &self->show_round_choice);
  g_object_add_weak_pointer (G_OBJECT (self->compare_choice), (gpointer *) &self->compare_choice);
  g_object_add_weak_pointer (G_OBJECT (self->changes_box), (gpointer *) &self->changes_box);
  g_signal_connect_swapped (self->show_round_choice, "notify::selected",
                            G_CALLBACK (on_show_round_selected_cb), self);
  g_signal_connect_swapped (self->compare_choice, "notify::selected", G_CALLBACK (on_compare_selected_cb), self);
  set_choices_strings (self);
  update_changes (self);
}

/* The choices follow the rounds closed; a choice whose round went (undo)
 * falls back to the round at hand. */
void
_pt_window_update_rounds (PtWindow *self)
{
  guint n_rounds = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_SNAPSHOT)->len;

  if (self->shown_round > n_rounds)
    self->shown_round = 0;
  if (self->compared_round > n_rounds)
    self->compared_round = 0;
  set_choices_strings (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->rounds_button), n_rounds > 0);
  if (self->viewed != NULL && self->shown_round == 0)
    show_round (self, NULL);
  compare_with_round (self, self->compared_round);
}

/* Another workshop in the window: back to its round at hand, nothing
 * compared. */
void
_pt_window_reset_rounds (PtWindow *self)
{
  self->shown_round = 0;
  self->compared_round = 0;
  set_choices_selected (self);
  g_clear_object (&self->viewed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->canvas), TRUE);
  pt_side_panel_set_read_only (self->side_panel, FALSE);
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
  gtk_menu_button_set_create_popup_func (self->rounds_button, create_rounds_popover_cb, self, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-journal-view.c — PtJournalView: the journal, one note per step per
 * round.
 *
 * The note being written is the one for the round and step the workshop
 * is at; it becomes an entry (one undo step) when the writer leaves the
 * field, and an emptied note stays as an empty entry rather than vanishing
 * under an undo. Earlier notes are listed below to read. A private note is
 * the writer's own: not on the projector, not printed unless chosen.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-check-row.h"
#include "pt-follow.h"
#include "pt-journal-view.h"
#include "pt-text-view.h"

struct _PtJournalView
{
  GtkWidget parent_instance;

  PtWorkshop  *workshop;
  gboolean     updating;

  GtkWidget   *box;
  GtkLabel    *where_label;
  GtkTextView *text_view;
  GtkCheckButton *private_check;
  GtkWidget   *earlier;
};

G_DEFINE_FINAL_TYPE (PtJournalView, pt_journal_view, GTK_TYPE_WIDGET)

PtJournalEntry *
pt_journal_find_entry (PtWorkshop  *workshop,
                       guint        round,
                       PtCycleStep  step)
{
  GPtrArray *entries = pt_workshop_get_items (workshop, PT_ITEM_KIND_JOURNAL_ENTRY);

  for (guint i = 0; i < entries->len; i++)
    {
      PtJournalEntry *e = g_ptr_array_index (entries, i);

      if (pt_journal_entry_get_round (e) == round && pt_journal_entry_get_step (e) == step)
        return e;
    }
  return NULL;
}

static PtJournalEntry *
current_entry (PtJournalView *self)
{
  return pt_journal_find_entry (self->workshop, pt_workshop_get_round (self->workshop),
                                pt_workshop_get_step (self->workshop));
}

/* Writes the note for where the workshop is, making its entry if needed. */
static void
write_entry (PtJournalView *self,
             const char    *text,
             gboolean       private)
{
  PtJournalEntry *entry = current_entry (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format_iso8601 (now);

  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, _("Write in Journal"));
  if (entry == NULL)
    {
      g_autofree char *id = pt_workshop_new_id (self->workshop, PT_TYPE_JOURNAL_ENTRY);
      g_autoptr(PtItem) item = g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", id,
                                             "round", pt_workshop_get_round (self->workshop),
                                             "step", pt_workshop_get_step (self->workshop),
                                             "text", text, "private", private,
                                             "created", when, "changed", when, NULL);

      pt_workshop_add (self->workshop, item);
    }
  else
    pt_workshop_set (self->workshop, entry, "text", text, "private", private, "changed", when, NULL);
  pt_workshop_end_group (self->workshop);
}

void
pt_journal_view_commit (PtJournalView *self)
{
  PtJournalEntry *entry;
  g_autofree char *text = NULL;

  g_return_if_fail (PT_IS_JOURNAL_VIEW (self));

  if (self->updating || self->workshop == NULL)
    return;
  entry = current_entry (self);
  text = pt_text_view_get_text (self->text_view);
  if (entry == NULL ? text[0] == '\0' : g_str_equal (text, pt_journal_entry_get_text (entry)))
    return;
  write_entry (self, text, gtk_check_button_get_active (self->private_check));
}

static void
on_private_toggled_cb (PtJournalView *self)
{
  PtJournalEntry *entry;
  g_autofree char *text = NULL;

  if (self->updating)
    return;
  entry = current_entry (self);
  text = pt_text_view_get_text (self->text_view);
  if (entry != NULL && pt_journal_entry_get_private (entry) == gtk_check_button_get_active (self->private_check) &&
      g_str_equal (text, pt_journal_entry_get_text (entry)))
    return;
  write_entry (self, text, gtk_check_button_get_active (self->private_check));
}

static void
refresh (PtJournalView *self)
{
  PtJournalEntry *entry = current_entry (self);
  g_autofree char *where = pt_cycle_step_title (pt_workshop_get_round (self->workshop), pt_workshop_get_step (self->workshop));
  g_autofree char *text = pt_text_view_get_text (self->text_view);
  GPtrArray *entries = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_JOURNAL_ENTRY);
  const char *wanted = entry != NULL ? pt_journal_entry_get_text (entry) : "";
  GtkWidget *child;

  self->updating = TRUE;
  gtk_label_set_text (self->where_label, where);
  if (!g_str_equal (text, wanted))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), wanted, -1);
  gtk_check_button_set_active (self->private_check, entry != NULL && pt_journal_entry_get_private (entry));

  while ((child = gtk_widget_get_first_child (self->earlier)) != NULL)
    gtk_box_remove (GTK_BOX (self->earlier), child);
  for (guint i = entries->len; i > 0; i--)
    {
      PtJournalEntry *e = g_ptr_array_index (entries, i - 1);
      g_autofree char *title = NULL;
      GtkWidget *heading, *body;

      if (e == entry || pt_journal_entry_get_text (e)[0] == '\0')
        continue;
      title = pt_journal_entry_title (e);
      heading = gtk_label_new (title);
      body = gtk_label_new (pt_journal_entry_get_text (e));
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_label_set_xalign (GTK_LABEL (body), 0);
      gtk_label_set_wrap (GTK_LABEL (body), TRUE);
      gtk_label_set_selectable (GTK_LABEL (body), TRUE);
      gtk_box_append (GTK_BOX (self->earlier), heading);
      gtk_box_append (GTK_BOX (self->earlier), body);
    }
  self->updating = FALSE;
}

static void
on_item_changed_cb (PtJournalView *self,
                    GObject       *object,
                    GParamSpec    *pspec)
{
  /* Moving on a step: what was written for the last one is kept first. */
  if (object == G_OBJECT (self->workshop) &&
      (g_str_equal (pspec->name, "step") || g_str_equal (pspec->name, "round")))
    refresh (self);
  else if (PT_IS_JOURNAL_ENTRY (object))
    refresh (self);
}

static void
on_item_added_or_removed_cb (PtJournalView *self,
                             GObject       *object)
{
  if (PT_IS_JOURNAL_ENTRY (object))
    refresh (self);
}

static void
pt_journal_view_dispose (GObject *object)
{
  PtJournalView *self = PT_JOURNAL_VIEW (object);

  pt_unfollow_workshop (self, &self->workshop);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (pt_journal_view_parent_class)->dispose (object);
}

static void
pt_journal_view_class_init (PtJournalViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_journal_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pt_journal_view_init (PtJournalView *self)
{
  GtkWidget *heading = gtk_label_new (_("Journal"));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *private_row;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->where_label = GTK_LABEL (gtk_label_new (NULL));
  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  private_row = pt_check_row_new (_("Private note: not on the pro_jector, not printed"));
  self->private_check = pt_check_row_get_button (PT_CHECK_ROW (private_row));
  self->earlier = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (self->where_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->where_label), "dim-label");
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->text_view, FALSE);
  gtk_text_view_set_top_margin (self->text_view, 6);
  gtk_text_view_set_bottom_margin (self->text_view, 6);
  gtk_text_view_set_left_margin (self->text_view, 6);
  gtk_text_view_set_right_margin (self->text_view, 6);
  gtk_widget_set_size_request (GTK_WIDGET (self->text_view), -1, 80);
  /* Translators: the accessible name of the journal's text field */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Journal note for this step"), -1);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (pt_journal_view_commit), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), focus);
  g_signal_connect_swapped (self->private_check, "toggled", G_CALLBACK (on_private_toggled_cb), self);
  gtk_widget_set_margin_top (self->earlier, 6);

  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->text_view));
  gtk_box_append (GTK_BOX (self->box), heading);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->where_label));
  gtk_box_append (GTK_BOX (self->box), frame);
  gtk_box_append (GTK_BOX (self->box), private_row);
  {
    /* Translators: opens the journal window with every round's notes */
    GtkWidget *all = gtk_button_new_with_mnemonic (_("All Rounds’ _Notes…"));

    gtk_actionable_set_action_name (GTK_ACTIONABLE (all), "win.journal");
    gtk_widget_set_halign (all, GTK_ALIGN_START);
    gtk_box_append (GTK_BOX (self->box), all);
  }
  gtk_box_append (GTK_BOX (self->box), self->earlier);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

void
pt_journal_view_set_workshop (PtJournalView *self,
                              PtWorkshop    *workshop)
{
  g_return_if_fail (PT_IS_JOURNAL_VIEW (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  pt_follow_workshop (self, &self->workshop, workshop,
                      G_CALLBACK (on_item_added_or_removed_cb), G_CALLBACK (on_item_changed_cb));
  refresh (self);
}

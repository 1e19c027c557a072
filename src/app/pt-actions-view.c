/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-actions-view.c — PtActionsView: the actions, to read and to edit.
 *
 * An action starts from a factor: "handle" a barrier, "reinforce" an
 * enabler. Every field is an undoable edit of the workshop; text fields
 * become one when confirmed or left, not one per key. The list is rebuilt
 * when actions come or go, and updated in place when one changes, so the
 * field being typed in keeps its focus.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-follow.h"
#include "pt-actions-view.h"
#include "pt-text-view.h"
#include "pt-choice-button.h"
#include "pt-date-button.h"

struct _PtActionsView
{
  GtkWidget parent_instance;

  PtWorkshop *workshop;
  GHashTable *rows;        /* PtAction → Row */
  gboolean    updating;

  GtkWidget  *box;
  GtkWidget  *list;
  GtkWidget  *empty_label;
};

typedef struct
{
  GtkWidget *about;
  GtkWidget *text;
  GtkWidget *owner;
  GtkWidget *due;
  GtkWidget *status;
} Row;

G_DEFINE_FINAL_TYPE (PtActionsView, pt_actions_view, GTK_TYPE_WIDGET)

/* "Handles: Understaffing at weekends" */
static char *
describe_factors (PtActionsView *self,
                  PtAction      *action)
{
  const char * const *ids = pt_action_get_factors (action);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      PtFactor *factor = pt_workshop_lookup_factor (self->workshop, ids[i]);
      g_autofree char *line = NULL;

      if (factor == NULL)
        continue;
      line = pt_action_describe_factor (action, pt_factor_get_polarity (factor),
                                        /* Translators: an action about a card that is still face down */
                                        pt_factor_get_hidden (factor) ? _("a face-down card") : pt_factor_get_text (factor));
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What a field holds into its action's property (both kept on the field):
 * a line (GtkEditable) or, for what will be done, several (GtkTextView). */
static void
commit_text (PtActionsView *self,
             GtkWidget     *field)
{
  PtAction *action = g_object_get_data (G_OBJECT (field), "action");
  const char *property = g_object_get_data (G_OBJECT (field), "property");
  g_autofree char *lines = GTK_IS_TEXT_VIEW (field) ? pt_text_view_get_text (GTK_TEXT_VIEW (field)) : NULL;
  const char *value = lines != NULL ? lines : gtk_editable_get_text (GTK_EDITABLE (field));
  g_autofree char *current = NULL;

  if (self->updating || self->workshop == NULL || action == NULL)
    return;
  g_object_get (action, property, &current, NULL);
  if (g_strcmp0 (current, value) == 0)
    return;
  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, _("Edit Action"));
  pt_workshop_set (self->workshop, action, property, value, NULL);
  pt_workshop_end_group (self->workshop);
}

static void
on_entry_activate_cb (GtkEntry      *entry,
                      PtActionsView *self)
{
  commit_text (self, GTK_WIDGET (entry));
}

static void
on_entry_focus_leave_cb (GtkEventControllerFocus *focus,
                         PtActionsView           *self)
{
  commit_text (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)));
}

static void
on_due_changed_cb (PtDateButton  *button,
                   GParamSpec    *pspec,
                   PtActionsView *self)
{
  PtAction *action = g_object_get_data (G_OBJECT (button), "action");

  if (self->updating || g_strcmp0 (pt_action_get_due (action), pt_date_button_get_date (button)) == 0)
    return;
  pt_workshop_begin_group (self->workshop, _("Edit Action"));
  pt_workshop_set (self->workshop, action, "due", pt_date_button_get_date (button), NULL);
  pt_workshop_end_group (self->workshop);
}

static void
on_status_selected_cb (PtChoiceButton *choice,
                       GParamSpec     *pspec,
                       PtActionsView  *self)
{
  PtAction *action = g_object_get_data (G_OBJECT (choice), "action");

  if (self->updating)
    return;
  pt_workshop_begin_group (self->workshop, _("Edit Action"));
  pt_workshop_set (self->workshop, action, "status", (int) pt_choice_button_get_selected (choice), NULL);
  pt_workshop_end_group (self->workshop);
}

static void
on_remove_clicked_cb (GtkButton     *button,
                      PtActionsView *self)
{
  PtAction *action = g_object_get_data (G_OBJECT (button), "action");

  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, _("Remove Action"));
  pt_workshop_remove (self->workshop, PT_ITEM (action));
  pt_workshop_end_group (self->workshop);
}

static GtkWidget *
text_entry (PtActionsView *self,
            PtAction      *action,
            const char    *property,
            const char    *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_widget_set_hexpand (entry, TRUE);
  g_object_set_data (G_OBJECT (entry), "action", action);
  g_object_set_data (G_OBJECT (entry), "property", (gpointer) property);
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_focus_leave_cb), self);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

/* What will be done, in as many lines as it takes: a text view in a
 * frame under a caption saying what it asks (the box of the two is what
 * the row holds). */
static GtkWidget *
text_field (PtActionsView *self,
            PtAction      *action)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  /* Translators: over the field of what an action will do */
  GtkWidget *caption = gtk_label_new (_("What will we do?"));
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 52);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("What will we do?"), -1);
  g_object_set_data (G_OBJECT (view), "action", action);
  g_object_set_data (G_OBJECT (view), "property", (gpointer) "text");
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_focus_leave_cb), self);
  gtk_widget_add_controller (view, focus);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), frame);
  return view;
}

static void
update_row (PtActionsView *self,
            PtAction      *action)
{
  Row *row = g_hash_table_lookup (self->rows, action);
  g_autofree char *about = NULL;

  if (row == NULL)
    return;
  about = describe_factors (self, action);
  self->updating = TRUE;
  gtk_label_set_text (GTK_LABEL (row->about), about);
  pt_text_view_set_text (GTK_TEXT_VIEW (row->text), pt_action_get_text (action));
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row->owner)), pt_action_get_owner (action)))
    gtk_editable_set_text (GTK_EDITABLE (row->owner), pt_action_get_owner (action));
  pt_date_button_set_date (PT_DATE_BUTTON (row->due), pt_action_get_due (action));
  pt_choice_button_set_selected (PT_CHOICE_BUTTON (row->status), pt_action_get_status (action));
  self->updating = FALSE;
}

static void
add_row (PtActionsView *self,
         PtAction      *action)
{
  const char *statuses[] = { pt_action_status_to_label (PT_ACTION_STATUS_PLANNED),
                             pt_action_status_to_label (PT_ACTION_STATUS_DOING),
                             pt_action_status_to_label (PT_ACTION_STATUS_DONE), NULL };
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  Row *row = g_new0 (Row, 1);

  row->about = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (row->about), TRUE);
  gtk_label_set_xalign (GTK_LABEL (row->about), 0);
  gtk_widget_add_css_class (row->about, "dim-label");
  row->text = text_field (self, action);
  /* Translators: placeholder of an action's owner */
  row->owner = text_entry (self, action, "owner", _("Who does it?"));
  row->due = pt_date_button_new ();
  gtk_widget_set_tooltip_text (row->due, _("Due date"));
  pt_date_button_set_name (PT_DATE_BUTTON (row->due), _("Due date"));
  row->status = pt_choice_button_new (statuses);
  pt_choice_button_set_name (PT_CHOICE_BUTTON (row->status), _("Status"));
  gtk_widget_set_tooltip_text (remove, _("Remove Action"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Action"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_hexpand (row->status, TRUE);

  g_object_set_data (G_OBJECT (row->due), "action", action);
  g_object_set_data (G_OBJECT (row->status), "action", action);
  g_object_set_data (G_OBJECT (remove), "action", action);
  g_signal_connect (row->due, "notify::date", G_CALLBACK (on_due_changed_cb), self);
  g_signal_connect (row->status, "notify::selected", G_CALLBACK (on_status_selected_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);

  gtk_box_append (GTK_BOX (frame), row->about);
  gtk_box_append (GTK_BOX (frame), gtk_widget_get_parent (gtk_widget_get_parent (row->text)));
  gtk_box_append (GTK_BOX (frame), row->owner);
  gtk_box_append (GTK_BOX (line), row->due);
  gtk_box_append (GTK_BOX (line), row->status);
  gtk_box_append (GTK_BOX (line), remove);
  gtk_box_append (GTK_BOX (frame), line);
  gtk_widget_set_margin_bottom (frame, 8);
  gtk_box_append (GTK_BOX (self->list), frame);
  g_hash_table_insert (self->rows, action, row);
  update_row (self, action);
}

static void
rebuild (PtActionsView *self)
{
  GPtrArray *actions = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_ACTION);
  GtkWidget *child;

  g_hash_table_remove_all (self->rows);
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_box_remove (GTK_BOX (self->list), child);
  for (guint i = 0; i < actions->len; i++)
    add_row (self, g_ptr_array_index (actions, i));
  gtk_widget_set_visible (self->empty_label, actions->len == 0);
}

static void
on_item_added_or_removed_cb (PtActionsView *self,
                             GObject       *object)
{
  if (PT_IS_ACTION (object))
    rebuild (self);
}

static void
on_item_changed_cb (PtActionsView *self,
                    GObject       *object)
{
  GHashTableIter iter;
  gpointer action;

  if (PT_IS_ACTION (object))
    update_row (self, PT_ACTION (object));
  else if (PT_IS_FACTOR (object))
    {
      /* The factors' texts are quoted in every row. */
      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, &action, NULL))
        update_row (self, action);
    }
}

static void
pt_actions_view_dispose (GObject *object)
{
  PtActionsView *self = PT_ACTIONS_VIEW (object);

  pt_unfollow_workshop (self, &self->workshop);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (pt_actions_view_parent_class)->dispose (object);
}

static void
pt_actions_view_class_init (PtActionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_actions_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pt_actions_view_init (PtActionsView *self)
{
  GtkWidget *heading = gtk_label_new (_("Actions"));

  self->rows = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->empty_label = gtk_label_new (_("No actions yet. Select a barrier to handle or an enabler to "
                                       "reinforce, and add an action for it."));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_box_append (GTK_BOX (self->box), heading);
  gtk_box_append (GTK_BOX (self->box), self->empty_label);
  gtk_box_append (GTK_BOX (self->box), self->list);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

void
pt_actions_view_set_workshop (PtActionsView *self,
                              PtWorkshop    *workshop)
{
  g_return_if_fail (PT_IS_ACTIONS_VIEW (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  pt_follow_workshop (self, &self->workshop, workshop,
                      G_CALLBACK (on_item_added_or_removed_cb), G_CALLBACK (on_item_changed_cb));
  rebuild (self);
}

/* Scrolls the side panel so that the whole of a new action shows, its
 * owner, date and status too (the row's frame holds them). */
static gboolean
scroll_into_view_cb (GtkWidget     *field,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  GtkWidget *row = data;
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top, bottom, page, shift = 0;

  guint tries = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (field), "pt-scroll-tries"));

  if (scroller == NULL || !gtk_widget_compute_bounds (row, scroller, &bounds))
    return G_SOURCE_REMOVE;
  /* Made, but not yet given its size: a frame or two later. */
  if (bounds.size.height < 1 && tries < 10)
    {
      g_object_set_data (G_OBJECT (field), "pt-scroll-tries", GUINT_TO_POINTER (tries + 1));
      return G_SOURCE_CONTINUE;
    }
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  page = gtk_adjustment_get_page_size (adjustment);
  top = bounds.origin.y;
  bottom = top + bounds.size.height;
  if (bottom + 12 > page)
    shift = bottom + 12 - page;
  /* Taller than the panel: its top, where the typing is. */
  if (top - shift < 0)
    shift = top - 12;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + shift);
  return G_SOURCE_REMOVE;
}

/* A new action about factor, as one undo step; its text field gets the
 * focus, to say what will be done. */
PtAction *
pt_actions_view_add_for (PtActionsView *self,
                         PtFactor      *factor)
{
  g_autofree char *id = NULL;
  g_autoptr(PtItem) action = NULL;
  const char *ids[2] = { NULL, NULL };
  Row *row;

  g_return_val_if_fail (PT_IS_ACTIONS_VIEW (self), NULL);
  g_return_val_if_fail (PT_IS_FACTOR (factor), NULL);

  id = pt_workshop_new_id (self->workshop, PT_TYPE_ACTION);
  ids[0] = pt_item_get_id (PT_ITEM (factor));
  action = g_object_new (PT_TYPE_ACTION, "id", id, "factors", ids, "status", PT_ACTION_STATUS_PLANNED,
                         "aim", pt_factor_get_polarity (factor) == PT_POLARITY_BARRIER
                                ? PT_ACTION_AIM_HANDLE : PT_ACTION_AIM_REINFORCE, NULL);
  pt_workshop_begin_group (self->workshop, pt_factor_get_polarity (factor) == PT_POLARITY_BARRIER
                                           /* Translators: the name of an undo step */
                                           ? _("Handle Barrier") : _("Reinforce Enabler"));
  pt_workshop_add (self->workshop, action);
  pt_workshop_end_group (self->workshop);

  row = g_hash_table_lookup (self->rows, action);
  if (row != NULL)
    {
      gtk_widget_grab_focus (row->text);
      /* Once it has its place, the whole of it into view. */
      gtk_widget_add_tick_callback (row->text, scroll_into_view_cb,
                                    gtk_widget_get_parent (row->about), NULL);
    }
  return PT_ACTION (action);
}

/* Takes what is being typed into the model (before a save). */
void
pt_actions_view_commit (PtActionsView *self)
{
  GHashTableIter iter;
  Row *row;

  g_return_if_fail (PT_IS_ACTIONS_VIEW (self));

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    {
      commit_text (self, row->text);
      commit_text (self, row->owner);
    }
}

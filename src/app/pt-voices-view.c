/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-voices-view.c — PtVoicesView: participants and their perspectives.
 *
 * The model's point is whose voice counts, so this shows it at a glance:
 * how many factors users and relatives raised against staff, managers and
 * coaches, and it lets the facilitator light up one perspective on the
 * canvas (the ::highlight-changed signal; -1 for all). Every edit of the
 * list is an undoable change of the workshop.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-choice-button.h"
#include "pt-follow.h"
#include "pt-voices-view.h"

struct _PtVoicesView
{
  GtkWidget parent_instance;

  PtWorkshop     *workshop;
  GHashTable     *rows;           /* PtParticipant → its row's box */
  guint           summary_idle;
  gboolean        updating;

  GtkWidget      *box;            /* the template's root */
  GtkLabel       *summary_label;
  PtChoiceButton *highlight_choice;
  GtkListBox     *participants;
};

G_DEFINE_FINAL_TYPE (PtVoicesView, pt_voices_view, GTK_TYPE_WIDGET)

enum {
  HIGHLIGHT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Summary                                                                  */
/* ------------------------------------------------------------------------ */

/* "Of 16 factors, 5 were raised by users and relatives and 9 by staff,
 * managers and improvement coaches; 2 by others or nobody in particular." */
char *
pt_voices_summary (PtWorkshop *workshop)
{
  GPtrArray *factors = pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR);
  guint users = 0, professionals = 0, others = 0;
  g_autofree char *total = NULL, *sides = NULL, *rest = NULL;

  for (guint i = 0; i < factors->len; i++)
    {
      PtPerspective p = pt_workshop_get_voice (workshop, g_ptr_array_index (factors, i));

      if (p == PT_PERSPECTIVE_USER || p == PT_PERSPECTIVE_RELATIVE)
        users++;
      else if (p == PT_PERSPECTIVE_OTHER)
        others++;
      else
        professionals++;
    }

  total = g_strdup_printf (ngettext ("Of %u factor,", "Of %u factors,", factors->len), factors->len);
  sides = g_strdup_printf (ngettext ("%u was raised by users and relatives", "%u were raised by users and relatives",
                                     users), users);
  /* Translators: continues "… raised by users and relatives" */
  rest = g_strdup_printf (ngettext ("and %u by staff, managers and improvement coaches",
                                    "and %u by staff, managers and improvement coaches", professionals),
                          professionals);
  if (others > 0)
    {
      g_autofree char *unknown =
        g_strdup_printf (ngettext ("%u by others or nobody in particular", "%u by others or nobody in particular",
                                   others), others);

      /* Translators: "Of 16 factors, 5 were raised by users and relatives and 9 by staff, …; 2 by others …." */
      return g_strdup_printf (_("%s %s %s; %s."), total, sides, rest, unknown);
    }
  /* Translators: "Of 16 factors, 5 were raised by users and relatives and 11 by staff, …." */
  return g_strdup_printf (_("%s %s %s."), total, sides, rest);
}

/* ------------------------------------------------------------------------ */
/* The list                                                                 */
/* ------------------------------------------------------------------------ */

/* The perspectives' names, after first if there is one. */
static GStrv
perspective_labels (const char *first)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (first != NULL)
    g_strv_builder_add (builder, first);
  for (PtPerspective p = PT_PERSPECTIVE_USER; p <= PT_PERSPECTIVE_OTHER; p++)
    g_strv_builder_add (builder, pt_perspective_to_label (p));
  return g_strv_builder_end (builder);
}

/* A name is one undo step when it is confirmed or left, not one per key. */
static void
commit_name (PtVoicesView *self,
             GtkEditable  *entry)
{
  PtParticipant *p = g_object_get_data (G_OBJECT (entry), "participant");
  const char *name = gtk_editable_get_text (entry);

  if (self->updating || self->workshop == NULL || g_str_equal (name, pt_participant_get_name (p)))
    return;
  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, _("Rename Participant"));
  pt_workshop_set (self->workshop, p, "name", name, NULL);
  pt_workshop_end_group (self->workshop);
}

static void
on_name_activate_cb (GtkEntry     *entry,
                     PtVoicesView *self)
{
  commit_name (self, GTK_EDITABLE (entry));
}

static void
on_name_focus_leave_cb (GtkEventControllerFocus *focus,
                        PtVoicesView            *self)
{
  commit_name (self, GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))));
}

static void
on_perspective_selected_cb (PtChoiceButton *choice,
                            GParamSpec     *pspec,
                            PtVoicesView   *self)
{
  PtParticipant *p = g_object_get_data (G_OBJECT (choice), "participant");

  if (self->updating)
    return;
  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, _("Change Perspective"));
  pt_workshop_set (self->workshop, p, "perspective", (int) pt_choice_button_get_selected (choice), NULL);
  pt_workshop_end_group (self->workshop);
}

static void
on_remove_clicked_cb (GtkButton    *button,
                      PtVoicesView *self)
{
  PtParticipant *p = g_object_get_data (G_OBJECT (button), "participant");

  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, _("Remove Participant"));
  pt_workshop_remove (self->workshop, PT_ITEM (p));
  pt_workshop_end_group (self->workshop);
}

/* The list's row, as a screen reader reads it: who, from which
 * perspective. */
static void
name_row (GtkWidget     *row,
          PtParticipant *participant)
{
  /* Translators: a participant's row in the side panel, as a screen
   * reader reads it: "Sofia, improver" */
  g_autofree char *label = g_strdup_printf (_("%s, %s"), pt_participant_get_name (participant),
                                            pt_perspective_to_label (pt_participant_get_perspective (participant)));

  if (GTK_IS_LIST_BOX_ROW (gtk_widget_get_parent (row)))
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
add_row (PtVoicesView  *self,
         PtParticipant *participant)
{
  /* The name on a line of its own, so that it shows whole in a narrow
   * panel; the perspective and the button to remove below it. */
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_entry_new ();
  g_auto(GStrv) perspectives = perspective_labels (NULL);
  GtkWidget *perspective = pt_choice_button_new ((const char * const *) perspectives);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *focus;

  gtk_editable_set_text (GTK_EDITABLE (name), pt_participant_get_name (participant));
  gtk_widget_set_hexpand (name, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (name), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name or pseudonym"), -1);
  pt_choice_button_set_selected (PT_CHOICE_BUTTON (perspective), pt_participant_get_perspective (participant));
  pt_choice_button_set_name (PT_CHOICE_BUTTON (perspective), _("Perspective"));
  gtk_widget_set_tooltip_text (remove, _("Remove Participant"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Participant"), -1);
  gtk_widget_add_css_class (remove, "flat");

  g_object_set_data (G_OBJECT (name), "participant", participant);
  g_object_set_data (G_OBJECT (perspective), "participant", participant);
  g_object_set_data (G_OBJECT (remove), "participant", participant);
  g_signal_connect (name, "activate", G_CALLBACK (on_name_activate_cb), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_name_focus_leave_cb), self);
  gtk_widget_add_controller (name, focus);
  g_signal_connect (perspective, "notify::selected", G_CALLBACK (on_perspective_selected_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);

  gtk_widget_set_hexpand (perspective, TRUE);
  gtk_box_append (GTK_BOX (row), name);
  gtk_box_append (GTK_BOX (line), perspective);
  gtk_box_append (GTK_BOX (line), remove);
  gtk_box_append (GTK_BOX (row), line);
  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  gtk_list_box_append (self->participants, row);
  g_hash_table_insert (self->rows, participant, row);
  name_row (row, participant);
}

static gboolean
summarize (gpointer data)
{
  PtVoicesView *self = data;
  g_autofree char *summary = pt_voices_summary (self->workshop);

  self->summary_idle = 0;
  gtk_label_set_text (self->summary_label, summary);
  return G_SOURCE_REMOVE;
}

/* Counting goes through every factor: once per burst of changes, when idle,
 * so adding thousands at once stays linear. */
static void
update_summary (PtVoicesView *self)
{
  if (self->summary_idle == 0)
    self->summary_idle = g_idle_add (summarize, self);
}

static void
rebuild (PtVoicesView *self)
{
  GPtrArray *participants = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_PARTICIPANT);
  GtkWidget *child;

  self->updating = TRUE;
  g_hash_table_remove_all (self->rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->participants))) != NULL)
    gtk_list_box_remove (self->participants, child);
  for (guint i = 0; i < participants->len; i++)
    add_row (self, g_ptr_array_index (participants, i));
  self->updating = FALSE;
  update_summary (self);
}

/* A participant changed underneath (undo, the details window): the row
 * follows in place, so focus and the cursor stay where they are. */
static void
update_row (PtVoicesView  *self,
            PtParticipant *participant)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, participant);
  GtkWidget *name, *perspective;

  if (row == NULL)
    return;
  name = gtk_widget_get_first_child (row);
  perspective = gtk_widget_get_first_child (gtk_widget_get_next_sibling (name));
  self->updating = TRUE;
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (name)), pt_participant_get_name (participant)))
    gtk_editable_set_text (GTK_EDITABLE (name), pt_participant_get_name (participant));
  pt_choice_button_set_selected (PT_CHOICE_BUTTON (perspective), pt_participant_get_perspective (participant));
  name_row (row, participant);
  self->updating = FALSE;
}

static void
on_item_added_or_removed_cb (PtVoicesView *self,
                             GObject      *object)
{
  if (PT_IS_PARTICIPANT (object))
    rebuild (self);
  else if (PT_IS_FACTOR (object))
    update_summary (self);
}

static void
on_item_changed_cb (PtVoicesView *self,
                    GObject      *object)
{
  if (PT_IS_PARTICIPANT (object))
    update_row (self, PT_PARTICIPANT (object));
  if (PT_IS_PARTICIPANT (object) || PT_IS_FACTOR (object))
    update_summary (self);
}

static void
on_add_clicked_cb (PtVoicesView *self)
{
  g_autofree char *id = pt_workshop_new_id (self->workshop, PT_TYPE_PARTICIPANT);
  g_autoptr(PtItem) participant = g_object_new (PT_TYPE_PARTICIPANT, "id", id,
                                                /* Translators: a new participant's name until it is given one */
                                                "name", _("New participant"),
                                                "perspective", PT_PERSPECTIVE_USER, NULL);

  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self->workshop, _("Add Participant"));
  pt_workshop_add (self->workshop, participant);
  pt_workshop_end_group (self->workshop);
}

static void
on_highlight_selected_cb (PtVoicesView *self)
{
  g_signal_emit (self, signals[HIGHLIGHT_CHANGED], 0, pt_voices_view_get_highlight (self));
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_voices_view_dispose (GObject *object)
{
  PtVoicesView *self = PT_VOICES_VIEW (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_handle_id (&self->summary_idle, g_source_remove);
  pt_unfollow_workshop (self, &self->workshop);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_VOICES_VIEW);

  G_OBJECT_CLASS (pt_voices_view_parent_class)->dispose (object);
}

static void
pt_voices_view_class_init (PtVoicesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_voices_view_dispose;

  /**
   * PtVoicesView::highlight-changed:
   * @perspective: the perspective to light up, or -1 for all
   */
  signals[HIGHLIGHT_CHANGED] =
    g_signal_new ("highlight-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/powertriangle/PowerTriangle/ui/pt-voices-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PtVoicesView, box);
  gtk_widget_class_bind_template_child (widget_class, PtVoicesView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PtVoicesView, highlight_choice);
  gtk_widget_class_bind_template_child (widget_class, PtVoicesView, participants);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_highlight_selected_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pt_voices_view_init (PtVoicesView *self)
{
  /* Translators: highlight no perspective in particular */
  g_auto(GStrv) choices = perspective_labels (_("Every voice"));

  g_type_ensure (PT_TYPE_CHOICE_BUTTON);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new (NULL, NULL);
  pt_choice_button_set_strings (self->highlight_choice, (const char * const *) choices);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

void
pt_voices_view_set_workshop (PtVoicesView *self,
                             PtWorkshop   *workshop)
{
  g_return_if_fail (PT_IS_VOICES_VIEW (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  pt_follow_workshop (self, &self->workshop, workshop,
                      G_CALLBACK (on_item_added_or_removed_cb), G_CALLBACK (on_item_changed_cb));
  pt_choice_button_set_selected (self->highlight_choice, 0);
  rebuild (self);
}

/* The perspective to light up on the canvas, or -1 for every voice. */
int
pt_voices_view_get_highlight (PtVoicesView *self)
{
  guint selected;

  g_return_val_if_fail (PT_IS_VOICES_VIEW (self), -1);

  selected = pt_choice_button_get_selected (self->highlight_choice);
  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-details-window.c — PtDetailsWindow: edit a workshop's details.
 *
 * Nothing changes while the user types; closing the window applies every
 * change as one undo step, so the details are undone as they were made.
 * The dimensions' names can be the group's own words (the model is a
 * template to adjust); left empty, they are the model's, in the interface's
 * language.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-accessible.h"
#include "pt-date-button.h"
#include "pt-details-window.h"
#include "pt-text.h"

struct _PtDetailsWindow
{
  GtkWindow parent_instance;

  PtWorkshop     *workshop;

  GtkEntry       *title_entry;
  GtkEntry       *question_entry;
  GtkEntry       *place_entry;
  GtkEntry       *facilitator_entry;
  PtDateButton   *date_button;
  GtkLabel       *resources_label;
  GtkLabel       *discourses_label;
  GtkLabel       *contexts_label;
  GtkEntry       *resources_entry;
  GtkEntry       *discourses_entry;
  GtkEntry       *contexts_entry;
};

G_DEFINE_FINAL_TYPE (PtDetailsWindow, pt_details_window, GTK_TYPE_WINDOW)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static GtkEntry *
dimension_entry (PtDetailsWindow *self,
                 PtDimensionKind  kind)
{
  GtkEntry *entries[] = { self->resources_entry, self->discourses_entry, self->contexts_entry };

  return entries[kind - PT_DIMENSION_RESOURCES];
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */
/* ------------------------------------------------------------------------ */

static gboolean
on_close_request_cb (PtDetailsWindow *self)
{
  pt_details_window_apply (self);
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_details_window_dispose (GObject *object)
{
  PtDetailsWindow *self = PT_DETAILS_WINDOW (object);

  g_clear_object (&self->workshop);

  G_OBJECT_CLASS (pt_details_window_parent_class)->dispose (object);
}

static void
pt_details_window_class_init (PtDetailsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_details_window_dispose;

  g_type_ensure (PT_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/powertriangle/PowerTriangle/ui/pt-details-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, question_entry);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, place_entry);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, facilitator_entry);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, date_button);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, resources_label);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, discourses_label);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, contexts_label);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, resources_entry);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, discourses_entry);
  gtk_widget_class_bind_template_child (widget_class, PtDetailsWindow, contexts_entry);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pt_details_window_init (PtDetailsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pt_accessible_name_controls (GTK_WIDGET (self));
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

GtkWindow *
pt_details_window_new (GtkWindow  *parent,
                       PtWorkshop *workshop)
{
  PtDetailsWindow *self;
  GtkLabel *labels[3];

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), NULL);

  self = g_object_new (PT_TYPE_DETAILS_WINDOW, "transient-for", parent, NULL);
  self->workshop = g_object_ref (workshop);

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), pt_workshop_get_title (workshop));
  gtk_editable_set_text (GTK_EDITABLE (self->question_entry), pt_workshop_get_focus_question (workshop));
  gtk_editable_set_text (GTK_EDITABLE (self->place_entry), pt_workshop_get_place (workshop));
  gtk_editable_set_text (GTK_EDITABLE (self->facilitator_entry), pt_workshop_get_facilitator (workshop));
  pt_date_button_set_date (self->date_button, pt_workshop_get_date (workshop));

  labels[0] = self->resources_label;
  labels[1] = self->discourses_label;
  labels[2] = self->contexts_label;
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    {
      PtDimension *dimension = pt_workshop_get_dimension (workshop, k);
      GtkEntry *entry = dimension_entry (self, k);
      g_autofree char *mnemonic = g_strconcat ("_", pt_dimension_kind_to_label (k), NULL);

      gtk_label_set_text_with_mnemonic (labels[k - PT_DIMENSION_RESOURCES], mnemonic);
      gtk_entry_set_placeholder_text (entry, pt_dimension_kind_to_label (k));
      gtk_editable_set_text (GTK_EDITABLE (entry), pt_dimension_get_label (dimension));
    }
  return GTK_WINDOW (self);
}

/* Writes what was changed into the workshop, as one undoable step. */
void
pt_details_window_apply (PtDetailsWindow *self)
{
  PtWorkshop *ws;

  g_return_if_fail (PT_IS_DETAILS_WINDOW (self));

  ws = self->workshop;
  pt_workshop_begin_group (ws, _("Edit Workshop Details"));
  pt_workshop_set (ws, ws,
                   "title", gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                   "focus-question", gtk_editable_get_text (GTK_EDITABLE (self->question_entry)),
                   "place", gtk_editable_get_text (GTK_EDITABLE (self->place_entry)),
                   "facilitator", gtk_editable_get_text (GTK_EDITABLE (self->facilitator_entry)),
                   "date", pt_date_button_get_date (self->date_button),
                   NULL);
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    {
      g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (dimension_entry (self, k)))));

      pt_workshop_set (ws, pt_workshop_get_dimension (ws, k), "label", label, NULL);
    }
  pt_workshop_end_group (ws);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-link-editor.c — PtLinkEditor: see pt-link-editor.h.
 *
 * Made the first time a link is selected, not with the side panel. The
 * kind becomes an undoable edit when chosen, the label when the user
 * leaves the field or presses Enter; `updating` keeps the fields following
 * the model from echoing back as new edits.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-link-editor.h"
#include "pt-choice-button.h"

struct _PtLinkEditor
{
  GtkWidget parent_instance;

  PtWorkshop     *workshop;
  PtLink         *link;         /* being edited, or NULL */
  gboolean        updating;

  GtkWidget      *box;          /* the template's root */
  GtkLabel       *link_summary;
  PtChoiceButton *kind_choice;
  GtkEntry       *label_entry;
};

G_DEFINE_FINAL_TYPE (PtLinkEditor, pt_link_editor, GTK_TYPE_WIDGET)

static void
on_label_entry_activate_cb (PtLinkEditor *self)
{
  pt_link_editor_commit (self);
}

static void
on_kind_selected_cb (PtLinkEditor *self)
{
  if (self->updating || self->link == NULL)
    return;
  pt_workshop_begin_group (self->workshop, _("Change Link Kind"));
  pt_workshop_set (self->workshop, self->link, "kind", (int) pt_choice_button_get_selected (self->kind_choice), NULL);
  pt_workshop_end_group (self->workshop);
}

static void
pt_link_editor_dispose (GObject *object)
{
  PtLinkEditor *self = PT_LINK_EDITOR (object);

  g_clear_object (&self->workshop);
  self->link = NULL;
  g_clear_pointer (&self->box, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_LINK_EDITOR);

  G_OBJECT_CLASS (pt_link_editor_parent_class)->dispose (object);
}

static void
pt_link_editor_class_init (PtLinkEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_link_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/powertriangle/PowerTriangle/ui/pt-link-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PtLinkEditor, box);
  gtk_widget_class_bind_template_child (widget_class, PtLinkEditor, link_summary);
  gtk_widget_class_bind_template_child (widget_class, PtLinkEditor, kind_choice);
  gtk_widget_class_bind_template_child (widget_class, PtLinkEditor, label_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_label_entry_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pt_link_editor_init (PtLinkEditor *self)
{
  const char *kinds[] = { pt_link_kind_to_label (PT_LINK_KIND_REINFORCES),
                          pt_link_kind_to_label (PT_LINK_KIND_HINDERS),
                          pt_link_kind_to_label (PT_LINK_KIND_RELATES), NULL };
  GtkEventController *focus;

  g_type_ensure (PT_TYPE_CHOICE_BUTTON);
  gtk_widget_init_template (GTK_WIDGET (self));

  pt_choice_button_set_strings (self->kind_choice, kinds);
  g_signal_connect_swapped (self->kind_choice, "notify::selected", G_CALLBACK (on_kind_selected_cb), self);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (pt_link_editor_commit), self);
  gtk_widget_add_controller (GTK_WIDGET (self->label_entry), focus);
}

GtkWidget *
pt_link_editor_new (void)
{
  return g_object_new (PT_TYPE_LINK_EDITOR, NULL);
}

/* Edits @link of @workshop from now on, after taking the label typed for
 * the one before into the model. */
void
pt_link_editor_set_link (PtLinkEditor *self,
                         PtWorkshop   *workshop,
                         PtLink       *link)
{
  g_return_if_fail (PT_IS_LINK_EDITOR (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));
  g_return_if_fail (link == NULL || PT_IS_LINK (link));

  pt_link_editor_commit (self);
  g_set_object (&self->workshop, workshop);
  self->link = link;
  pt_link_editor_refresh (self);
}

/* Shows the link as the model has it now. */
void
pt_link_editor_refresh (PtLinkEditor *self)
{
  PtFactor *from, *to;
  g_autofree char *summary = NULL;

  g_return_if_fail (PT_IS_LINK_EDITOR (self));

  if (self->link == NULL)
    return;

  from = pt_workshop_lookup_factor (self->workshop, pt_link_get_from (self->link));
  to = pt_workshop_lookup_factor (self->workshop, pt_link_get_to (self->link));
  /* Translators: a link, "FACTOR → FACTOR" */
  summary = g_strdup_printf (_("%s → %s"), from ? pt_factor_get_text (from) : "?", to ? pt_factor_get_text (to) : "?");

  self->updating = TRUE;
  gtk_label_set_text (self->link_summary, summary);
  pt_choice_button_set_selected (self->kind_choice, pt_link_get_kind (self->link));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->label_entry)), pt_link_get_label (self->link)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->label_entry), pt_link_get_label (self->link));
  self->updating = FALSE;
}

/* Writes the typed label into the model. */
void
pt_link_editor_commit (PtLinkEditor *self)
{
  const char *label;

  g_return_if_fail (PT_IS_LINK_EDITOR (self));

  if (self->updating || self->link == NULL)
    return;
  label = gtk_editable_get_text (GTK_EDITABLE (self->label_entry));
  if (!g_str_equal (label, pt_link_get_label (self->link)))
    {
      pt_workshop_begin_group (self->workshop, _("Edit Link"));
      pt_workshop_set (self->workshop, self->link, "label", label, NULL);
      pt_workshop_end_group (self->workshop);
    }
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-factor-editor.c — PtFactorEditor: see pt-factor-editor.h.
 *
 * Made the first time a factor is selected, not with the side panel: most
 * workshops open with nothing selected, and its two text views and three
 * choices were a good part of building the window.
 *
 * Choices become undoable edits as soon as they are made, text when the
 * user leaves the field (or presses Enter in the factor's text), so typing
 * a sentence is one undo step, not forty. When the factor changes
 * underneath (undo, the canvas) the fields follow; `updating` keeps that
 * from echoing back as new edits.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-enum-types.h"
#include "pt-factor-editor.h"
#include "pt-text-view.h"
#include "pt-check-row.h"
#include "pt-choice-button.h"

struct _PtFactorEditor
{
  GtkWidget parent_instance;

  PtWorkshop     *workshop;
  PtFactor       *factor;       /* being edited, or NULL */
  gboolean        updating;

  GtkWidget      *box;          /* the template's root */
  GtkWidget      *face_down_note;
  GtkLabel       *room_note;
  GtkWidget      *factor_fields;
  GtkTextView    *text_view;
  GtkTextView    *notes_view;
  PtChoiceButton *polarity_choice;
  PtChoiceButton *dimension_choice;
  PtChoiceButton *raised_by_choice;
  GtkLabel       *add_action_label;
  PtCheckRow     *private_row;
  GtkCheckButton *private_check;
};

G_DEFINE_FINAL_TYPE (PtFactorEditor, pt_factor_editor, GTK_TYPE_WIDGET)

enum {
  ADD_ACTION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* The dimension list shows the workshop's own labels, which can change. */
static void
fill_dimension_choice (PtFactorEditor *self)
{
  const char *labels[] = {
    pt_workshop_get_dimension_label (self->workshop, PT_DIMENSION_UNPLACED),
    pt_workshop_get_dimension_label (self->workshop, PT_DIMENSION_RESOURCES),
    pt_workshop_get_dimension_label (self->workshop, PT_DIMENSION_DISCOURSES),
    pt_workshop_get_dimension_label (self->workshop, PT_DIMENSION_CONTEXTS),
    NULL
  };

  pt_choice_button_set_strings (self->dimension_choice, labels);
}

static void
fill_raised_by_choice (PtFactorEditor *self)
{
  GPtrArray *participants = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_PARTICIPANT);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strings = NULL;

  /* Translators: nobody in particular raised this factor */
  g_strv_builder_add (builder, C_("raised by", "Nobody in particular"));
  for (guint i = 0; i < participants->len; i++)
    {
      PtParticipant *p = g_ptr_array_index (participants, i);
      g_autofree char *entry =
        /* Translators: a participant and their perspective, "Anna — User" */
        g_strdup_printf (_("%s — %s"), pt_participant_get_name (p),
                         pt_perspective_to_label (pt_participant_get_perspective (p)));

      g_strv_builder_add (builder, entry);
    }
  strings = g_strv_builder_end (builder);
  pt_choice_button_set_strings (self->raised_by_choice, (const char * const *) strings);
}

static guint
raised_by_position (PtFactorEditor *self)
{
  GPtrArray *participants = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_PARTICIPANT);
  PtItem *p = pt_workshop_lookup (self->workshop, pt_factor_get_raised_by (self->factor));
  guint index;

  if (p != NULL && g_ptr_array_find (participants, p, &index))
    return index + 1;
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */
/* ------------------------------------------------------------------------ */

static void
on_private_toggled_cb (PtFactorEditor *self)
{
  gboolean private = gtk_check_button_get_active (self->private_check);

  if (self->updating || self->factor == NULL || pt_factor_get_private (self->factor) == private)
    return;
  pt_workshop_begin_group (self->workshop, private ? _("Make Factor Private") : _("Make Factor Public"));
  pt_workshop_set (self->workshop, self->factor, "private", private, NULL);
  pt_workshop_end_group (self->workshop);
}

static void
on_add_action_clicked_cb (PtFactorEditor *self)
{
  if (self->factor != NULL)
    g_signal_emit (self, signals[ADD_ACTION], 0, self->factor);
}

static void
on_text_focus_leave_cb (PtFactorEditor *self)
{
  pt_factor_editor_commit (self);
}

static gboolean
on_text_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        PtFactorEditor        *self)
{
  /* In the factor's text, Enter confirms (Shift+Enter for a new line). */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    {
      pt_factor_editor_commit (self);
      return TRUE;
    }
  return FALSE;
}

static void
on_choice_selected_cb (PtChoiceButton *choice,
                       GParamSpec     *pspec,
                       PtFactorEditor *self)
{
  guint selected = pt_choice_button_get_selected (choice);

  if (self->updating || self->factor == NULL)
    return;

  if (choice == self->polarity_choice)
    {
      pt_workshop_begin_group (self->workshop, _("Change Polarity"));
      pt_workshop_set (self->workshop, self->factor, "polarity", (int) selected, NULL);
      pt_workshop_end_group (self->workshop);
    }
  else if (choice == self->dimension_choice &&
           (PtDimensionKind) selected != pt_factor_get_dimension (self->factor))
    {
      /* As the keys 1 2 3 0 send it: to free space there, by the same rule
       * (the factor edited is the canvas's selection). */
      gtk_widget_activate_action (GTK_WIDGET (self), "win.move-to", "i", (int) selected);
    }
  else if (choice == self->raised_by_choice)
    {
      GPtrArray *participants = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_PARTICIPANT);
      const char *id = selected == 0 || selected > participants->len
                       ? "" : pt_item_get_id (g_ptr_array_index (participants, selected - 1));

      pt_workshop_begin_group (self->workshop, _("Change Who Raised It"));
      pt_workshop_set (self->workshop, self->factor, "raised-by", id, NULL);
      pt_workshop_end_group (self->workshop);
    }
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_factor_editor_dispose (GObject *object)
{
  PtFactorEditor *self = PT_FACTOR_EDITOR (object);

  g_clear_object (&self->workshop);
  self->factor = NULL;
  g_clear_pointer (&self->box, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_FACTOR_EDITOR);

  G_OBJECT_CLASS (pt_factor_editor_parent_class)->dispose (object);
}

static void
pt_factor_editor_class_init (PtFactorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_factor_editor_dispose;

  /**
   * PtFactorEditor::add-action:
   * @factor: the factor an action is asked for
   */
  signals[ADD_ACTION] =
    g_signal_new ("add-action", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PT_TYPE_FACTOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/powertriangle/PowerTriangle/ui/pt-factor-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, box);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, face_down_note);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, room_note);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, factor_fields);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, polarity_choice);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, dimension_choice);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, raised_by_choice);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, add_action_label);
  gtk_widget_class_bind_template_child (widget_class, PtFactorEditor, private_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_action_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pt_factor_editor_init (PtFactorEditor *self)
{
  const char *polarities[] = { pt_polarity_to_label (PT_POLARITY_BARRIER),
                               pt_polarity_to_label (PT_POLARITY_ENABLER), NULL };
  GtkEventController *keys;

  g_type_ensure (PT_TYPE_CHOICE_BUTTON);
  g_type_ensure (PT_TYPE_CHECK_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->private_check = pt_check_row_get_button (self->private_row);
  g_signal_connect_swapped (self->private_check, "toggled", G_CALLBACK (on_private_toggled_cb), self);

  pt_choice_button_set_strings (self->polarity_choice, polarities);
  /* A participant's name can be long: the button shortens it, so the panel
   * keeps its width whichever editor it shows; the menu shows it whole. */
  pt_choice_button_set_ellipsize (self->raised_by_choice, TRUE);

  g_signal_connect (self->polarity_choice, "notify::selected", G_CALLBACK (on_choice_selected_cb), self);
  g_signal_connect (self->dimension_choice, "notify::selected", G_CALLBACK (on_choice_selected_cb), self);
  g_signal_connect (self->raised_by_choice, "notify::selected", G_CALLBACK (on_choice_selected_cb), self);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *view = GTK_WIDGET (i == 0 ? self->text_view : self->notes_view);
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_text_focus_leave_cb), self);
      gtk_widget_add_controller (view, focus);
    }
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_text_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

GtkWidget *
pt_factor_editor_new (void)
{
  return g_object_new (PT_TYPE_FACTOR_EDITOR, NULL);
}

/* Edits @factor of @workshop from now on, after taking what was typed for
 * the one before into the model. */
void
pt_factor_editor_set_factor (PtFactorEditor *self,
                             PtWorkshop     *workshop,
                             PtFactor       *factor)
{
  g_return_if_fail (PT_IS_FACTOR_EDITOR (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));
  g_return_if_fail (factor == NULL || PT_IS_FACTOR (factor));

  pt_factor_editor_commit (self);
  g_set_object (&self->workshop, workshop);
  self->factor = factor;
  pt_factor_editor_refresh (self);
}

/* Shows the factor as the model has it now. */
void
pt_factor_editor_refresh (PtFactorEditor *self)
{
  gboolean hidden;

  g_return_if_fail (PT_IS_FACTOR_EDITOR (self));

  if (self->factor == NULL)
    return;

  self->updating = TRUE;
  /* The panel may be on the wall too: a face-down card keeps its face. */
  hidden = pt_factor_get_hidden (self->factor);
  gtk_widget_set_visible (self->face_down_note, hidden);
  gtk_widget_set_visible (self->factor_fields, !hidden);
  gtk_widget_set_visible (GTK_WIDGET (self->room_note), pt_factor_get_from_room (self->factor));
  if (pt_factor_get_from_room (self->factor))
    {
      int perspective;
      g_autofree char *note = NULL;

      if (pt_enum_from_nick (PT_TYPE_PERSPECTIVE, pt_factor_get_perspective (self->factor), &perspective))
        /* Translators: %s is who sent it, as they said: "Relative" */
        note = g_strdup_printf (_("Sent anonymously from a phone in the room. Who: %s."),
                                pt_perspective_to_label (perspective));
      else
        note = g_strdup (_("Sent anonymously from a phone in the room."));
      gtk_label_set_text (self->room_note, note);
    }
  fill_dimension_choice (self);
  fill_raised_by_choice (self);
  pt_text_view_set_text (self->text_view, pt_factor_get_text (self->factor));
  pt_text_view_set_text (self->notes_view, pt_factor_get_notes (self->factor));
  pt_choice_button_set_selected (self->polarity_choice, pt_factor_get_polarity (self->factor));
  pt_choice_button_set_selected (self->dimension_choice, pt_factor_get_dimension (self->factor));
  pt_choice_button_set_selected (self->raised_by_choice, raised_by_position (self));
  gtk_check_button_set_active (self->private_check, pt_factor_get_private (self->factor));
  gtk_label_set_text_with_mnemonic (self->add_action_label,
                                    pt_factor_get_polarity (self->factor) == PT_POLARITY_BARRIER
                                    ? _("Add Action to Handle This _Barrier")
                                    : _("Add Action to Reinforce This _Enabler"));
  self->updating = FALSE;
}

/* Writes what was typed in the text fields into the model. */
void
pt_factor_editor_commit (PtFactorEditor *self)
{
  g_autofree char *text = NULL;
  g_autofree char *notes = NULL;

  g_return_if_fail (PT_IS_FACTOR_EDITOR (self));

  if (self->updating || self->factor == NULL)
    return;

  text = g_strstrip (pt_text_view_get_text (self->text_view));
  notes = pt_text_view_get_text (self->notes_view);
  /* A factor keeps some text: emptying the field is taken back. */
  if (text[0] == '\0')
    {
      self->updating = TRUE;
      pt_text_view_set_text (self->text_view, pt_factor_get_text (self->factor));
      self->updating = FALSE;
      g_clear_pointer (&text, g_free);
      text = g_strdup (pt_factor_get_text (self->factor));
    }
  if (!g_str_equal (text, pt_factor_get_text (self->factor)) ||
      !g_str_equal (notes, pt_factor_get_notes (self->factor)))
    {
      pt_workshop_begin_group (self->workshop, _("Edit Factor"));
      pt_workshop_set (self->workshop, self->factor, "text", text, "notes", notes, NULL);
      pt_workshop_end_group (self->workshop);
    }
}

/* pt-side-panel.c — PtSidePanel: edit the selection, see every factor.
 *
 * Field changes become undoable edits as soon as they are made (lists) or
 * when the user leaves the field (text), so typing a sentence is one undo
 * step, not forty. When the model changes underneath (undo, the canvas) the
 * fields follow; `updating` keeps that from echoing back as new edits.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-side-panel.h"
#include "pt-actions-view.h"
#include "pt-check-row.h"
#include "pt-choice-button.h"
#include "pt-journal-view.h"
#include "pt-outline.h"
#include "pt-voices-view.h"

struct _PtSidePanel
{
  GtkWidget parent_instance;

  PtWorkshop     *workshop;
  PtFactor       *factor;       /* being edited, or NULL */
  PtLink         *link;
  gboolean        updating;

  GtkWidget      *scroller;      /* the template's root */
  GtkStack       *editor_stack;
  GtkLabel       *many_label;
  GtkWidget      *face_down_note;
  GtkWidget      *factor_fields;
  GtkTextView    *text_view;
  GtkTextView    *notes_view;
  PtChoiceButton *polarity_choice;
  PtChoiceButton *dimension_choice;
  PtChoiceButton *raised_by_choice;
  GtkLabel       *link_summary;
  PtChoiceButton *kind_choice;
  GtkEntry       *label_entry;
  PtOutline      *outline;
  PtVoicesView   *voices_view;
  PtActionsView  *actions_view;
  PtJournalView  *journal_view;
  GtkLabel       *add_action_label;
  PtCheckRow     *private_row;
  GtkCheckButton *private_check;
};

G_DEFINE_FINAL_TYPE (PtSidePanel, pt_side_panel, GTK_TYPE_WIDGET)

enum {
  FACTOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
text_view_set_text (GtkTextView *view,
                    const char  *text)
{
  g_autofree char *current = text_view_get_text (view);

  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* The dimension list shows the workshop's own labels, which can change. */
static void
fill_dimension_choice (PtSidePanel *self)
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
fill_raised_by_choice (PtSidePanel *self)
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
raised_by_position (PtSidePanel *self)
{
  GPtrArray *participants = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_PARTICIPANT);
  PtItem *p = pt_workshop_lookup (self->workshop, pt_factor_get_raised_by (self->factor));
  guint index;

  if (p != NULL && g_ptr_array_find (participants, p, &index))
    return index + 1;
  return 0;
}

static void
refresh_editor (PtSidePanel *self)
{
  self->updating = TRUE;
  if (self->factor != NULL)
    {
      /* The panel may be on the wall too: a face-down card keeps its face. */
      gboolean hidden = pt_factor_get_hidden (self->factor);

      gtk_widget_set_visible (self->face_down_note, hidden);
      gtk_widget_set_visible (self->factor_fields, !hidden);
      fill_dimension_choice (self);
      fill_raised_by_choice (self);
      text_view_set_text (self->text_view, pt_factor_get_text (self->factor));
      text_view_set_text (self->notes_view, pt_factor_get_notes (self->factor));
      pt_choice_button_set_selected (self->polarity_choice, pt_factor_get_polarity (self->factor));
      pt_choice_button_set_selected (self->dimension_choice, pt_factor_get_dimension (self->factor));
      pt_choice_button_set_selected (self->raised_by_choice, raised_by_position (self));
      gtk_check_button_set_active (self->private_check, pt_factor_get_private (self->factor));
      gtk_label_set_text_with_mnemonic (self->add_action_label,
                                        pt_factor_get_polarity (self->factor) == PT_POLARITY_BARRIER
                                        ? _("Add Action to Handle This _Barrier")
                                        : _("Add Action to Reinforce This _Enabler"));
    }
  if (self->link != NULL)
    {
      PtFactor *from = pt_workshop_lookup_factor (self->workshop, pt_link_get_from (self->link));
      PtFactor *to = pt_workshop_lookup_factor (self->workshop, pt_link_get_to (self->link));
      g_autofree char *summary =
        /* Translators: a link, "FACTOR → FACTOR" */
        g_strdup_printf (_("%s → %s"), from ? pt_factor_get_text (from) : "?", to ? pt_factor_get_text (to) : "?");

      gtk_label_set_text (self->link_summary, summary);
      pt_choice_button_set_selected (self->kind_choice, pt_link_get_kind (self->link));
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->label_entry)), pt_link_get_label (self->link)) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->label_entry), pt_link_get_label (self->link));
    }
  self->updating = FALSE;
}

/* Writes what was typed in the text fields into the model. */
static void
commit_text (PtSidePanel *self)
{
  if (self->updating || self->workshop == NULL)
    return;
  if (self->factor != NULL)
    {
      g_autofree char *text = g_strstrip (text_view_get_text (self->text_view));
      g_autofree char *notes = text_view_get_text (self->notes_view);

      /* A factor keeps some text: emptying the field is taken back. */
      if (text[0] == '\0')
        {
          self->updating = TRUE;
          text_view_set_text (self->text_view, pt_factor_get_text (self->factor));
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
  if (self->link != NULL)
    {
      const char *label = gtk_editable_get_text (GTK_EDITABLE (self->label_entry));

      if (!g_str_equal (label, pt_link_get_label (self->link)))
        {
          pt_workshop_begin_group (self->workshop, _("Edit Link"));
          pt_workshop_set (self->workshop, self->link, "label", label, NULL);
          pt_workshop_end_group (self->workshop);
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */
/* ------------------------------------------------------------------------ */

static void
on_outline_factor_activated_cb (PtSidePanel *self,
                                PtFactor    *factor)
{
  g_signal_emit (self, signals[FACTOR_ACTIVATED], 0, factor);
}

static void
on_private_toggled_cb (PtSidePanel *self)
{
  gboolean private = gtk_check_button_get_active (self->private_check);

  if (self->updating || self->factor == NULL || pt_factor_get_private (self->factor) == private)
    return;
  pt_workshop_begin_group (self->workshop, private ? _("Make Factor Private") : _("Make Factor Public"));
  pt_workshop_set (self->workshop, self->factor, "private", private, NULL);
  pt_workshop_end_group (self->workshop);
}

static void
on_add_action_clicked_cb (PtSidePanel *self)
{
  if (self->factor != NULL)
    pt_actions_view_add_for (self->actions_view, self->factor);
}

static void
on_label_entry_activate_cb (PtSidePanel *self)
{
  commit_text (self);
}

static void
on_text_focus_leave_cb (PtSidePanel *self)
{
  commit_text (self);
}

static gboolean
on_text_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        PtSidePanel           *self)
{
  /* In the factor's text, Enter confirms (Shift+Enter for a new line). */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    {
      commit_text (self);
      return TRUE;
    }
  return FALSE;
}

static void
on_choice_selected_cb (PtChoiceButton *choice,
                       GParamSpec     *pspec,
                       PtSidePanel    *self)
{
  guint selected = pt_choice_button_get_selected (choice);

  if (self->updating)
    return;

  if (self->factor != NULL && choice == self->polarity_choice)
    {
      pt_workshop_begin_group (self->workshop, _("Change Polarity"));
      pt_workshop_set (self->workshop, self->factor, "polarity", (int) selected, NULL);
      pt_workshop_end_group (self->workshop);
    }
  else if (self->factor != NULL && choice == self->dimension_choice &&
           (PtDimensionKind) selected != pt_factor_get_dimension (self->factor))
    {
      /* Keep the card's place relative to its zone; it is clamped inside. */
      pt_workshop_begin_group (self->workshop, ngettext ("Move Factor", "Move Factors", 1));
      pt_workshop_set (self->workshop, self->factor, "dimension", (int) selected, NULL);
      pt_workshop_end_group (self->workshop);
    }
  else if (self->factor != NULL && choice == self->raised_by_choice)
    {
      GPtrArray *participants = pt_workshop_get_items (self->workshop, PT_ITEM_KIND_PARTICIPANT);
      const char *id = selected == 0 || selected > participants->len
                       ? "" : pt_item_get_id (g_ptr_array_index (participants, selected - 1));

      pt_workshop_begin_group (self->workshop, _("Change Who Raised It"));
      pt_workshop_set (self->workshop, self->factor, "raised-by", id, NULL);
      pt_workshop_end_group (self->workshop);
    }
  else if (self->link != NULL && choice == self->kind_choice)
    {
      pt_workshop_begin_group (self->workshop, _("Change Link Kind"));
      pt_workshop_set (self->workshop, self->link, "kind", (int) selected, NULL);
      pt_workshop_end_group (self->workshop);
    }
}

static void
on_item_changed_cb (PtSidePanel *self,
                    GObject     *object,
                    GParamSpec  *pspec)
{
  if (object == G_OBJECT (self->factor) || object == G_OBJECT (self->link) ||
      PT_IS_DIMENSION (object) || PT_IS_PARTICIPANT (object))
    refresh_editor (self);
}

static void
on_item_added_or_removed_cb (PtSidePanel *self,
                             PtItem      *item)
{
  if (PT_IS_PARTICIPANT (item))
    refresh_editor (self);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_side_panel_dispose (GObject *object)
{
  PtSidePanel *self = PT_SIDE_PANEL (object);

  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_clear_object (&self->workshop);
  self->factor = NULL;
  self->link = NULL;
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), PT_TYPE_SIDE_PANEL);

  G_OBJECT_CLASS (pt_side_panel_parent_class)->dispose (object);
}

static void
pt_side_panel_class_init (PtSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_side_panel_dispose;

  /**
   * PtSidePanel::factor-activated:
   * @factor: the factor chosen in the outline
   */
  signals[FACTOR_ACTIVATED] =
    g_signal_new ("factor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PT_TYPE_FACTOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/powertriangle/PowerTriangle/ui/pt-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, many_label);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, face_down_note);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, factor_fields);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, text_view);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, polarity_choice);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, dimension_choice);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, raised_by_choice);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, link_summary);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, kind_choice);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, label_entry);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, outline);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, voices_view);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, actions_view);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, journal_view);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, add_action_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_action_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, private_row);
  gtk_widget_class_bind_template_callback (widget_class, on_outline_factor_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_label_entry_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "side-panel");
}

static void
pt_side_panel_init (PtSidePanel *self)
{
  const char *polarities[] = { pt_polarity_to_label (PT_POLARITY_BARRIER),
                               pt_polarity_to_label (PT_POLARITY_ENABLER), NULL };
  const char *kinds[] = { pt_link_kind_to_label (PT_LINK_KIND_REINFORCES),
                          pt_link_kind_to_label (PT_LINK_KIND_HINDERS),
                          pt_link_kind_to_label (PT_LINK_KIND_RELATES), NULL };
  PtChoiceButton *choices[4];

  g_type_ensure (PT_TYPE_VOICES_VIEW);
  g_type_ensure (PT_TYPE_ACTIONS_VIEW);
  g_type_ensure (PT_TYPE_JOURNAL_VIEW);
  g_type_ensure (PT_TYPE_OUTLINE);
  g_type_ensure (PT_TYPE_CHOICE_BUTTON);
  g_type_ensure (PT_TYPE_CHECK_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->private_check = pt_check_row_get_button (self->private_row);
  g_signal_connect_swapped (self->private_check, "toggled", G_CALLBACK (on_private_toggled_cb), self);

  pt_choice_button_set_strings (self->polarity_choice, polarities);
  pt_choice_button_set_strings (self->kind_choice, kinds);
  /* A participant's name can be long: the button shortens it, so the panel
   * keeps its width whichever editor it shows; the menu shows it whole. */
  pt_choice_button_set_ellipsize (self->raised_by_choice, TRUE);

  choices[0] = self->polarity_choice;
  choices[1] = self->dimension_choice;
  choices[2] = self->raised_by_choice;
  choices[3] = self->kind_choice;
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    g_signal_connect (choices[i], "notify::selected", G_CALLBACK (on_choice_selected_cb), self);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *view = GTK_WIDGET (i == 0 ? self->text_view : self->notes_view);
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_text_focus_leave_cb), self);
      gtk_widget_add_controller (view, focus);
    }
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect (keys, "key-pressed", G_CALLBACK (on_text_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
  }
  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_text_focus_leave_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->label_entry), focus);
  }
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

void
pt_side_panel_set_workshop (PtSidePanel *self,
                            PtWorkshop  *workshop)
{
  g_return_if_fail (PT_IS_SIDE_PANEL (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_set_object (&self->workshop, workshop);
  self->factor = NULL;
  self->link = NULL;
  gtk_stack_set_visible_child_name (self->editor_stack, "none");

  g_signal_connect_swapped (workshop, "item-changed", G_CALLBACK (on_item_changed_cb), self);
  g_signal_connect_swapped (workshop, "item-added", G_CALLBACK (on_item_added_or_removed_cb), self);
  g_signal_connect_swapped (workshop, "item-removed", G_CALLBACK (on_item_added_or_removed_cb), self);
  pt_voices_view_set_workshop (self->voices_view, workshop);
  pt_actions_view_set_workshop (self->actions_view, workshop);
  pt_journal_view_set_workshop (self->journal_view, workshop);
  pt_outline_set_workshop (self->outline, workshop);
}

PtVoicesView *
pt_side_panel_get_voices_view (PtSidePanel *self)
{
  g_return_val_if_fail (PT_IS_SIDE_PANEL (self), NULL);
  return self->voices_view;
}

/* Shows the editor for the selection: one factor, a link, several
 * factors, or nothing. */
void
pt_side_panel_set_selection (PtSidePanel *self,
                             GPtrArray   *factors,
                             PtLink      *link)
{
  g_return_if_fail (PT_IS_SIDE_PANEL (self));

  commit_text (self);
  self->factor = factors != NULL && factors->len == 1 ? g_ptr_array_index (factors, 0) : NULL;
  self->link = self->factor == NULL ? link : NULL;

  if (self->factor != NULL)
    gtk_stack_set_visible_child_name (self->editor_stack, "factor");
  else if (self->link != NULL)
    gtk_stack_set_visible_child_name (self->editor_stack, "link");
  else if (factors != NULL && factors->len > 1)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("%u factor selected", "%u factors selected", factors->len), factors->len);

      gtk_label_set_text (self->many_label, text);
      gtk_stack_set_visible_child_name (self->editor_stack, "many");
    }
  else
    gtk_stack_set_visible_child_name (self->editor_stack, "none");
  refresh_editor (self);
}

/* Takes what is typed in the fields into the model now (before saving). */
void
pt_side_panel_commit (PtSidePanel *self)
{
  g_return_if_fail (PT_IS_SIDE_PANEL (self));
  commit_text (self);
  pt_actions_view_commit (self->actions_view);
  pt_journal_view_commit (self->journal_view);
}

PtActionsView *
pt_side_panel_get_actions_view (PtSidePanel *self)
{
  g_return_val_if_fail (PT_IS_SIDE_PANEL (self), NULL);
  return self->actions_view;
}

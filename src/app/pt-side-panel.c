/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-side-panel.c — PtSidePanel: edit the selection, see every factor.
 *
 * The panel shows the editor for what is selected (PtFactorEditor,
 * PtLinkEditor) above the workshop's actions, journal, voices and outline,
 * and tells the editors when what they show changes underneath.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-side-panel.h"
#include "pt-actions-view.h"
#include "pt-factor-editor.h"
#include "pt-journal-view.h"
#include "pt-link-editor.h"
#include "pt-outline.h"
#include "pt-voices-view.h"

struct _PtSidePanel
{
  GtkWidget parent_instance;

  PtWorkshop     *workshop;
  PtFactor       *factor;       /* selected alone, or NULL */
  PtLink         *link;

  GtkWidget      *scroller;      /* the template's root */
  GtkStack       *editor_stack;
  GtkLabel       *many_label;
  PtFactorEditor *factor_editor; /* NULL until first needed */
  PtLinkEditor   *link_editor;
  PtOutline      *outline;
  PtVoicesView   *voices_view;
  PtActionsView  *actions_view;
  PtJournalView  *journal_view;
};

G_DEFINE_FINAL_TYPE (PtSidePanel, pt_side_panel, GTK_TYPE_WIDGET)

enum {
  FACTOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Editors                                                                  */
/* ------------------------------------------------------------------------ */

static void
on_add_action_cb (PtSidePanel *self,
                  PtFactor    *factor)
{
  pt_actions_view_add_for (self->actions_view, factor);
}

/* The editors are made when first needed: a workshop opens with nothing
 * selected, and building them was a good part of building the window. */
static PtFactorEditor *
factor_editor (PtSidePanel *self)
{
  if (self->factor_editor == NULL)
    {
      self->factor_editor = PT_FACTOR_EDITOR (pt_factor_editor_new ());
      g_signal_connect_swapped (self->factor_editor, "add-action", G_CALLBACK (on_add_action_cb), self);
      gtk_stack_add_named (self->editor_stack, GTK_WIDGET (self->factor_editor), "factor");
    }
  return self->factor_editor;
}

static PtLinkEditor *
link_editor (PtSidePanel *self)
{
  if (self->link_editor == NULL)
    {
      self->link_editor = PT_LINK_EDITOR (pt_link_editor_new ());
      gtk_stack_add_named (self->editor_stack, GTK_WIDGET (self->link_editor), "link");
    }
  return self->link_editor;
}

static void
commit_editors (PtSidePanel *self)
{
  if (self->factor_editor != NULL)
    pt_factor_editor_commit (self->factor_editor);
  if (self->link_editor != NULL)
    pt_link_editor_commit (self->link_editor);
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
on_item_changed_cb (PtSidePanel *self,
                    GObject     *object,
                    GParamSpec  *pspec)
{
  /* The factor editor's lists name dimensions and participants. */
  if (object != G_OBJECT (self->factor) && object != G_OBJECT (self->link) &&
      !PT_IS_DIMENSION (object) && !PT_IS_PARTICIPANT (object))
    return;
  if (self->factor_editor != NULL)
    pt_factor_editor_refresh (self->factor_editor);
  if (self->link_editor != NULL)
    pt_link_editor_refresh (self->link_editor);
}

static void
on_item_added_or_removed_cb (PtSidePanel *self,
                             PtItem      *item)
{
  if (PT_IS_PARTICIPANT (item) && self->factor_editor != NULL)
    pt_factor_editor_refresh (self->factor_editor);
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
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, outline);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, voices_view);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, actions_view);
  gtk_widget_class_bind_template_child (widget_class, PtSidePanel, journal_view);
  gtk_widget_class_bind_template_callback (widget_class, on_outline_factor_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "side-panel");
}

static void
pt_side_panel_init (PtSidePanel *self)
{
  g_type_ensure (PT_TYPE_VOICES_VIEW);
  g_type_ensure (PT_TYPE_ACTIONS_VIEW);
  g_type_ensure (PT_TYPE_JOURNAL_VIEW);
  g_type_ensure (PT_TYPE_OUTLINE);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */
/* Read-only                                                                */
/* ------------------------------------------------------------------------ */

/* What a widget was before the panel was made read-only, kept on it as
 * object data (bit 0 set: something was kept). */
enum {
  KEPT          = 1 << 0,
  WAS_EDITABLE  = 1 << 1,
  WAS_SENSITIVE = 1 << 2,
};

#define KEPT_KEY "pt-side-panel-kept"

/* Whether widget changes the workshop when used. Buttons that only open
 * something (every round's notes) stay usable. */
static gboolean
is_control (GtkWidget *widget)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.journal") == 0)
    return FALSE;
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_DROP_DOWN (widget) || GTK_IS_SWITCH (widget) || GTK_IS_SPIN_BUTTON (widget);
}

/* Text stays readable, selectable and scrollable, which an insensitive
 * panel is not (it cannot even be scrolled); only the controls that would
 * change something are turned off. */
static void
set_read_only (GtkWidget *widget,
               gboolean   read_only)
{
  guint kept = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), KEPT_KEY));

  if (read_only && !(kept & KEPT))
    {
      kept = KEPT;
      if (GTK_IS_TEXT_VIEW (widget))
        {
          kept |= gtk_text_view_get_editable (GTK_TEXT_VIEW (widget)) ? WAS_EDITABLE : 0;
          gtk_text_view_set_editable (GTK_TEXT_VIEW (widget), FALSE);
          gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (widget), FALSE);
        }
      else if (GTK_IS_EDITABLE (widget))
        {
          kept |= gtk_editable_get_editable (GTK_EDITABLE (widget)) ? WAS_EDITABLE : 0;
          gtk_editable_set_editable (GTK_EDITABLE (widget), FALSE);
        }
      else if (is_control (widget))
        {
          kept |= gtk_widget_get_sensitive (widget) ? WAS_SENSITIVE : 0;
          gtk_widget_set_sensitive (widget, FALSE);
        }
      g_object_set_data (G_OBJECT (widget), KEPT_KEY, GUINT_TO_POINTER (kept));
    }
  else if (!read_only && (kept & KEPT))
    {
      if (GTK_IS_TEXT_VIEW (widget))
        {
          gtk_text_view_set_editable (GTK_TEXT_VIEW (widget), (kept & WAS_EDITABLE) != 0);
          gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (widget), (kept & WAS_EDITABLE) != 0);
        }
      else if (GTK_IS_EDITABLE (widget))
        gtk_editable_set_editable (GTK_EDITABLE (widget), (kept & WAS_EDITABLE) != 0);
      else if (is_control (widget))
        gtk_widget_set_sensitive (widget, (kept & WAS_SENSITIVE) != 0);
      g_object_set_data (G_OBJECT (widget), KEPT_KEY, NULL);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_read_only (child, read_only);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/* An earlier round shown as it was: everything in the panel can be read,
 * nothing changed. Call it after pt_side_panel_set_workshop () going in,
 * and before it coming back. */
void
pt_side_panel_set_read_only (PtSidePanel *self,
                             gboolean     read_only)
{
  g_return_if_fail (PT_IS_SIDE_PANEL (self));

  set_read_only (GTK_WIDGET (self), read_only);
}

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
  if (self->factor_editor != NULL)
    pt_factor_editor_set_factor (self->factor_editor, workshop, NULL);
  if (self->link_editor != NULL)
    pt_link_editor_set_link (self->link_editor, workshop, NULL);

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

  commit_editors (self);
  self->factor = factors != NULL && factors->len == 1 ? g_ptr_array_index (factors, 0) : NULL;
  self->link = self->factor == NULL ? link : NULL;

  if (self->factor != NULL)
    {
      pt_factor_editor_set_factor (factor_editor (self), self->workshop, self->factor);
      gtk_stack_set_visible_child (self->editor_stack, GTK_WIDGET (self->factor_editor));
    }
  else if (self->link != NULL)
    {
      pt_link_editor_set_link (link_editor (self), self->workshop, self->link);
      gtk_stack_set_visible_child (self->editor_stack, GTK_WIDGET (self->link_editor));
    }
  else if (factors != NULL && factors->len > 1)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("%u factor selected", "%u factors selected", factors->len), factors->len);

      gtk_label_set_text (self->many_label, text);
      gtk_stack_set_visible_child_name (self->editor_stack, "many");
    }
  else
    gtk_stack_set_visible_child_name (self->editor_stack, "none");
  /* An editor not shown lets go of its item. */
  if (self->factor_editor != NULL && self->factor == NULL)
    pt_factor_editor_set_factor (self->factor_editor, self->workshop, NULL);
  if (self->link_editor != NULL && self->link == NULL)
    pt_link_editor_set_link (self->link_editor, self->workshop, NULL);
}

/* Takes what is typed in the fields into the model now (before saving). */
void
pt_side_panel_commit (PtSidePanel *self)
{
  g_return_if_fail (PT_IS_SIDE_PANEL (self));
  commit_editors (self);
  pt_actions_view_commit (self->actions_view);
  pt_journal_view_commit (self->journal_view);
}

PtActionsView *
pt_side_panel_get_actions_view (PtSidePanel *self)
{
  g_return_val_if_fail (PT_IS_SIDE_PANEL (self), NULL);
  return self->actions_view;
}

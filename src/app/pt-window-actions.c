/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-actions.c — PtWindow's actions and their accelerators.
 *
 * Installed once per class; enabled and disabled in one place,
 * _pt_window_update_actions (), from the selection and the history.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-details-window.h"
#include "pt-text.h"
#include "pt-journal-window.h"
#include "pt-window-private.h"

/* Text fields keep their own undo while the user types in them. */
static gboolean
forward_to_text_field (PtWindow   *self,
                       const char *action)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && (GTK_IS_TEXT_VIEW (focus) || GTK_IS_TEXT (focus)))
    return gtk_widget_activate_action (focus, action, NULL);
  return FALSE;
}

static void
undo_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  PtWindow *self = PT_WINDOW (widget);

  if (!forward_to_text_field (self, "text.undo"))
    pt_history_undo (pt_workshop_get_history (self->workshop));
}

static void
redo_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  PtWindow *self = PT_WINDOW (widget);

  if (!forward_to_text_field (self, "text.redo"))
    pt_history_redo (pt_workshop_get_history (self->workshop));
}

static void
file_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  PtWindow *self = PT_WINDOW (widget);

  if (g_str_equal (action_name, "win.open"))
    _pt_window_open_dialog (self);
  else if (g_str_equal (action_name, "win.save"))
    _pt_window_save (self);
  else if (g_str_equal (action_name, "win.save-as"))
    _pt_window_save_as_dialog (self);
  else if (g_str_equal (action_name, "win.overwrite") && self->file != NULL)
    {
      /* Deliberately over what someone else changed: forget their etag. */
      g_clear_pointer (&self->etag, g_free);
      pt_window_save_to_file (self, self->file);
    }
  else if (g_str_equal (action_name, "win.open-recent"))
    _pt_window_open_recent (self, g_variant_get_string (parameter, NULL));
  else if (g_str_equal (action_name, "win.close"))
    gtk_window_close (GTK_WINDOW (self));
  else if (g_str_equal (action_name, "win.print"))
    _pt_window_print (self);
  else if (g_str_equal (action_name, "win.export"))
    _pt_window_export_dialog (self);
  else if (g_str_equal (action_name, "win.details"))
    gtk_window_present (pt_details_window_new (GTK_WINDOW (self), self->workshop));
}

/* The whole journal in a window of its own; one per workshop window. */
static void
journal_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PtWindow *self = PT_WINDOW (widget);

  /* What is being written belongs in it. */
  _pt_window_commit_edits (self);
  if (self->journal_window == NULL)
    {
      self->journal_window = GTK_WINDOW (pt_journal_window_new (GTK_WINDOW (self), self->workshop));
      g_object_add_weak_pointer (G_OBJECT (self->journal_window), (gpointer *) &self->journal_window);
    }
  gtk_window_present (self->journal_window);
}

/* Closing a round keeps it as it is and starts the next: a deliberate
 * act, so it is asked for by name, not done by a third click on the
 * button that was Next Step a moment ago. */
static void
on_close_round_response_cb (GtkDialog *dialog,
                            int        response,
                            PtWindow  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.close-round", NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
ask_to_close_round (PtWindow *self)
{
  guint round = pt_workshop_get_round (self->workshop);
  /* Translators: the question before a round is closed: "Close round 1?" */
  g_autofree char *question = g_strdup_printf (_("Close round %u?"), round);
  /* Translators: the button that closes the round: "Close Round 1" */
  g_autofree char *button = g_strdup_printf (_("_Close Round %u"), round);
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", question);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            /* Translators: under "Close round 1?" */
                                            _("Round %u is kept as it is now, with today’s date, and round %u "
                                              "starts at Reaction. Undo opens it again."), round, round + 1);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL, button, GTK_RESPONSE_ACCEPT, NULL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  /* Enter does not close it: Cancel is the default. */
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_round_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_round_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PtWindow *self = PT_WINDOW (widget);
  PtWorkshop *ws = self->workshop;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *taken = g_date_time_format_iso8601 (now);

  _pt_window_commit_edits (self);
  if (pt_workshop_get_round (ws) >= PT_MAX_ROUND)
    {
      g_autofree char *detail =
        /* Translators: %u is the most rounds a workshop can hold (9999) */
        g_strdup_printf (_("A workshop holds at most %u rounds, and this is the last one. "
                           "Its factors, notes and actions stay as they are."), PT_MAX_ROUND);

      _pt_window_show_error (self, _("The round was not closed"), detail);
      return;
    }
  pt_workshop_close_round (ws, taken);
}

/* Next goes through Reaction, Interaction and Action; after Action it
 * asks to close the round. Previous goes back within the round. */
static void
step_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  PtWindow *self = PT_WINDOW (widget);
  PtWorkshop *ws = self->workshop;
  PtCycleStep step;

  /* A journal note half written belongs to the step it was written in. */
  _pt_window_commit_edits (self);
  step = pt_workshop_get_step (ws);
  if (g_str_equal (action_name, "win.next-step") && step == PT_CYCLE_STEP_ACTION)
    {
      ask_to_close_round (self);
      return;
    }
  if (g_str_equal (action_name, "win.previous-step") && step == PT_CYCLE_STEP_REACTION)
    return;
  pt_workshop_begin_group (ws, _("Change Step"));
  pt_workshop_set (ws, ws, "step", g_str_equal (action_name, "win.next-step") ? step + 1 : step - 1, NULL);
  pt_workshop_end_group (ws);
}

static void
canvas_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  PtCanvas *canvas = PT_WINDOW (widget)->canvas;

  if (g_str_equal (action_name, "win.add-factor"))
    pt_canvas_add_factor (canvas);
  else if (g_str_equal (action_name, "win.edit-factor"))
    pt_canvas_edit_selected (canvas);
  else if (g_str_equal (action_name, "win.delete"))
    pt_canvas_delete_selection (canvas);
  else if (g_str_equal (action_name, "win.duplicate"))
    pt_canvas_duplicate_selection (canvas);
  else if (g_str_equal (action_name, "win.toggle-polarity"))
    pt_canvas_toggle_polarity (canvas);
  else if (g_str_equal (action_name, "win.move-to"))
    pt_canvas_move_selection_to (canvas, g_variant_get_int32 (parameter));
  else if (g_str_equal (action_name, "win.link"))
    pt_canvas_start_keyboard_link (canvas);
  else if (g_str_equal (action_name, "win.zoom-in"))
    pt_canvas_zoom_in (canvas);
  else if (g_str_equal (action_name, "win.zoom-out"))
    pt_canvas_zoom_out (canvas);
  else if (g_str_equal (action_name, "win.zoom-fit"))
    pt_canvas_zoom_fit (canvas);
  else if (g_str_equal (action_name, "win.reveal-cards"))
    _pt_window_reveal (PT_WINDOW (widget));
}

/* The keyboard shortcuts window, built when first asked for rather than
 * with every window (as GTK does with gtk/help-overlay.ui): its forty
 * widgets cost a tenth of the start-up, and most sessions never open it.
 * Once built, it is the window's help overlay, which finds the keys of
 * the actions it lists. */
static void
shortcuts_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/powertriangle/PowerTriangle/help-overlay.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

void
_pt_window_class_init_actions (GtkWidgetClass *widget_class)
{
  const char *file_actions[] = { "win.open", "win.save", "win.save-as", "win.overwrite", "win.close", "win.details",
                                 "win.print", "win.export" };
  const char *canvas_actions[] = { "win.add-factor", "win.edit-factor", "win.delete", "win.duplicate",
                                   "win.toggle-polarity", "win.link", "win.zoom-in", "win.zoom-out",
                                   "win.zoom-fit", "win.reveal-cards" };

  for (guint i = 0; i < G_N_ELEMENTS (file_actions); i++)
    gtk_widget_class_install_action (widget_class, file_actions[i], NULL, file_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", file_cb);
  for (guint i = 0; i < G_N_ELEMENTS (canvas_actions); i++)
    gtk_widget_class_install_action (widget_class, canvas_actions[i], NULL, canvas_cb);
  gtk_widget_class_install_action (widget_class, "win.move-to", "i", canvas_cb);
  gtk_widget_class_install_action (widget_class, "win.next-step", NULL, step_cb);
  gtk_widget_class_install_action (widget_class, "win.close-round", NULL, close_round_cb);
  gtk_widget_class_install_action (widget_class, "win.journal", NULL, journal_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-step", NULL, step_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_cb);
  gtk_widget_class_install_action (widget_class, "win.shortcuts", NULL, shortcuts_cb);
  gtk_widget_class_install_property_action (widget_class, "win.show-panel", "show-panel");
  gtk_widget_class_install_property_action (widget_class, "win.face-down", "face-down");
  gtk_widget_class_install_property_action (widget_class, "win.collect", "collecting");
  gtk_widget_class_install_property_action (widget_class, "win.lived-experience-first", "lived-experience-first");
}

void
_pt_window_update_actions (PtWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PtHistory *history;
  gboolean has_factors, has_selection;

  if (self->workshop == NULL || self->canvas == NULL)
    return;

  history = pt_workshop_get_history (self->workshop);
  has_factors = pt_canvas_get_selection (self->canvas)->len > 0;
  has_selection = has_factors || pt_canvas_get_selected_link (self->canvas) != NULL;

  gtk_widget_action_set_enabled (widget, "win.undo", pt_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo", pt_history_get_can_redo (history));
  gtk_widget_action_set_enabled (widget, "win.delete", has_selection);
  gtk_widget_action_set_enabled (widget, "win.edit-factor", has_factors);
  gtk_widget_action_set_enabled (widget, "win.duplicate", has_factors);
  gtk_widget_action_set_enabled (widget, "win.toggle-polarity", has_factors);
  gtk_widget_action_set_enabled (widget, "win.move-to", has_factors);
  gtk_widget_action_set_enabled (widget, "win.link", has_factors);
  gtk_widget_action_set_enabled (widget, "win.export", !self->exporting);
  gtk_widget_action_set_enabled (widget, "win.previous-step",
                                 pt_workshop_get_step (self->workshop) != PT_CYCLE_STEP_REACTION);
}

void
_pt_window_set_accels (GtkApplication *app)
{
  const struct {
    const char *action;
    const char *accels[4];
  } accels[] = {
    { "app.new", { "<Primary>n", NULL } },
    { "app.quit", { "<Primary>q", NULL } },
    { "win.open", { "<Primary>o", NULL } },
    { "win.save", { "<Primary>s", NULL } },
    { "win.save-as", { "<Primary><Shift>s", NULL } },
    { "win.close", { "<Primary>w", NULL } },
    { "win.undo", { "<Primary>z", NULL } },
    { "win.redo", { "<Primary><Shift>z", "<Primary>y", NULL } },
    { "win.add-factor", { "<Primary><Shift>a", NULL } },
    { "win.duplicate", { "<Primary>d", NULL } },
    { "win.zoom-in", { "<Primary>plus", "<Primary>equal", "<Primary>KP_Add", NULL } },
    { "win.zoom-out", { "<Primary>minus", "<Primary>KP_Subtract", NULL } },
    { "win.zoom-fit", { "<Primary>0", "<Primary>KP_0", NULL } },
    { "win.show-panel", { "F9", NULL } },
    { "win.presenting", { "F5", NULL } },
    { "win.project", { "<Shift>F5", NULL } },
    { "win.details", { "<Alt>Return", NULL } },
    { "win.journal", { "<Primary><Shift>j", NULL } },
    { "win.reveal-cards", { "<Primary>r", NULL } },
    { "win.collect", { "<Primary>j", NULL } },
    { "win.print", { "<Primary>p", NULL } },
    { "win.export", { "<Primary><Shift>e", NULL } },
    { "win.shortcuts", { "<Primary>question", "<Primary>slash", NULL } },
    /* A presentation clicker sends Page Down and Page Up. */
    { "win.next-step", { "Page_Down", NULL } },
    { "win.previous-step", { "Page_Up", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

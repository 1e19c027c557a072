/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window.c — PtWindow: holds one workshop and the file it came from.
 *
 * Errors from opening and saving are shown in the window, in a banner with
 * the FILE:LINE:COLUMN message, never only on stderr, and never replace the
 * document that is open. Closing a window with unsaved changes asks first.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-accessible.h"
#include "pt-reader.h"
#include "pt-settings.h"
#include "pt-window-private.h"
#include "pt-writer.h"

G_DEFINE_FINAL_TYPE (PtWindow, pt_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SHOW_PANEL,
  PROP_FACE_DOWN,
  PROP_PRESENTING,
  PROP_COLLECTING,
  PROP_LIVED_EXPERIENCE_FIRST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

char *
_pt_window_get_display_name (PtWindow *self)
{
  const char *title = pt_workshop_get_title (self->workshop);

  if (title[0] != '\0')
    return g_strdup (title);
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("New Workshop"));
}

void
_pt_window_update_title (PtWindow *self)
{
  gboolean dirty = pt_history_get_dirty (pt_workshop_get_history (self->workshop));
  g_autofree char *name = _pt_window_get_display_name (self);
  g_autofree char *window_title = NULL;

  /* The bullet marks unsaved changes, as GNOME's editors do. */
  window_title = g_strdup_printf ("%s%s — %s", dirty ? "• " : "", name, _("Power Triangle"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

void
_pt_window_show_error (PtWindow   *self,
                       const char *title,
                       const char *detail)
{
  gtk_label_set_text (self->error_title, title);
  gtk_label_set_text (self->error_detail, detail);
  gtk_widget_set_visible (self->save_failed_buttons, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_bar), TRUE);
}

/* After a file was opened or saved: any old error is over, and the file
 * joins the recent ones. */
static void
file_succeeded (PtWindow *self,
                GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  GSettings *settings = pt_settings_get ();

  gtk_widget_set_visible (GTK_WIDGET (self->error_bar), FALSE);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (settings != NULL && folder != NULL && g_file_is_native (folder))
    {
      g_autofree char *path = g_file_get_path (folder);

      g_settings_set_string (settings, "last-folder", path);
    }
}

/* What is typed in the canvas or the side panel goes into the model, before
 * anything reads the workshop as a whole (save, print, export, close). */
void
_pt_window_commit_edits (PtWindow *self)
{
  pt_canvas_commit_editing (self->canvas);
  pt_side_panel_commit (self->side_panel);
}

/* The band under the triangle: where the group is in the cycle, and the
 * questions that step asks. */
void
_pt_window_update_cycle (PtWindow *self)
{
  PtCycleStep step = pt_workshop_get_step (self->workshop);

  /* A new step starts without the last one's countdown. */
  pt_step_timer_stop (self->timer);
  gtk_button_set_label (self->next_step_button,
                        step == PT_CYCLE_STEP_ACTION ? _("Close Round") : _("Next Step"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->next_step_button),
                               step == PT_CYCLE_STEP_ACTION
                               ? _("Keep this round as it is and start the next one at Reaction")
                               : _("Go on to the next step of the cycle"));
}

static void
on_error_bar_response_cb (PtWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_bar), FALSE);
}

static void
on_history_notify_cb (PtWindow   *self,
                      GParamSpec *pspec)
{
  _pt_window_update_title (self);
  _pt_window_update_actions (self);
}

static void
on_workshop_item_changed_cb (PtWindow   *self,
                             GObject    *object,
                             GParamSpec *pspec)
{
  if (object == G_OBJECT (self->workshop) && g_str_equal (pspec->name, "title"))
    _pt_window_update_title (self);
  _pt_window_rounds_item_changed (self, object);
  if (object == G_OBJECT (self->workshop) &&
      (g_str_equal (pspec->name, "step") || g_str_equal (pspec->name, "round")))
    {
      _pt_window_update_cycle (self);
      _pt_window_update_actions (self);
    }
}

static void
on_canvas_selection_changed_cb (PtWindow *self)
{
  pt_side_panel_set_selection (self->side_panel,
                               pt_canvas_get_selection (self->canvas),
                               pt_canvas_get_selected_link (self->canvas));
  _pt_window_update_actions (self);
}

static void
on_side_panel_factor_activated_cb (PtWindow *self,
                                   PtFactor *factor)
{
  GtkWidget *card;

  pt_canvas_select_factor (self->canvas, factor, FALSE);
  card = pt_canvas_get_card (self->canvas, factor);
  if (card != NULL)
    gtk_widget_grab_focus (card);
}

static void
on_voice_changed_cb (PtWindow *self,
                     int       perspective)
{
  pt_canvas_set_voice (self->canvas, perspective);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            PtWindow      *self)
{
  GSList *files = g_value_get_boxed (value);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GSList *l = files; l != NULL; l = l->next)
    {
      PtWindow *window = self;

      if (!pt_window_is_pristine (self) || l != files)
        {
          window = pt_window_new (PT_APPLICATION (app));
          gtk_window_present (GTK_WINDOW (window));
        }
      pt_window_load_file (window, l->data);
    }
  return files != NULL;
}

/* The next window opens as this one closes: same size, same panel. */
static void
save_window_state (PtWindow *self)
{
  GSettings *settings = pt_settings_get ();
  int width, height;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && !self->presenting && width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", CLAMP (width, 360, 16384));
      g_settings_set_int (settings, "window-height", CLAMP (height, 300, 16384));
    }
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (settings, "show-panel",
                          self->panel_hidden_for_room ||
                          (self->presenting ? self->panel_was_visible
                                            : gtk_widget_get_visible (GTK_WIDGET (self->side_panel))));
}

static void
restore_window_state (PtWindow *self)
{
  GSettings *settings = pt_settings_get ();

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_widget_set_visible (GTK_WIDGET (self->side_panel), g_settings_get_boolean (settings, "show-panel"));
}

static gboolean
on_close_request_cb (PtWindow *self)
{
  /* TRUE keeps the window open while the user decides. */
  if (!_pt_window_confirm_close (self))
    return TRUE;
  save_window_state (self);
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
disconnect_workshop (PtWindow *self)
{
  if (self->workshop == NULL)
    return;
  g_signal_handlers_disconnect_by_data (pt_workshop_get_history (self->workshop), self);
  g_signal_handlers_disconnect_by_data (self->workshop, self);
}

static void
pt_window_dispose (GObject *object)
{
  PtWindow *self = PT_WINDOW (object);

  _pt_window_cancel_loading (self);
  _pt_window_dispose_room (self);
  _pt_window_dispose_presentation (self);
  _pt_window_dispose_recovery (self);
  g_clear_object (&self->viewed);
  disconnect_workshop (self);
  g_clear_object (&self->workshop);
  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->export_folder);

  G_OBJECT_CLASS (pt_window_parent_class)->dispose (object);
}

static void
pt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtWindow *self = PT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FACE_DOWN:
      g_value_set_boolean (value, self->canvas != NULL && pt_canvas_get_face_down (self->canvas));
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_COLLECTING:
      g_value_set_boolean (value, _pt_window_get_collecting (self));
      break;
    case PROP_LIVED_EXPERIENCE_FIRST:
      g_value_set_boolean (value, self->lived_experience_first);
      break;
    case PROP_SHOW_PANEL:
      /* Asked for before the template is built, too. */
      g_value_set_boolean (value, self->side_panel == NULL ||
                                  gtk_widget_get_visible (GTK_WIDGET (self->side_panel)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PtWindow *self = PT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FACE_DOWN:
      if (pt_canvas_get_face_down (self->canvas) != g_value_get_boolean (value))
        {
          pt_canvas_set_face_down (self->canvas, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_PRESENTING:
      _pt_window_set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_COLLECTING:
      _pt_window_set_collecting (self, g_value_get_boolean (value));
      break;
    case PROP_LIVED_EXPERIENCE_FIRST:
      if (self->lived_experience_first != g_value_get_boolean (value))
        {
          self->lived_experience_first = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SHOW_PANEL:
      if (gtk_widget_get_visible (GTK_WIDGET (self->side_panel)) != g_value_get_boolean (value))
        {
          gtk_widget_set_visible (GTK_WIDGET (self->side_panel), g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The window's size is the user's, not its content's, and the content
 * fits itself to it. A window whose content is height-for-width (wrapping
 * text) has GTK 4.8 search for its smallest size, measuring everything in
 * it a dozen times over, on every showing and every resize: a tenth of
 * what the window costs to show. Its smallest size measured plainly is a
 * little taller. */
static GtkSizeRequestMode
pt_window_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
pt_window_class_init (PtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_window_dispose;
  object_class->get_property = pt_window_get_property;
  object_class->set_property = pt_window_set_property;
  widget_class->get_request_mode = pt_window_get_request_mode;

  /* Whether the side panel shows; F9 and the header button toggle it. */
  properties[PROP_SHOW_PANEL] =
    g_param_spec_boolean ("show-panel", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether new cards are entered face down, to be revealed together. */
  properties[PROP_FACE_DOWN] =
    g_param_spec_boolean ("face-down", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Presentation mode: fullscreen, large type, high contrast (F5). */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Collecting from the room's phones (Ctrl+J). */
  properties[PROP_COLLECTING] =
    g_param_spec_boolean ("collecting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether Reveal turns up residents' and relatives' cards first. */
  properties[PROP_LIVED_EXPERIENCE_FIRST] =
    g_param_spec_boolean ("lived-experience-first", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PT_TYPE_CANVAS);
  g_type_ensure (PT_TYPE_SIDE_PANEL);
  g_type_ensure (PT_TYPE_CYCLE_BAND);
  g_type_ensure (PT_TYPE_CHOICE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/powertriangle/PowerTriangle/ui/pt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PtWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, canvas_row);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, error_title);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, error_detail);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, save_failed_buttons);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, overwrite_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, cycle_band);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, timer_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, viewing_label);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, viewing_bar);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, rounds_button);
  gtk_widget_class_bind_template_child (widget_class, PtWindow, next_step_button);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, _pt_window_back_to_round);

  _pt_window_class_init_actions (widget_class);
  _pt_window_class_init_presentation (widget_class);
  _pt_window_class_init_loading (widget_class);
}

/* The preference, times the desktop's own text scaling (which GTK applies
 * to its widgets, not to what the canvas draws). */
static void
update_card_text_scale (PtWindow *self)
{
  GSettings *settings = pt_settings_get ();
  double percent = settings != NULL ? g_settings_get_int (settings, "card-text-scale") : 100;
  int dpi = -1;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);
  pt_canvas_set_text_scale (self->canvas, percent / 100.0 * (dpi > 0 ? dpi / 1024.0 / 96.0 : 1.0));
}

/* A menu's popover costs a few milliseconds to make: not before the first
 * frame, for a menu that may never be opened. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  PtWindow *self = PT_WINDOW (user_data);

  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* A menu button's popover from a .ui resource, made the first time the
 * button is opened: the builder, to find what is in it, or NULL if the
 * button has its popover already. */
GtkBuilder *
_pt_window_build_popover (GtkMenuButton *button,
                          const char    *resource)
{
  GtkBuilder *builder;

  if (gtk_menu_button_get_popover (button) != NULL)
    return NULL;
  builder = gtk_builder_new_from_resource (resource);
  gtk_menu_button_set_popover (button, GTK_WIDGET (gtk_builder_get_object (builder, "popover")));
  return builder;
}

static void
pt_window_init (PtWindow *self)
{
  g_autoptr(PtWorkshop) workshop = pt_workshop_new ();
  GtkDropTarget *drop;

  self->lived_experience_first = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  pt_accessible_name_controls (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu_cb, self, NULL);
  _pt_window_init_presentation (self);
  _pt_window_init_rounds (self);
  _pt_window_init_recovery (self);
  restore_window_state (self);

  g_signal_connect_swapped (self->canvas, "selection-changed",
                            G_CALLBACK (on_canvas_selection_changed_cb), self);
  g_signal_connect_swapped (self->side_panel, "factor-activated",
                            G_CALLBACK (on_side_panel_factor_activated_cb), self);
  g_signal_connect_swapped (pt_side_panel_get_voices_view (self->side_panel), "highlight-changed",
                            G_CALLBACK (on_voice_changed_cb), self);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
  if (pt_settings_get () != NULL)
    g_signal_connect_object (pt_settings_get (), "changed::card-text-scale",
                             G_CALLBACK (update_card_text_scale), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (update_card_text_scale), self, G_CONNECT_SWAPPED);
  update_card_text_scale (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  _pt_window_set_document (self, workshop, NULL, NULL);
  _pt_window_update_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_pt_window_update_recent_menu), self, G_CONNECT_SWAPPED);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* ------------------------------------------------------------------------ */
/* Private API                                                              */
/* ------------------------------------------------------------------------ */

void
_pt_window_set_document (PtWindow   *self,
                         PtWorkshop *workshop,
                         GFile      *file,
                         const char *etag)
{
  disconnect_workshop (self);
  g_set_object (&self->workshop, workshop);
  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);

  g_signal_connect_swapped (pt_workshop_get_history (workshop), "notify",
                            G_CALLBACK (on_history_notify_cb), self);
  g_signal_connect_swapped (pt_workshop_get_history (workshop), "changed",
                            G_CALLBACK (_pt_window_recovery_history_changed), self);
  g_signal_connect_swapped (workshop, "item-changed",
                            G_CALLBACK (on_workshop_item_changed_cb), self);
  g_signal_connect_swapped (workshop, "item-added", G_CALLBACK (_pt_window_rounds_item_changed), self);
  g_signal_connect_swapped (workshop, "item-removed", G_CALLBACK (_pt_window_rounds_item_changed), self);

  /* The room wrote to the workshop that was here; its URL goes with it. */
  _pt_window_set_collecting (self, FALSE);
  pt_side_panel_set_workshop (self->side_panel, workshop);
  pt_canvas_set_workshop (self->canvas, workshop);
  pt_cycle_band_set_workshop (self->cycle_band, workshop);
  _pt_window_reset_rounds (self);
  if (self->projector != NULL)
    pt_projector_window_set_workshop (PT_PROJECTOR_WINDOW (self->projector), workshop);
  _pt_window_update_title (self);
  _pt_window_update_cycle (self);
  _pt_window_update_actions (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtWindow *
pt_window_new (PtApplication *application)
{
  return g_object_new (PT_TYPE_WINDOW, "application", application, NULL);
}

/* A workshop read from file is now this window's. */
void
_pt_window_opened (PtWindow   *self,
                   PtWorkshop *workshop,
                   GFile      *file,
                   const char *etag)
{
  _pt_window_set_document (self, workshop, file, etag);
  file_succeeded (self, file);
}

/* Loads file into this window, waiting for it (pt_window_load_file does
 * not). On failure the open workshop stays and the reason is shown in the
 * window; FALSE then. */
gboolean
pt_window_open_file (PtWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(PtWorkshop) workshop = NULL;

  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  _pt_window_cancel_loading (self);
  workshop = pt_reader_load_file (file, &etag, &error);
  if (workshop == NULL)
    {
      _pt_window_show_error (self, _("The workshop could not be opened"), error->message);
      return FALSE;
    }

  _pt_window_opened (self, workshop, file, etag);
  return TRUE;
}

/* Saves to file (which becomes the window's file); shows and returns
 * failure, keeping the document unsaved. */
gboolean
pt_window_save_to_file (PtWindow *self,
                        GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_etag = NULL;
  /* The etag guards only the file it came from. */
  const char *etag = self->file != NULL && g_file_equal (self->file, file) ? self->etag : NULL;

  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  _pt_window_commit_edits (self);
  if (!pt_writer_save_file (self->workshop, file, etag, &new_etag, &error))
    {
      g_autofree char *reason = g_strdup (error->message);
      g_autofree char *detail = NULL;
      gboolean changed = g_error_matches (error, PT_IO_ERROR, PT_IO_ERROR_CHANGED_ON_DISK);

      /* The loader's messages are phrases that follow "FILE:LINE:"; here one
       * starts a sentence. */
      reason[0] = g_ascii_toupper (reason[0]);
      /* Translators: after why a save failed; the way forward */
      detail = g_strdup_printf (_("%s. Your changes are still here, and a recovery copy keeps them safe: save "
                                  "them somewhere else with Save As…"), reason);

      _pt_window_show_error (self, _("The workshop was not saved"), detail);
      gtk_widget_set_visible (self->save_failed_buttons, TRUE);
      /* Only a file changed by someone else can be overwritten on purpose. */
      gtk_widget_set_visible (self->overwrite_button, changed);
      pt_window_write_recovery (self);
      return FALSE;
    }

  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_steal_pointer (&new_etag);
  pt_history_mark_clean (pt_workshop_get_history (self->workshop));
  _pt_window_update_title (self);
  file_succeeded (self, file);
  return TRUE;
}

/* Shows workshop as a new, unsaved document. */
void
pt_window_set_workshop (PtWindow   *self,
                        PtWorkshop *workshop)
{
  g_return_if_fail (PT_IS_WINDOW (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  _pt_window_set_document (self, workshop, NULL, NULL);
}

PtWorkshop *
pt_window_get_workshop (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);
  return self->workshop;
}

GFile *
pt_window_get_file (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);
  return self->file;
}

PtCanvas *
pt_window_get_canvas (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);
  return self->canvas;
}

/* A new window nobody has touched, and not about to show a file: opening
 * a file may reuse it. */
gboolean
pt_window_is_pristine (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);

  return self->file == NULL && self->loading == NULL &&
         pt_history_get_n_steps (pt_workshop_get_history (self->workshop)) == 0 &&
         pt_workshop_get_items (self->workshop, PT_ITEM_KIND_FACTOR)->len == 0;
}

/* The error the window shows, or NULL when it shows none. */
const char *
pt_window_get_error (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_bar)))
    return NULL;
  return gtk_label_get_text (self->error_detail);
}

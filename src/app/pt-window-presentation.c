/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-presentation.c — PtWindow in front of a room: presentation
 * mode, the spotlight, the step timer and the projector window.
 *
 * Presentation mode keeps the editing window editable (the facilitator
 * types factors as people speak) but takes away the chrome and switches
 * the canvas to large type and high contrast. With a second screen the
 * room gets its own window there instead, and the laptop keeps the
 * ordinary editing view.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-settings.h"
#include "pt-window-private.h"

/* The monitor the window is not on, if there is one. */
static GdkMonitor *
other_monitor (PtWindow *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *mine = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != mine)
        return monitor;
    }
  return NULL;
}

static void
on_projector_destroy_cb (PtWindow *self)
{
  self->projector = NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.spotlight", self->presenting);
}

/* Opens the room's window: fullscreen on the other screen when there is
 * one, else as an ordinary window to be dragged there (F11 fills it). */
static void
open_projector (PtWindow *self)
{
  GdkMonitor *monitor;

  if (self->projector != NULL)
    {
      gtk_window_present (self->projector);
      return;
    }
  self->projector = GTK_WINDOW (pt_projector_window_new (GTK_WINDOW (self), self->workshop, self->timer));
  g_signal_connect_object (self->projector, "destroy", G_CALLBACK (on_projector_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  _pt_window_update_room (self);
  monitor = other_monitor (self);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (self->projector, monitor);
  gtk_window_present (self->projector);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.spotlight", TRUE);
}

void
_pt_window_set_presenting (PtWindow *self,
                           gboolean  presenting)
{
  GtkWidget *panel = GTK_WIDGET (self->side_panel);

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;

  if (presenting)
    {
      self->panel_was_visible = gtk_widget_get_visible (panel);
      gtk_widget_set_visible (panel, FALSE);
      gtk_widget_set_visible (self->header_bar, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
      if (pt_settings_get () == NULL || g_settings_get_boolean (pt_settings_get (), "presentation-fullscreen"))
        gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_set_visible (panel, self->panel_was_visible);
      gtk_widget_set_visible (self->header_bar, TRUE);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  pt_canvas_set_presenting (self->canvas, presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.spotlight", presenting || self->projector != NULL);
  g_object_notify (G_OBJECT (self), "presenting");
  g_object_notify (G_OBJECT (self), "show-panel");
}

static void
leave_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  _pt_window_set_presenting (PT_WINDOW (widget), FALSE);
}

static void
project_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_projector (PT_WINDOW (widget));
}

/* 1, 2, 3: one dimension; 0: all. The room's view and the facilitator's
 * follow together. */
static void
spotlight_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PtWindow *self = PT_WINDOW (widget);
  int dimension = g_variant_get_int32 (parameter);

  if (self->presenting)
    pt_canvas_set_spotlight (self->canvas, dimension);
  if (self->projector != NULL)
    pt_canvas_set_spotlight (pt_projector_window_get_canvas (PT_PROJECTOR_WINDOW (self->projector)), dimension);
}

static void
timer_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  PtWindow *self = PT_WINDOW (widget);

  if (g_str_equal (action_name, "win.timer-start"))
    {
      if (self->timer_spin != NULL)
        self->timer_minutes = gtk_spin_button_get_value_as_int (self->timer_spin);
      pt_step_timer_start (self->timer, (guint) self->timer_minutes * 60);
      if (pt_settings_get () != NULL)
        g_settings_set_int (pt_settings_get (), "timer-minutes", self->timer_minutes);
    }
  else
    pt_step_timer_stop (self->timer);
  gtk_menu_button_popdown (self->timer_button);
}

static void
on_timer_expired_cb (PtWindow *self)
{
  /* Discreet: the system's own alert sound, once; the band marks zero. */
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
on_timer_running_cb (PtWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.timer-stop", pt_step_timer_get_running (self->timer));
}

void
_pt_window_class_init_presentation (GtkWidgetClass *widget_class)
{
  const guint keys[] = { GDK_KEY_0, GDK_KEY_1, GDK_KEY_2, GDK_KEY_3 };

  gtk_widget_class_install_property_action (widget_class, "win.presenting", "presenting");
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_cb);
  gtk_widget_class_install_action (widget_class, "win.project", NULL, project_cb);
  gtk_widget_class_install_action (widget_class, "win.spotlight", "i", spotlight_cb);
  gtk_widget_class_install_action (widget_class, "win.timer-start", NULL, timer_cb);
  gtk_widget_class_install_action (widget_class, "win.timer-stop", NULL, timer_cb);

  /* Bound on the window, so they reach it only when the focused widget
   * (a text field, the canvas with a selection) did not take the key. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], 0, "win.spotlight", "i",
                                         i == 0 ? -1 : (int) i - 1 + PT_DIMENSION_RESOURCES);
}

/* The minutes chosen last, the popover's from when it is first opened. */
static void
create_timer_popover_cb (GtkMenuButton *button,
                         gpointer       user_data)
{
  PtWindow *self = PT_WINDOW (user_data);
  g_autoptr(GtkBuilder) builder =
    _pt_window_build_popover (button, "/io/github/powertriangle/PowerTriangle/ui/pt-timer-popover.ui");

  if (builder == NULL)
    return;
  self->timer_spin = GTK_SPIN_BUTTON (gtk_builder_get_object (builder, "timer_minutes"));
  gtk_spin_button_set_value (self->timer_spin, self->timer_minutes);
  g_object_add_weak_pointer (G_OBJECT (self->timer_spin), (gpointer *) &self->timer_spin);
}

void
_pt_window_init_presentation (PtWindow *self)
{
  self->timer = pt_step_timer_new ();
  g_signal_connect_object (self->timer, "expired", G_CALLBACK (on_timer_expired_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timer, "notify::running", G_CALLBACK (on_timer_running_cb), self,
                           G_CONNECT_SWAPPED);
  pt_cycle_band_set_timer (self->cycle_band, self->timer);
  self->timer_minutes = pt_settings_get () != NULL ? g_settings_get_int (pt_settings_get (), "timer-minutes") : 5;
  gtk_menu_button_set_create_popup_func (self->timer_button, create_timer_popover_cb, self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.spotlight", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.timer-stop", FALSE);
}

void
_pt_window_dispose_presentation (PtWindow *self)
{
  if (self->projector != NULL)
    gtk_window_destroy (self->projector);
  if (self->timer != NULL)
    pt_step_timer_stop (self->timer);
  g_clear_object (&self->timer);
}

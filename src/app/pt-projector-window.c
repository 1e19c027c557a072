/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-projector-window.c — PtProjectorWindow: the room's view on a second
 * screen.
 *
 * It shows the same workshop object as the editing window, through its own
 * canvas and cycle band, so every edit, step and tick of the timer reaches
 * it by the model's signals, with nothing copied. It takes no pointer
 * input: the facilitator edits on the laptop; only the keys that steer a
 * presentation (1, 2, 3, 0, Page Up/Down, F11, Escape) work here.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-cycle-band.h"
#include "pt-projector-window.h"
#include "pt-room-panel.h"

struct _PtProjectorWindow
{
  GtkWindow parent_instance;

  PtCanvas    *canvas;
  PtRoomPanel *room_panel;
  PtCycleBand *band;
};

G_DEFINE_FINAL_TYPE (PtProjectorWindow, pt_projector_window, GTK_TYPE_WINDOW)

static void
spotlight_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  pt_canvas_set_spotlight (PT_PROJECTOR_WINDOW (widget)->canvas, g_variant_get_int32 (parameter));
}

static void
fullscreen_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

static void
close_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Steps go through the editing window, which owns closing a round. */
static void
step_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), action_name, NULL);
}

static void
pt_projector_window_class_init (PtProjectorWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint keys[] = { GDK_KEY_0, GDK_KEY_1, GDK_KEY_2, GDK_KEY_3 };

  gtk_widget_class_install_action (widget_class, "projector.spotlight", "i", spotlight_cb);
  gtk_widget_class_install_action (widget_class, "projector.fullscreen", NULL, fullscreen_cb);
  gtk_widget_class_install_action (widget_class, "projector.close", NULL, close_cb);
  gtk_widget_class_install_action (widget_class, "win.next-step", NULL, step_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-step", NULL, step_cb);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], 0, "projector.spotlight", "i",
                                         i == 0 ? -1 : (int) i - 1 + PT_DIMENSION_RESOURCES);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "projector.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "projector.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "win.next-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "win.previous-step", NULL);
}

static void
pt_projector_window_init (PtProjectorWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->canvas = PT_CANVAS (pt_canvas_new ());
  self->band = PT_CYCLE_BAND (pt_cycle_band_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->canvas), TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self->canvas), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self->canvas), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self->canvas), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->band), "cycle-bar");
  gtk_widget_set_margin_start (GTK_WIDGET (self->band), 24);
  gtk_widget_set_margin_end (GTK_WIDGET (self->band), 24);
  gtk_widget_set_margin_top (GTK_WIDGET (self->band), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->band), 12);
  {
    /* The triangle, and beside it while collecting the room's code. */
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    self->room_panel = PT_ROOM_PANEL (pt_room_panel_new (FALSE));
    gtk_widget_set_visible (GTK_WIDGET (self->room_panel), FALSE);
    gtk_widget_set_size_request (GTK_WIDGET (self->room_panel), 360, -1);
    gtk_widget_set_hexpand (GTK_WIDGET (self->canvas), TRUE);
    gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->canvas));
    gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->room_panel));
    gtk_widget_set_vexpand (row, TRUE);
    gtk_box_append (GTK_BOX (box), row);
  }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->band));
  gtk_window_set_child (GTK_WINDOW (self), box);
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);
  gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  /* Translators: the title of the window shown on the projector */
  gtk_window_set_title (GTK_WINDOW (self), _("Power Triangle — Projector"));
  pt_canvas_set_presenting (self->canvas, TRUE);
}

PtProjectorWindow *
pt_projector_window_new (GtkWindow   *parent,
                         PtWorkshop  *workshop,
                         PtStepTimer *timer)
{
  PtProjectorWindow *self = g_object_new (PT_TYPE_PROJECTOR_WINDOW,
                                          "transient-for", parent,
                                          "application", gtk_window_get_application (parent),
                                          "destroy-with-parent", TRUE,
                                          NULL);

  pt_projector_window_set_workshop (self, workshop);
  pt_cycle_band_set_timer (self->band, timer);
  return self;
}

void
pt_projector_window_set_workshop (PtProjectorWindow *self,
                                  PtWorkshop        *workshop)
{
  g_return_if_fail (PT_IS_PROJECTOR_WINDOW (self));

  pt_canvas_set_workshop (self->canvas, workshop);
  pt_cycle_band_set_workshop (self->band, workshop);
  pt_canvas_zoom_fit (self->canvas);
}

/* While the room collects, its code beside the triangle; NULL hides it. */
void
pt_projector_window_set_room (PtProjectorWindow *self,
                              PtRoom            *room)
{
  g_return_if_fail (PT_IS_PROJECTOR_WINDOW (self));

  pt_room_panel_set_room (self->room_panel, room);
  gtk_widget_set_visible (GTK_WIDGET (self->room_panel), room != NULL);
}

PtCanvas *
pt_projector_window_get_canvas (PtProjectorWindow *self)
{
  g_return_val_if_fail (PT_IS_PROJECTOR_WINDOW (self), NULL);
  return self->canvas;
}

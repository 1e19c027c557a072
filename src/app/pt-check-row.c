/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-check-row.c — PtCheckRow: a check button and its label, which wraps,
 * laid out side by side in a grid.
 *
 * A GtkCheckButton's own label sits in a horizontal box, and GTK 4.8 asks
 * such a box for its height by trying heights one after another, each time
 * asking a wrapping label how narrow it can be at that height — a search
 * of its own. A long label that wraps was laid out some hundred times
 * before the window's first frame. A grid gives the label its width and
 * asks its height once. The label still names the button, its mnemonic
 * still toggles it, and a click on it does too, as on a check button's own
 * label.
 *
 * Until: GtkBox measures this way in 4.8 to at least 4.12; drop this for a
 * GtkCheckButton when the oldest GTK supported asks a wrapping label once.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include "pt-check-row.h"

struct _PtCheckRow
{
  GtkWidget parent_instance;

  GtkCheckButton *button;
  GtkLabel       *label;
};

G_DEFINE_FINAL_TYPE (PtCheckRow, pt_check_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_label_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      PtCheckRow      *self)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (self->button)))
    gtk_widget_activate (GTK_WIDGET (self->button));
}

static void
pt_check_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PtCheckRow *self = PT_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, gtk_label_get_label (self->label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_check_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PtCheckRow *self = PT_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      gtk_label_set_text_with_mnemonic (self->label, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_check_row_dispose (GObject *object)
{
  PtCheckRow *self = PT_CHECK_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->button = NULL;
  self->label = NULL;
  G_OBJECT_CLASS (pt_check_row_parent_class)->dispose (object);
}

static void
pt_check_row_class_init (PtCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pt_check_row_get_property;
  object_class->set_property = pt_check_row_set_property;
  object_class->dispose = pt_check_row_dispose;

  /* With an underline before the mnemonic. */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
}

static void
pt_check_row_init (PtCheckRow *self)
{
  GtkLayoutManager *grid = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGesture *click = gtk_gesture_click_new ();

  self->button = GTK_CHECK_BUTTON (gtk_check_button_new ());
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_mnemonic_widget (self->label, GTK_WIDGET (self->button));
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->label, NULL, -1);
  g_signal_connect (click, "released", G_CALLBACK (on_label_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->label), GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  gtk_grid_layout_child_set_column (GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (grid,
                                                                                               GTK_WIDGET (self->label))),
                                    1);
  gtk_grid_layout_set_column_spacing (GTK_GRID_LAYOUT (grid), 2);
}

GtkWidget *
pt_check_row_new (const char *label)
{
  return g_object_new (PT_TYPE_CHECK_ROW, "label", label, NULL);
}

GtkCheckButton *
pt_check_row_get_button (PtCheckRow *self)
{
  g_return_val_if_fail (PT_IS_CHECK_ROW (self), NULL);
  return self->button;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-choice-button.c — PtChoiceButton: one of a few strings, picked from a
 * menu.
 *
 * A GtkMenuButton whose menu is made the first time it is opened (its
 * create-popup-func), picking through a property action: it does what the
 * app asked of GtkDropDown — a status, a polarity, a perspective — at a
 * fraction of the cost, as a GtkDropDown builds a popover with a list view,
 * a search entry and scrollbars as soon as it is made, some forty widgets,
 * and the window has a dozen of them. To assistive technologies it is a
 * combo box, as a GtkDropDown is.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include "pt-choice-button.h"
#include "pt-accessible.h"

struct _PtChoiceButton
{
  GtkWidget parent_instance;

  GStrv          strings;
  guint          selected;
  GtkMenuButton *button;
  char          *name;       /* read by a screen reader, or NULL */
  GtkLabel      *label;
};

G_DEFINE_FINAL_TYPE (PtChoiceButton, pt_choice_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (PtChoiceButton *self)
{
  const char *shown = pt_choice_button_get_string (self, self->selected);

  gtk_label_set_text (self->label, shown != NULL ? shown : "");
  pt_accessible_name_composite (GTK_WIDGET (self), GTK_WIDGET (self->button), self->name, shown);
}

/* By now a label that names it has been given it as its mnemonic widget. */
static void
pt_choice_button_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pt_choice_button_parent_class)->map (widget);
  update_label (PT_CHOICE_BUTTON (widget));
}

/* What a screen reader calls it, when no label on screen names it. */
void
pt_choice_button_set_name (PtChoiceButton *self,
                           const char     *name)
{
  g_return_if_fail (PT_IS_CHOICE_BUTTON (self));

  g_free (self->name);
  self->name = g_strdup (name);
  update_label (self);
}

/* A menu reads "_" as the mark of a mnemonic; a participant's name may
 * hold one. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       data)
{
  PtChoiceButton *self = data;
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < pt_choice_button_get_n_items (self); i++)
    {
      g_auto(GStrv) parts = g_strsplit (self->strings[i], "_", -1);
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "choice.select", g_variant_new_uint32 (i));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
  g_signal_connect_object (gtk_menu_button_get_popover (button), "notify::visible",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

/* Opens the menu, as a click does. */
void
pt_choice_button_popup (PtChoiceButton *self)
{
  g_return_if_fail (PT_IS_CHOICE_BUTTON (self));
  gtk_menu_button_popup (self->button);
}

static void
pt_choice_button_dispose (GObject *object)
{
  PtChoiceButton *self = PT_CHOICE_BUTTON (object);

  if (self->button != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->button));
  self->button = NULL;
  g_clear_pointer (&self->strings, g_strfreev);
  g_clear_pointer (&self->name, g_free);
  G_OBJECT_CLASS (pt_choice_button_parent_class)->dispose (object);
}

static void
pt_choice_button_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, PT_CHOICE_BUTTON (object)->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_choice_button_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED:
      pt_choice_button_set_selected (PT_CHOICE_BUTTON (object), g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_choice_button_class_init (PtChoiceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_choice_button_dispose;
  widget_class->map = pt_choice_button_map;
  object_class->get_property = pt_choice_button_get_property;
  object_class->set_property = pt_choice_button_set_property;

  /* The position of the string shown. */
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The menu's items are this action's targets, so it shows the one
   * selected as chosen. */
  gtk_widget_class_install_property_action (widget_class, "choice.select", "selected");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pt_choice_button_init (PtChoiceButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->strings = g_new0 (char *, 1);
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("pan-down-symbolic"));
  /* The label at the start and the arrow at the end, however wide. */
  gtk_widget_set_hexpand (box, TRUE);
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->button, box);
  /* GTK 4.8 centres the child in a box of its own: that box fills. */
  gtk_widget_set_halign (gtk_widget_get_parent (box), GTK_ALIGN_FILL);
  gtk_menu_button_set_create_popup_func (self->button, create_menu_cb, self, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "choice-button");
}

GtkWidget *
pt_choice_button_new (const char * const *strings)
{
  PtChoiceButton *self = g_object_new (PT_TYPE_CHOICE_BUTTON, NULL);

  pt_choice_button_set_strings (self, strings);
  return GTK_WIDGET (self);
}

/* Keeps the selected position where the new strings have one. The side
 * panel sets its lists again on every change to the factor, picking from
 * the menu included: the same strings keep the menu made. */
void
pt_choice_button_set_strings (PtChoiceButton     *self,
                              const char * const *strings)
{
  const char *none[] = { NULL };

  g_return_if_fail (PT_IS_CHOICE_BUTTON (self));

  if (g_strv_equal (strings != NULL ? strings : none, (const char * const *) self->strings))
    return;
  g_strfreev (self->strings);
  self->strings = strings != NULL ? g_strdupv ((char **) strings) : g_new0 (char *, 1);
  /* Made again, from the new strings, when next opened. */
  gtk_menu_button_set_menu_model (self->button, NULL);
  if (self->selected >= pt_choice_button_get_n_items (self))
    pt_choice_button_set_selected (self, 0);
  update_label (self);
}

guint
pt_choice_button_get_n_items (PtChoiceButton *self)
{
  g_return_val_if_fail (PT_IS_CHOICE_BUTTON (self), 0);
  return g_strv_length (self->strings);
}

const char *
pt_choice_button_get_string (PtChoiceButton *self,
                             guint           position)
{
  g_return_val_if_fail (PT_IS_CHOICE_BUTTON (self), NULL);
  return position < pt_choice_button_get_n_items (self) ? self->strings[position] : NULL;
}

guint
pt_choice_button_get_selected (PtChoiceButton *self)
{
  g_return_val_if_fail (PT_IS_CHOICE_BUTTON (self), 0);
  return self->selected;
}

/* A position past the strings shows nothing. */
void
pt_choice_button_set_selected (PtChoiceButton *self,
                               guint           position)
{
  g_return_if_fail (PT_IS_CHOICE_BUTTON (self));

  if (self->selected == position)
    return;
  self->selected = position;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* For strings that can be long, such as names: the button shortens the
 * one it shows; the menu shows them whole. */
void
pt_choice_button_set_ellipsize (PtChoiceButton *self,
                                gboolean        ellipsize)
{
  g_return_if_fail (PT_IS_CHOICE_BUTTON (self));
  gtk_label_set_ellipsize (self->label, ellipsize ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
}

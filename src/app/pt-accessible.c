/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-accessible.c — names for controls, see the header.
 *
 * GTK 4.8 names a button that shows only an icon after the icon's class,
 * a menu button after its own class, and a button whose label has a
 * mnemonic by the label with its underscore and then again without. Each
 * control gets, as its accessible label, the words a sighted user sees:
 * its label without the underscore, or for an icon its tooltip, which the
 * interface's language already translates. Labels set by hand are kept:
 * a control that has one is not walked into.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pt-accessible.h"

/* "_Add Participant" → "Add Participant"; "__" is an underscore. */
char *
pt_accessible_strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *c = label != NULL ? label : ""; *c != '\0'; c++)
    {
      if (*c == '_')
        {
          if (c[1] != '_')
            continue;
          c++;
        }
      g_string_append_c (out, *c);
    }
  return g_string_free (out, FALSE);
}

/* GTK 4.8 reads a button's name as the labels it is labelled by and then
 * its label property, one after the other: a label set here replaces
 * both. A menu button's toggle button, which takes the focus, is named
 * the same. */
static void
set_label (GtkWidget  *widget,
           const char *label)
{
  if (label == NULL || label[0] == '\0')
    return;
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (GTK_IS_MENU_BUTTON (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_BUTTON (child))
        set_label (child, label);
}

/* What a control shows a sighted user: its label, else its tooltip. */
static char *
shown_name (const char *label,
            GtkWidget  *widget)
{
  if (label != NULL && label[0] != '\0')
    return pt_accessible_strip_mnemonic (label);
  return g_strdup (gtk_widget_get_tooltip_text (widget));
}

static gboolean
is_named_by_hand (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "pt-accessible-named") != NULL;
}

/* Names every button and menu button under root (root included), the
 * toggle button inside a menu button by the menu button's name. Run once
 * a widget's template is built; rows made later are named where they
 * are made. */
void
pt_accessible_name_controls (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (is_named_by_hand (root))
    return;
  if (GTK_IS_MENU_BUTTON (root))
    {
      g_autofree char *name = shown_name (gtk_menu_button_get_label (GTK_MENU_BUTTON (root)), root);

      set_label (root, name);
      return;
    }
  if (GTK_IS_BUTTON (root))
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (root));

      /* A plain label is read well as it is. */
      if (label == NULL || gtk_button_get_use_underline (GTK_BUTTON (root)))
        {
          g_autofree char *name = shown_name (label, root);

          set_label (root, name);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pt_accessible_name_controls (child);
}

/* A control made of a widget (outer) round the button that takes the
 * focus (inner), such as a choice or a date: outer is named name, or if
 * that is NULL by the label that has it as its mnemonic widget; inner by
 * that name and what it shows ("Status: Planned"), as inner is what a
 * screen reader reads when it has the focus. Both are marked so that
 * pt_accessible_name_controls () leaves them be. */
void
pt_accessible_name_composite (GtkWidget  *outer,
                              GtkWidget  *inner,
                              const char *name,
                              const char *value)
{
  g_autofree char *found = NULL;

  g_return_if_fail (GTK_IS_WIDGET (outer) && GTK_IS_WIDGET (inner));

  g_object_set_data (G_OBJECT (outer), "pt-accessible-named", GINT_TO_POINTER (TRUE));
  if (name == NULL)
    {
      GList *labels = gtk_widget_list_mnemonic_labels (outer);

      if (labels != NULL && GTK_IS_LABEL (labels->data))
        found = g_strdup (gtk_label_get_text (labels->data));
      g_list_free (labels);
      name = found;
    }
  if (name == NULL || name[0] == '\0')
    return;
  set_label (outer, name);
  if (value != NULL && value[0] != '\0')
    {
      /* Translators: what a screen reader reads for a choice or a date:
       * the control's name, then what it shows ("Status: Planned") */
      g_autofree char *both = g_strdup_printf (_("%s: %s"), name, value);

      set_label (inner, both);
    }
  else
    set_label (inner, name);
}

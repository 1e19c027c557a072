/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-date-button.c — PtDateButton: pick a date, or none.
 *
 * The date is the file format's: YYYY-MM-DD, or "" for none; the button
 * shows it in the user's own format. Picking notifies "date", so the
 * owner decides when that becomes an undoable edit. The calendar is made
 * the first time the button is opened: an action list has a button per
 * action, and a calendar costs more than the rest of the row.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pt-date-button.h"
#include "pt-accessible.h"
#include "pt-text.h"

struct _PtDateButton
{
  GtkWidget parent_instance;

  char          *date;
  GtkMenuButton *button;
  char          *name;       /* read by a screen reader, or NULL */
  GtkPopover    *popover;   /* NULL until first opened */
  GtkCalendar   *calendar;  /* NULL until first opened */
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (PtDateButton, pt_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (PtDateButton *self)
{
  g_autofree char *text = pt_format_date (self->date);

  /* Translators: no date has been chosen */
  const char *shown = text != NULL ? text : _("No date");

  gtk_menu_button_set_label (self->button, shown);
  pt_accessible_name_composite (GTK_WIDGET (self), GTK_WIDGET (self->button), self->name, shown);
}

/* By now a label that names it has been given it as its mnemonic widget. */
static void
pt_date_button_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pt_date_button_parent_class)->map (widget);
  update_label (PT_DATE_BUTTON (widget));
}

/* What a screen reader calls it ("Due date"), before the date it shows. */
void
pt_date_button_set_name (PtDateButton *self,
                         const char   *name)
{
  g_return_if_fail (PT_IS_DATE_BUTTON (self));

  g_free (self->name);
  self->name = g_strdup (name);
  update_label (self);
}

static void
on_day_selected_cb (PtDateButton *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  if (self->updating)
    return;
  pt_date_button_set_date (self, iso);
  gtk_popover_popdown (self->popover);
}

static void
on_no_date_clicked_cb (PtDateButton *self)
{
  pt_date_button_set_date (self, "");
  gtk_popover_popdown (self->popover);
}

/* Shows the date picked, or today's month when there is none. */
static void
show_date_in_calendar (PtDateButton *self)
{
  int y, m, d;
  g_autoptr(GDateTime) date = NULL;

  if (self->calendar == NULL || sscanf (self->date, "%d-%d-%d", &y, &m, &d) != 3)
    return;
  date = g_date_time_new_local (y, m, d, 12, 0, 0);
  self->updating = TRUE;
  if (date != NULL)
    gtk_calendar_select_day (self->calendar, date);
  self->updating = FALSE;
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  PtDateButton *self = PT_DATE_BUTTON (user_data);
  GtkWidget *box, *none;

  if (self->popover != NULL)
    return;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->popover = GTK_POPOVER (gtk_popover_new ());
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  /* Translators: a button that takes the date away */
  none = gtk_button_new_with_mnemonic (_("_No Date"));
  show_date_in_calendar (self);

  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  g_signal_connect_swapped (none, "clicked", G_CALLBACK (on_no_date_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), none);
  gtk_popover_set_child (self->popover, box);
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
}

static void
pt_date_button_dispose (GObject *object)
{
  PtDateButton *self = PT_DATE_BUTTON (object);

  if (self->button != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->button));
  self->button = NULL;
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->name, g_free);
  G_OBJECT_CLASS (pt_date_button_parent_class)->dispose (object);
}

static void
pt_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, PT_DATE_BUTTON (object)->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      pt_date_button_set_date (PT_DATE_BUTTON (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_date_button_class_init (PtDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_date_button_dispose;
  widget_class->map = pt_date_button_map;
  object_class->get_property = pt_date_button_get_property;
  object_class->set_property = pt_date_button_set_property;

  /* YYYY-MM-DD, or "" for no date. */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pt_date_button_init (PtDateButton *self)
{
  self->date = g_strdup ("");
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_create_popup_func (self->button, create_popup_cb, self, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  update_label (self);
}

GtkWidget *
pt_date_button_new (void)
{
  return g_object_new (PT_TYPE_DATE_BUTTON, NULL);
}

const char *
pt_date_button_get_date (PtDateButton *self)
{
  g_return_val_if_fail (PT_IS_DATE_BUTTON (self), "");
  return self->date;
}

void
pt_date_button_set_date (PtDateButton *self,
                         const char   *iso_date)
{
  g_return_if_fail (PT_IS_DATE_BUTTON (self));

  if (iso_date == NULL)
    iso_date = "";
  if (g_str_equal (iso_date, self->date))
    return;
  g_free (self->date);
  self->date = g_strdup (iso_date);
  update_label (self);
  show_date_in_calendar (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

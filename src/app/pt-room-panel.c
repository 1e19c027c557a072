/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-room-panel.c — PtRoomPanel: the room's code, URL and count beside
 * the triangle, and the facilitator's controls for the room. */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-qr-code.h"
#include "pt-room-panel.h"

struct _PtRoomPanel
{
  GtkWidget parent_instance;

  PtRoom    *room;
  gboolean   controls;
  GtkWidget *scroller;
  GtkWidget *box;
  GtkWidget *code;
  GtkLabel  *url;
  GtkLabel  *count;
  GtkLabel  *status;
  GtkWidget *controls_box;
  GtkSpinButton *dots;
  GtkToggleButton *voting;
  gboolean   updating;
};

G_DEFINE_FINAL_TYPE (PtRoomPanel, pt_room_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTROLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draw_code_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        data)
{
  PtRoomPanel *self = data;
  const char *url = self->room != NULL ? pt_room_get_url (self->room) : NULL;

  if (url != NULL)
    pt_qr_code_draw (cr, url, 0, 0, MIN (width, height));
}

/* The URL to type if the code will not scan: without "http://", which
 * every browser adds. */
static void
update (PtRoomPanel *self)
{
  const char *url = self->room != NULL ? pt_room_get_url (self->room) : NULL;
  guint cards = self->room != NULL ? pt_room_get_n_received (self->room) : 0;
  guint phones = self->room != NULL ? pt_room_get_n_senders (self->room) : 0;
  g_autofree char *count = NULL, *from = NULL;

  gtk_label_set_text (self->url, url != NULL && g_str_has_prefix (url, "http://") ? url + 7 : "");
  if (cards == 0)
    count = g_strdup (_("Nothing sent yet"));
  else
    {
      /* Translators: the first of two lines: "12 cards" / "from 7 phones" */
      g_autofree char *sent = g_strdup_printf (ngettext ("%u card", "%u cards", cards), cards);
      /* Translators: the second of two lines: "12 cards" / "from 7 phones" */
      from = g_strdup_printf (ngettext ("from %u phone", "from %u phones", phones), phones);
      count = g_strdup_printf ("%s\n%s", sent, from);
    }
  gtk_label_set_text (self->count, count);
  gtk_widget_queue_draw (self->code);

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->voting, self->room != NULL && pt_room_get_voting (self->room) > 0);
  self->updating = FALSE;
  gtk_button_set_label (GTK_BUTTON (self->voting), gtk_toggle_button_get_active (self->voting)
                                                   /* Translators: a toggle button: dot voting from the phones */
                                                   ? _("Close _Voting") : _("Open _Voting"));
}

static void
voting_toggled_cb (PtRoomPanel *self)
{
  if (self->updating || self->room == NULL)
    return;
  pt_room_set_voting (self->room, gtk_toggle_button_get_active (self->voting)
                                  ? (guint) gtk_spin_button_get_value_as_int (self->dots) : 0);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
action_button (const char *label,
               const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
build_controls (PtRoomPanel *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dots_label;
  GtkWidget *first;

  self->controls_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_top (self->controls_box, 12);
  gtk_box_append (GTK_BOX (self->controls_box), action_button (_("_Reveal Cards"), "win.reveal-cards"));
  first = gtk_check_button_new_with_mnemonic (_("Residents’ and relatives’ cards _first"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (first), "win.lived-experience-first");
  gtk_widget_set_tooltip_text (first, _("The first Reveal turns up only the cards of residents, users and "
                                        "relatives, so the room hears them before staff and managers"));
  gtk_box_append (GTK_BOX (self->controls_box), first);

  dots_label = gtk_label_new_with_mnemonic (_("_Dots for each phone"));
  self->dots = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 10, 1));
  gtk_spin_button_set_value (self->dots, 3);
  gtk_label_set_mnemonic_widget (GTK_LABEL (dots_label), GTK_WIDGET (self->dots));
  gtk_widget_set_hexpand (dots_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (dots_label), 0);
  gtk_box_append (GTK_BOX (row), dots_label);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->dots));
  gtk_box_append (GTK_BOX (self->controls_box), row);
  self->voting = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("Open _Voting")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->voting),
                               _("Each phone may place its dots on the cards that are face up"));
  g_signal_connect_swapped (self->voting, "toggled", G_CALLBACK (voting_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->controls_box), GTK_WIDGET (self->voting));
  gtk_box_append (GTK_BOX (self->controls_box), action_button (_("_Stop Collecting"), "win.collect"));
  gtk_box_append (GTK_BOX (self->box), self->controls_box);
}

static void
pt_room_panel_constructed (GObject *object)
{
  PtRoomPanel *self = PT_ROOM_PANEL (object);
  GtkWidget *note;

  G_OBJECT_CLASS (pt_room_panel_parent_class)->constructed (object);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 12);
  gtk_box_append (GTK_BOX (self->box), label_new (_("Write from your phone"), "title-2"));
  gtk_box_append (GTK_BOX (self->box), label_new (_("Scan the code, or open:"), NULL));
  self->code = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->code), draw_code_cb, self, NULL);
  gtk_widget_set_size_request (self->code, 260, 260);
  gtk_widget_set_halign (self->code, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("QR code of the room’s address"), -1);
  gtk_box_append (GTK_BOX (self->box), self->code);
  self->url = GTK_LABEL (label_new ("", "room-url"));
  gtk_label_set_wrap_mode (self->url, PANGO_WRAP_CHAR);
  gtk_label_set_max_width_chars (self->url, 20);
  {
    /* A hyphen where the address breaks would be typed too. */
    PangoAttrList *attributes = pango_attr_list_new ();

    pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
    gtk_label_set_attributes (self->url, attributes);
    pango_attr_list_unref (attributes);
  }
  gtk_label_set_selectable (self->url, TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->url));
  self->count = GTK_LABEL (label_new ("", "title-3"));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->count));
  note = label_new (_("Anonymous. Cards arrive face down."), "dim-label");
  gtk_box_append (GTK_BOX (self->box), note);
  self->status = GTK_LABEL (label_new ("", NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->status));
  build_controls (self);
  gtk_widget_set_visible (self->controls_box, self->controls);
  /* On a 720-line projector the buttons may not all fit under the code. */
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->box);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "room-panel");
  update (self);
}

static void
pt_room_panel_dispose (GObject *object)
{
  PtRoomPanel *self = PT_ROOM_PANEL (object);

  if (self->room != NULL)
    g_signal_handlers_disconnect_by_data (self->room, self);
  g_clear_object (&self->room);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (pt_room_panel_parent_class)->dispose (object);
}

static void
pt_room_panel_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PtRoomPanel *self = PT_ROOM_PANEL (object);

  switch (prop_id)
    {
    case PROP_CONTROLS:
      self->controls = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_room_panel_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PtRoomPanel *self = PT_ROOM_PANEL (object);

  switch (prop_id)
    {
    case PROP_CONTROLS:
      g_value_set_boolean (value, self->controls);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_room_panel_class_init (PtRoomPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pt_room_panel_constructed;
  object_class->dispose = pt_room_panel_dispose;
  object_class->set_property = pt_room_panel_set_property;
  object_class->get_property = pt_room_panel_get_property;

  /* Whether the facilitator's buttons show (not on the second screen). */
  properties[PROP_CONTROLS] =
    g_param_spec_boolean ("controls", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "roompanel");
}

static void
pt_room_panel_init (PtRoomPanel *self)
{
}

GtkWidget *
pt_room_panel_new (gboolean controls)
{
  return g_object_new (PT_TYPE_ROOM_PANEL, "controls", controls, NULL);
}

/* Shows room (NULL for none), and follows its count. */
void
pt_room_panel_set_room (PtRoomPanel *self,
                        PtRoom      *room)
{
  g_return_if_fail (PT_IS_ROOM_PANEL (self));

  if (self->room != NULL)
    g_signal_handlers_disconnect_by_data (self->room, self);
  g_set_object (&self->room, room);
  if (room != NULL)
    g_signal_connect_swapped (room, "notify", G_CALLBACK (update), self);
  pt_room_panel_say (self, NULL);
  update (self);
}

/* A line under the count: what the last press did. */
void
pt_room_panel_say (PtRoomPanel *self,
                   const char  *text)
{
  g_return_if_fail (PT_IS_ROOM_PANEL (self));

  gtk_label_set_text (self->status, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status), text != NULL);
}

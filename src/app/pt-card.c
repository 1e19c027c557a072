/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-card.c — PtCard: a factor card widget.
 *
 * GTK keeps each card's drawing as a render node, so when a drag moves a
 * card only its position changes; it is redrawn when its factor or its
 * state changes, nothing else.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-card.h"

struct _PtCard
{
  GtkWidget parent_instance;

  PtScene  *scene;
  PtFactor *factor;
  double    scale;
  gboolean  selected;
  gboolean  dimmed;     /* another voice is being listened to */
};

G_DEFINE_FINAL_TYPE (PtCard, pt_card, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* What a screen reader calls factor, on the canvas and in the outline:
 * "Barrier in Resources: Understaffing at weekends; 1 action". */
char *
pt_card_accessible_name (PtWorkshop *workshop,
                         PtFactor   *factor)
{
  PtDimensionKind kind = pt_factor_get_dimension (factor);
  const char *where = pt_workshop_get_dimension_label (workshop, kind);
  char *label;

  if (pt_factor_get_hidden (factor))
    /* Translators: how a screen reader names a face-down card: "Face-down card in Resources" */
    label = g_strdup_printf (_("Face-down card in %s"), where);
  else
    /* Translators: how a screen reader names a card: "Barrier in Resources:
     * Understaffing at weekends" */
    label = g_strdup_printf (_("%s in %s: %s"),
                             pt_polarity_to_label (pt_factor_get_polarity (factor)),
                             where, pt_factor_get_text (factor));
  if (pt_workshop_count_actions (workshop, factor) > 0)
    {
      guint n = pt_workshop_count_actions (workshop, factor);
      /* Translators: added to a card's screen-reader name: "Barrier in Resources: text; 1 action" */
      char *with = g_strdup_printf (ngettext ("%s; %u action", "%s; %u actions", n), label, n);

      g_free (label);
      label = with;
    }
  return label;
}

static void
update_accessible (PtCard *self)
{
  PtWorkshop *workshop = pt_scene_get_workshop (self->scene);
  g_autofree char *label = pt_card_accessible_name (workshop, self->factor);
  guint votes = pt_factor_get_votes (self->factor);
  guint links = pt_workshop_count_links (workshop, self->factor);
  /* What else a sighted person sees on the card: votes, links, notes. */
  g_autoptr(GString) more = g_string_new (NULL);

  if (votes > 0)
    g_string_append_printf (more, ngettext ("%u vote", "%u votes", votes), votes);
  if (links > 0)
    {
      if (more->len > 0)
        g_string_append (more, ". ");
      /* Translators: in a card's screen-reader description: "3 votes. 2 links." */
      g_string_append_printf (more, ngettext ("%u link", "%u links", links), links);
    }
  if (pt_factor_get_from_room (self->factor))
    {
      if (more->len > 0)
        g_string_append (more, ". ");
      /* Translators: in a card's screen-reader description */
      g_string_append (more, _("Sent from a phone in the room"));
    }
  if (!pt_factor_get_hidden (self->factor) && pt_factor_get_notes (self->factor)[0] != '\0')
    {
      if (more->len > 0)
        g_string_append (more, ". ");
      g_string_append (more, pt_factor_get_notes (self->factor));
    }
  /* GTK 4.8 cannot read an accessible property back; tests read this. */
  g_object_set_data_full (G_OBJECT (self), "pt-accessible-label", g_strdup (label), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, more->str,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, self->selected,
                               -1);
}

/* ------------------------------------------------------------------------ */
/* GtkWidget                                                                */
/* ------------------------------------------------------------------------ */

static void
pt_card_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  PtCard *self = PT_CARD (widget);
  double w, h;

  pt_scene_get_card_size (self->scene, self->factor, &w, &h);
  *minimum = *natural = (int) ((orientation == GTK_ORIENTATION_HORIZONTAL ? w : h) * self->scale + 0.5);
}

static void
pt_card_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  PtCard *self = PT_CARD (widget);
  PtCardState state = PT_CARD_STATE_NORMAL;
  /* Badges and outlines grow with the card's text. */
  double w, h, margin = 12 * self->scale * pt_scene_get_text_scale (self->scene);
  cairo_t *cr;

  if (self->selected)
    state |= PT_CARD_STATE_SELECTED;
  if (self->dimmed)
    state |= PT_CARD_STATE_DIMMED;
  if (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_VISIBLE)
    state |= PT_CARD_STATE_FOCUSED;

  pt_scene_get_card_size (self->scene, self->factor, &w, &h);
  /* The selection and focus outlines lie outside the card itself. */
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (-margin, -margin,
                                                       w * self->scale + 2 * margin,
                                                       h * self->scale + 2 * margin));
  cairo_scale (cr, self->scale, self->scale);
  pt_scene_draw_card (self->scene, cr, self->factor, state);
  cairo_destroy (cr);
}

static void
pt_card_state_flags_changed (GtkWidget     *widget,
                             GtkStateFlags  previous)
{
  if ((gtk_widget_get_state_flags (widget) ^ previous) & GTK_STATE_FLAG_FOCUS_VISIBLE)
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (pt_card_parent_class)->state_flags_changed (widget, previous);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_card_dispose (GObject *object)
{
  PtCard *self = PT_CARD (object);

  g_clear_object (&self->factor);
  g_clear_object (&self->scene);

  G_OBJECT_CLASS (pt_card_parent_class)->dispose (object);
}

static void
pt_card_class_init (PtCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_card_dispose;

  widget_class->measure = pt_card_measure;
  widget_class->snapshot = pt_card_snapshot;
  widget_class->state_flags_changed = pt_card_state_flags_changed;

  gtk_widget_class_set_css_name (widget_class, "card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
pt_card_init (PtCard *self)
{
  self->scale = 1.0;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtCard *
pt_card_new (PtScene  *scene,
             PtFactor *factor)
{
  PtCard *self = g_object_new (PT_TYPE_CARD, NULL);

  self->scene = g_object_ref (scene);
  self->factor = g_object_ref (factor);
  update_accessible (self);
  return self;
}

PtFactor *
pt_card_get_factor (PtCard *self)
{
  g_return_val_if_fail (PT_IS_CARD (self), NULL);
  return self->factor;
}

void
pt_card_set_scale (PtCard *self,
                   double  scale)
{
  g_return_if_fail (PT_IS_CARD (self));

  if (scale == self->scale)
    return;
  self->scale = scale;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
pt_card_set_selected (PtCard   *self,
                      gboolean  selected)
{
  g_return_if_fail (PT_IS_CARD (self));

  if (self->selected == selected)
    return;
  self->selected = selected;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
pt_card_get_selected (PtCard *self)
{
  g_return_val_if_fail (PT_IS_CARD (self), FALSE);
  return self->selected;
}

void
pt_card_set_dimmed (PtCard   *self,
                    gboolean  dimmed)
{
  g_return_if_fail (PT_IS_CARD (self));

  if (self->dimmed == dimmed)
    return;
  self->dimmed = dimmed;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
pt_card_get_dimmed (PtCard *self)
{
  g_return_val_if_fail (PT_IS_CARD (self), FALSE);
  return self->dimmed;
}

/* The factor changed: its text, polarity or dimension. */
void
pt_card_update (PtCard *self)
{
  g_return_if_fail (PT_IS_CARD (self));

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

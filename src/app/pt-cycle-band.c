/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-cycle-band.c — PtCycleBand: round, step, questions and timer.
 *
 * It follows the workshop and the timer by their signals, so the editing
 * window and the projector window show the same thing without telling each
 * other. The timer's text stays up at zero, marked, until the timer starts
 * again or the step changes: a discreet signal that lasts.
 *
 * The band lays out its two parts itself, the texts and, beside them, the
 * timer. A box would ask the texts how wide they must be at the band's
 * height, and a wrapping label answers that with a search over widths, a
 * dozen layouts of the prompt on every resize.
 *
 * Until: GtkBox measures this way in 4.8 to at least 4.12; a GtkBox will do
 * when the oldest GTK supported asks a wrapping label once.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "pt-cycle-band.h"

struct _PtCycleBand
{
  GtkWidget parent_instance;

  PtWorkshop  *workshop;
  PtStepTimer *timer;

  GtkWidget   *texts;
  GtkLabel    *title_label;
  GtkLabel    *prompt_label;
  GtkLabel    *timer_label;
  double       text_scale;
  guint        resize_idle;
};

G_DEFINE_FINAL_TYPE (PtCycleBand, pt_cycle_band, GTK_TYPE_WIDGET)

static void
update_step (PtCycleBand *self)
{
  PtCycleStep step = pt_workshop_get_step (self->workshop);
  g_autofree char *title = pt_cycle_step_title (pt_workshop_get_round (self->workshop), step);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->prompt_label, pt_cycle_step_to_prompt (step));
}

static void
update_timer (PtCycleBand *self)
{
  guint remaining = self->timer != NULL ? pt_step_timer_get_remaining (self->timer) : 0;
  gboolean running = self->timer != NULL && pt_step_timer_get_running (self->timer);
  g_autofree char *text = pt_step_timer_format (remaining);

  gtk_label_set_text (self->timer_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), running || gtk_widget_has_css_class (GTK_WIDGET (self->timer_label), "expired"));
}

static void
on_timer_expired_cb (PtCycleBand *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "expired");
  update_timer (self);
}

static void
on_timer_running_cb (PtCycleBand *self)
{
  if (pt_step_timer_get_running (self->timer))
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "expired");
  update_timer (self);
}

static void
on_item_changed_cb (PtCycleBand *self,
                    GObject     *object,
                    GParamSpec  *pspec)
{
  if (object != G_OBJECT (self->workshop))
    return;
  if (g_str_equal (pspec->name, "step") || g_str_equal (pspec->name, "round"))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "expired");
      update_step (self);
      update_timer (self);
    }
}

static void
pt_cycle_band_dispose (GObject *object)
{
  PtCycleBand *self = PT_CYCLE_BAND (object);

  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_clear_object (&self->workshop);
  g_clear_object (&self->timer);
  g_clear_pointer (&self->texts, gtk_widget_unparent);
  if (self->timer_label != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->timer_label));
  self->timer_label = NULL;
  g_clear_handle_id (&self->resize_idle, g_source_remove);
  G_OBJECT_CLASS (pt_cycle_band_parent_class)->dispose (object);
}

static void
queue_resize_once (gpointer data)
{
  PtCycleBand *self = data;

  self->resize_idle = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

#define TIMER_SPACING 12

/* What the timer takes of the band's width, spacing included: its natural
 * width while it shows, else nothing. */
static int
timer_width (PtCycleBand *self)
{
  int natural;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->timer_label)))
    return 0;
  gtk_widget_measure (GTK_WIDGET (self->timer_label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural + TIMER_SPACING;
}

static void
pt_cycle_band_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  PtCycleBand *self = PT_CYCLE_BAND (widget);
  int timer = timer_width (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The prompt wraps to the width it is given, whatever the height. */
      gtk_widget_measure (self->texts, orientation, -1, minimum, natural, NULL, NULL);
      *minimum += timer;
      *natural += timer;
    }
  else
    {
      int texts_width = -1, timer_minimum, timer_natural;

      if (for_size >= 0)
        {
          gtk_widget_measure (self->texts, GTK_ORIENTATION_HORIZONTAL, -1, &texts_width, NULL, NULL, NULL);
          texts_width = MAX (for_size - timer, texts_width);
        }
      gtk_widget_measure (self->texts, orientation, texts_width, minimum, natural, NULL, NULL);
      if (timer > 0)
        {
          gtk_widget_measure (GTK_WIDGET (self->timer_label), orientation, -1, &timer_minimum, &timer_natural,
                              NULL, NULL);
          *minimum = MAX (*minimum, timer_minimum);
          *natural = MAX (*natural, timer_natural);
        }
    }
  *minimum_baseline = *natural_baseline = -1;
}

/* The prompt wraps: the band's height depends on its width. */
static GtkSizeRequestMode
pt_cycle_band_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The timer at the end of the line, the texts in the rest. */
static void
place_parts (PtCycleBand *self,
             int          width,
             int          height)
{
  int timer = MIN (timer_width (self), width);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int texts_height;

  if (timer > 0)
    gtk_widget_allocate (GTK_WIDGET (self->timer_label), MAX (timer - TIMER_SPACING, 0), height, -1,
                         gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? 0 : width - timer + TIMER_SPACING, 0)));

  /* Centred here, not by the texts' alignment: GTK 4.8 places a box that
   * does not fill its space by asking how wide it must be at its height,
   * which for wrapping text is a search over widths. */
  gtk_widget_measure (self->texts, GTK_ORIENTATION_VERTICAL, width - timer, NULL, &texts_height, NULL, NULL);
  texts_height = MIN (texts_height, height);
  gtk_widget_allocate (self->texts, width - timer, texts_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? timer : 0, (height - texts_height) / 2)));
}

/* In front of a room the band's type grows with the screen, as the cards
 * do: the style sheet sizes it for 720 lines. */
static void
pt_cycle_band_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  PtCycleBand *self = PT_CYCLE_BAND (widget);
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  double scale = 1.0;

  if (root != NULL && gtk_widget_has_css_class (root, "presenting"))
    scale = MAX (1.0, gtk_widget_get_height (root) / 720.0);
  if (fabs (scale - self->text_scale) > 0.01)
    {
      GtkLabel *labels[] = { self->title_label, self->prompt_label, self->timer_label };
      PangoAttrList *attributes = pango_attr_list_new ();

      self->text_scale = scale;
      pango_attr_list_insert (attributes, pango_attr_scale_new (scale));
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        gtk_label_set_attributes (labels[i], attributes);
      pango_attr_list_unref (attributes);
      /* The band is being given the space it wanted at the old size; it
       * asks again once this allocation is over. */
      if (self->resize_idle == 0)
        self->resize_idle = g_idle_add_once (queue_resize_once, self);
    }
  place_parts (self, width, height);
}

static void
pt_cycle_band_class_init (PtCycleBandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pt_cycle_band_dispose;
  widget_class->get_request_mode = pt_cycle_band_get_request_mode;
  widget_class->measure = pt_cycle_band_measure;
  widget_class->size_allocate = pt_cycle_band_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "cycle-band");
}

static void
pt_cycle_band_init (PtCycleBand *self)
{
  self->text_scale = 1.0;
  self->texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  self->prompt_label = GTK_LABEL (gtk_label_new (NULL));
  self->timer_label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (self->title_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "step");
  gtk_label_set_xalign (self->prompt_label, 0);
  gtk_label_set_wrap (self->prompt_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->prompt_label), "prompt");
  gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "timer");
  gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "numeric");
  gtk_widget_set_valign (GTK_WIDGET (self->timer_label), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), FALSE);
  /* Translators: the accessible name of the countdown in the cycle band */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timer_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Time left for this step"), -1);

  gtk_box_append (GTK_BOX (self->texts), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (self->texts), GTK_WIDGET (self->prompt_label));
  gtk_widget_set_parent (self->texts, GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->timer_label), GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
pt_cycle_band_new (void)
{
  return g_object_new (PT_TYPE_CYCLE_BAND, NULL);
}

void
pt_cycle_band_set_workshop (PtCycleBand *self,
                            PtWorkshop  *workshop)
{
  g_return_if_fail (PT_IS_CYCLE_BAND (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);
  g_set_object (&self->workshop, workshop);
  g_signal_connect_swapped (workshop, "item-changed", G_CALLBACK (on_item_changed_cb), self);
  update_step (self);
}

void
pt_cycle_band_set_timer (PtCycleBand *self,
                         PtStepTimer *timer)
{
  g_return_if_fail (PT_IS_CYCLE_BAND (self));
  g_return_if_fail (PT_IS_STEP_TIMER (timer));

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_set_object (&self->timer, timer);
  g_signal_connect_swapped (timer, "notify::remaining", G_CALLBACK (update_timer), self);
  g_signal_connect_swapped (timer, "notify::running", G_CALLBACK (on_timer_running_cb), self);
  g_signal_connect_swapped (timer, "expired", G_CALLBACK (on_timer_expired_cb), self);
  update_timer (self);
}

const char *
pt_cycle_band_get_title (PtCycleBand *self)
{
  g_return_val_if_fail (PT_IS_CYCLE_BAND (self), NULL);
  return gtk_label_get_text (self->title_label);
}

/* What the countdown shows, or NULL when it is not shown. */
const char *
pt_cycle_band_get_timer_text (PtCycleBand *self)
{
  g_return_val_if_fail (PT_IS_CYCLE_BAND (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->timer_label)) ? gtk_label_get_text (self->timer_label) : NULL;
}

/* The label that shows the countdown, to see how it looks. */
GtkWidget *
pt_cycle_band_get_timer_label (PtCycleBand *self)
{
  g_return_val_if_fail (PT_IS_CYCLE_BAND (self), NULL);
  return GTK_WIDGET (self->timer_label);
}

PtStepTimer *
pt_cycle_band_get_timer (PtCycleBand *self)
{
  g_return_val_if_fail (PT_IS_CYCLE_BAND (self), NULL);
  return self->timer;
}

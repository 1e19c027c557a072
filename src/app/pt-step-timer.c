/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-step-timer.c — PtStepTimer: a countdown for one step of the cycle.
 *
 * It counts whole seconds from a monotonic clock, so a busy main loop
 * delays the display, never the end. At zero it stops and emits ::expired
 * once; the window turns that into a discreet signal.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include "pt-step-timer.h"

struct _PtStepTimer
{
  GObject parent_instance;

  gint64  ends_at;       /* monotonic µs; 0 when stopped */
  guint   remaining;     /* seconds */
  guint   tick_id;
};

G_DEFINE_FINAL_TYPE (PtStepTimer, pt_step_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REMAINING,
  PROP_RUNNING,
  N_PROPS
};

enum {
  EXPIRED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_remaining (PtStepTimer *self,
               guint        remaining)
{
  if (self->remaining == remaining)
    return;
  self->remaining = remaining;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

static gboolean
on_tick_cb (gpointer data)
{
  pt_step_timer_tick (data);
  return G_SOURCE_CONTINUE;
}

/* Brings the count up to date with the clock; the main loop calls it every
 * half second, tests call it directly. */
void
pt_step_timer_tick (PtStepTimer *self)
{
  gint64 left;

  g_return_if_fail (PT_IS_STEP_TIMER (self));

  if (self->ends_at == 0)
    return;
  left = self->ends_at - g_get_monotonic_time ();
  if (left > 0)
    {
      set_remaining (self, (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC));
      return;
    }
  set_remaining (self, 0);
  pt_step_timer_stop (self);
  g_signal_emit (self, signals[EXPIRED], 0);
}

void
pt_step_timer_start (PtStepTimer *self,
                     guint        seconds)
{
  g_return_if_fail (PT_IS_STEP_TIMER (self));
  g_return_if_fail (seconds > 0 && seconds <= 24 * 3600);

  self->ends_at = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;
  set_remaining (self, seconds);
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (500, on_tick_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

void
pt_step_timer_stop (PtStepTimer *self)
{
  g_return_if_fail (PT_IS_STEP_TIMER (self));

  if (self->ends_at == 0)
    return;
  self->ends_at = 0;
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

gboolean
pt_step_timer_get_running (PtStepTimer *self)
{
  g_return_val_if_fail (PT_IS_STEP_TIMER (self), FALSE);
  return self->ends_at != 0;
}

guint
pt_step_timer_get_remaining (PtStepTimer *self)
{
  g_return_val_if_fail (PT_IS_STEP_TIMER (self), 0);
  return self->remaining;
}

/* "4:05", or "1:02:03" past an hour. */
char *
pt_step_timer_format (guint seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

static void
pt_step_timer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PtStepTimer *self = PT_STEP_TIMER (object);

  switch (prop_id)
    {
    case PROP_REMAINING:
      g_value_set_uint (value, self->remaining);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, pt_step_timer_get_running (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_step_timer_dispose (GObject *object)
{
  PtStepTimer *self = PT_STEP_TIMER (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  G_OBJECT_CLASS (pt_step_timer_parent_class)->dispose (object);
}

static void
pt_step_timer_class_init (PtStepTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pt_step_timer_get_property;
  object_class->dispose = pt_step_timer_dispose;

  properties[PROP_REMAINING] =
    g_param_spec_uint ("remaining", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EXPIRED] = g_signal_new ("expired", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pt_step_timer_init (PtStepTimer *self)
{
}

PtStepTimer *
pt_step_timer_new (void)
{
  return g_object_new (PT_TYPE_STEP_TIMER, NULL);
}

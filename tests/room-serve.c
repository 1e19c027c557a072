/* SPDX-License-Identifier: GPL-3.0-or-later */
/* room-serve.c — the room's server on the example workshop, for a test
 * that drives a real browser: prints "URL <address on loopback>", then a
 * "CARD …" line for each card that arrives; stops when its input closes. */
#include "config.h"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <stdio.h>

#include "pt-enum-types.h"
#include "pt-example.h"
#include "pt-room.h"

static void
item_added_cb (PtWorkshop *workshop,
               GObject    *item,
               gpointer    data)
{
  if (!PT_IS_FACTOR (item))
    return;
  printf ("CARD hidden=%d from-room=%d dimension=%s polarity=%s perspective=%s text=%s\n",
          pt_factor_get_hidden (PT_FACTOR (item)), pt_factor_get_from_room (PT_FACTOR (item)),
          pt_enum_to_nick (PT_TYPE_DIMENSION_KIND, pt_factor_get_dimension (PT_FACTOR (item))),
          pt_enum_to_nick (PT_TYPE_POLARITY, pt_factor_get_polarity (PT_FACTOR (item))),
          pt_factor_get_perspective (PT_FACTOR (item)), pt_factor_get_text (PT_FACTOR (item)));
  fflush (stdout);
}

static gboolean
input_cb (GPollableInputStream *stream,
          gpointer              data)
{
  char buffer[64];

  if (g_pollable_input_stream_read_nonblocking (stream, buffer, sizeof buffer, NULL, NULL) <= 0)
    g_main_loop_quit (data);
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PtWorkshop) workshop = pt_example_new ();
  g_autoptr(PtRoom) room = pt_room_new (workshop);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GInputStream) input = g_unix_input_stream_new (0, FALSE);
  g_autoptr(GSource) source = NULL;
  g_autoptr(GError) error = NULL;

  if (!pt_room_start (room, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  g_signal_connect (workshop, "item-added", G_CALLBACK (item_added_cb), NULL);
  printf ("URL http://127.0.0.1:%u%s\n", pt_room_get_port (room), pt_room_get_path (room));
  fflush (stdout);
  source = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (input), NULL);
  g_source_set_callback (source, G_SOURCE_FUNC (input_cb), loop, NULL);
  g_source_attach (source, NULL);
  g_main_loop_run (loop);
  pt_room_stop (room);
  return 0;
}

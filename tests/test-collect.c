/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-collect.c — collecting from the room in the window: the QR code on
 * a 1280×720 picture of the window (and of presentation mode) decodes to
 * the room's URL, which serves the page; a card sent arrives and is
 * counted; Reveal turns residents' and relatives' cards first; stopping,
 * or another workshop, closes the room. */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "pt-window.h"
#include "test-http.h"
#include "test-util.h"

static gboolean
collecting (PtWindow *window)
{
  gboolean value;

  g_object_get (window, "collecting", &value, NULL);
  return value;
}

static gboolean
shows_panel (PtWindow *window)
{
  gboolean value;

  g_object_get (window, "show-panel", &value, NULL);
  return value;
}

/* The window's content (all but the title bar) as the screen shows it, as
 * a PNG; and what zbarimg reads in it (NULL if nothing). */
static char *
decode_window (PtWindow   *window,
               const char *name)
{
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (content);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (content), height = gtk_widget_get_height (content);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "zbarimg", "--raw", "-q", path, NULL };
  int status;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  /* Just after a change (presentation mode), the next frame may not be
   * drawn yet. */
  for (int i = 0; node == NULL && i < 50; i++)
    {
      test_settle ();
      width = gtk_widget_get_width (content);
      height = gtk_widget_get_height (content);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("%s: %dx%d", path, width, height);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, NULL))
    g_error ("zbarimg (zbar-tools) is needed to read the QR code");
  g_unlink (path);
  if (out == NULL || out[0] == '\0')
    return NULL;
  return g_strstrip (g_steal_pointer (&out));
}

/* url through loopback (the test's network), the main loop running. */
static char *
fetch (const char *method,
       const char *url,
       const char *form,
       guint      *status)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GUri) local = g_uri_build (G_URI_FLAGS_NONE, "http", NULL, "127.0.0.1", g_uri_get_port (uri),
                                       g_uri_get_path (uri), NULL, NULL);
  g_autoptr(SoupMessage) msg = test_http_message (method, local, form, form != NULL ? "text/plain" : NULL);

  return test_http_send (session, msg, status);
}

static char *
session_of (const char *html)
{
  const char *at = strstr (html, "name=\"session\" value=\"");

  g_assert_nonnull (at);
  at += strlen ("name=\"session\" value=\"");
  return g_strndup (at, strchr (at, '"') - at);
}

static gboolean
label_says (PtWindow   *window,
            const char *text)
{
  g_autoptr(GPtrArray) labels = test_widgets_of (window, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_collect (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(GFile) file = test_example_file ();
  g_autoptr(GRegex) shape = g_regex_new ("^http://[0-9.]+:[0-9]+/[a-z2-7]{26}/$", 0, 0, NULL);
  g_autofree char *url = NULL, *again = NULL, *page = NULL, *session = NULL, *form = NULL, *reply = NULL;
  g_autofree char *stopped = NULL;
  PtWorkshop *workshop;
  guint status, before;

  g_assert_true (pt_window_open_file (window, file));
  workshop = pt_window_get_workshop (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (window)) < 1200; i++)
    test_settle ();
  g_test_message ("the window is %dx%d", gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));

  /* Nothing to scan before collecting. */
  g_assert_false (collecting (window));
  g_assert_null (decode_window (window, "pt-collect-off.png"));

  g_assert_true (shows_panel (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.collect", NULL);
  g_assert_true (collecting (window));
  /* On a projector's width the side panel makes way for the code. */
  g_assert_false (shows_panel (window));
  test_settle ();
  url = decode_window (window, "pt-collect-window.png");
  g_assert_nonnull (url);
  g_test_message ("the code reads %s", url);
  g_assert_true (g_regex_match (shape, url, 0, NULL));
  /* The address to type is the same, without http://. */
  g_assert_true (label_says (window, url + strlen ("http://")));
  g_assert_true (label_says (window, "Nothing sent yet"));

  /* The code leads to the page. */
  page = fetch ("GET", url, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (page, "<form id=\"send\""));

  /* On the projector, in presentation mode, too. */
  g_object_set (window, "presenting", TRUE, NULL);
  test_settle ();
  again = decode_window (window, "pt-collect-presenting.png");
  g_assert_cmpstr (again, ==, url);
  g_object_set (window, "presenting", FALSE, NULL);

  /* A card from a phone arrives, face down, and is counted. */
  before = pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR)->len;
  session = session_of (page);
  form = g_strdup_printf ("session=%s&text=Nobody+asks+me&polarity=barrier&dimension=discourses&perspective=user",
                          session);
  g_free (url);
  url = decode_window (window, "pt-collect-window.png");
  {
    g_autofree char *send = g_strconcat (url, "send", NULL);

    reply = fetch ("POST", send, form, &status);
  }
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpuint (pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR)->len, ==, before + 1);
  test_settle ();
  g_assert_true (label_says (window, "1 card\nfrom 1 phone"));
  /* Selected, the card says where it came from, and who sent it (F9
   * brings the side panel back while collecting). */
  g_object_set (window, "show-panel", TRUE, NULL);
  pt_canvas_select_factor (pt_window_get_canvas (window),
                           g_ptr_array_index (pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR), before), FALSE);
  test_settle ();
  g_assert_true (label_says (window, "Sent anonymously from a phone in the room. Who: User."));

  /* Another workshop in the window stops collecting: the URL is dead. */
  {
    g_autoptr(PtWorkshop) other = pt_workshop_new ();

    pt_window_set_workshop (window, other);
  }
  g_assert_false (collecting (window));
  g_assert_true (shows_panel (window));
  stopped = fetch ("GET", url, NULL, &status);
  g_assert_cmpuint (status, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Reveal, lived experience first: residents' and relatives' cards, then
 * the rest, one undo step each. */
static void
test_reveal_first (void)
{
  PtWindow *window = pt_window_new (test_app ());
  g_autoptr(PtWorkshop) workshop = pt_workshop_new ();
  PtPlace place = { PT_DIMENSION_RESOURCES, 0.5, 0.6 };
  PtFactor *user, *relative, *staff, *nobody;
  PtHistory *history = pt_workshop_get_history (workshop);

  pt_window_set_workshop (window, workshop);
  user = pt_workshop_add_room_factor (workshop, "From a resident", PT_POLARITY_BARRIER, &place, "user");
  staff = pt_workshop_add_room_factor (workshop, "From staff", PT_POLARITY_BARRIER, &place, "staff");
  relative = pt_workshop_add_room_factor (workshop, "From a relative", PT_POLARITY_ENABLER, &place, "relative");
  nobody = pt_workshop_add_room_factor (workshop, "From someone", PT_POLARITY_ENABLER, &place, "");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal-cards", NULL);
  g_assert_false (pt_factor_get_hidden (user));
  g_assert_false (pt_factor_get_hidden (relative));
  g_assert_true (pt_factor_get_hidden (staff));
  g_assert_true (pt_factor_get_hidden (nobody));
  g_assert_cmpstr (pt_history_get_undo_label (history), ==, "Reveal Residents’ and Relatives’ Cards");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal-cards", NULL);
  g_assert_false (pt_factor_get_hidden (staff));
  g_assert_false (pt_factor_get_hidden (nobody));
  /* One step each. */
  pt_history_undo (history);
  g_assert_true (pt_factor_get_hidden (staff));
  g_assert_false (pt_factor_get_hidden (user));
  pt_history_undo (history);
  g_assert_true (pt_factor_get_hidden (user));

  /* Off, one press turns them all. */
  g_object_set (window, "lived-experience-first", FALSE, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal-cards", NULL);
  g_assert_false (pt_factor_get_hidden (user));
  g_assert_false (pt_factor_get_hidden (staff));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collect/window", test_collect);
  g_test_add_func ("/collect/reveal-first", test_reveal_first);
  return g_test_run ();
}

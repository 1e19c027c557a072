/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-room.c — the room's server, through libsoup's client in this
 * process: the page served, cards and dots arriving as undoable changes,
 * everything a phone might send wrongly refused with a message and
 * nothing added, and thirty phones at once without the main loop
 * stalling. */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "pt-example.h"
#include "pt-room.h"
#include "pt-room-page.h"
#include "test-http.h"

typedef struct
{
  PtWorkshop *workshop;
  PtRoom     *room;
  char       *base;        /* http://127.0.0.1:PORT/SECRET/ */
} Fixture;

typedef struct
{
  SoupSession *session;
  char        *form;       /* the page's session field */
} Phone;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtItem) secret = g_object_new (PT_TYPE_FACTOR, "id", "x-secret", "text", "Xylophone debts",
                                           "dimension", PT_DIMENSION_CONTEXTS, "private", TRUE, NULL);
  g_autoptr(PtItem) down = g_object_new (PT_TYPE_FACTOR, "id", "x-down", "text", "Zither at night",
                                         "dimension", PT_DIMENSION_CONTEXTS, "hidden", TRUE, NULL);

  f->workshop = pt_example_new ();
  pt_workshop_add (f->workshop, secret);
  pt_workshop_add (f->workshop, down);
  pt_history_clear (pt_workshop_get_history (f->workshop));
  f->room = pt_room_new (f->workshop);
  g_assert_true (pt_room_start (f->room, &error));
  g_assert_no_error (error);
  /* Phones on the network use the laptop's address; a test, loopback. */
  f->base = g_strdup_printf ("http://127.0.0.1:%u%s", pt_room_get_port (f->room), pt_room_get_path (f->room));
  g_assert_true (g_str_has_prefix (pt_room_get_url (f->room), "http://"));
  g_assert_true (g_str_has_suffix (pt_room_get_url (f->room), pt_room_get_path (f->room)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pt_room_stop (f->room);
  g_clear_object (&f->room);
  g_clear_object (&f->workshop);
  g_free (f->base);
}

/* ------------------------------------------------------------------------ */
/* A phone                                                                  */
/* ------------------------------------------------------------------------ */

static SoupMessage *
new_message (const char *method,
             const char *url,
             const char *form,
             const char *accept)
{
  g_autoptr(GUri) uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);

  g_assert_nonnull (uri);
  return test_http_message (method, uri, form, accept);
}

/* A request, the main loop running (the server is in this process) until
 * its answer; the body as a string. */
static char *
request (SoupSession *session,
         const char  *method,
         const char  *url,
         const char  *form,
         const char  *accept,
         const char  *language,
         guint       *status)
{
  g_autoptr(SoupMessage) msg = new_message (method, url, form, accept);

  if (language != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept-Language", language);
  return test_http_send (session, msg, status);
}

/* The value of a hidden field of a page. */
static char *
field (const char *html,
       const char *name)
{
  g_autofree char *pattern = g_strdup_printf ("name=\"%s\" value=\"([^\"]*)\"", name);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, html, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

/* A phone that has loaded the page: its own connection and session. */
static Phone *
phone_new (Fixture *f)
{
  Phone *phone = g_new0 (Phone, 1);
  g_autofree char *html = NULL;
  guint status;

  phone->session = soup_session_new ();
  html = request (phone->session, "GET", f->base, NULL, NULL, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  phone->form = field (html, "session");
  g_assert_nonnull (phone->form);
  return phone;
}

static void
phone_free (Phone *phone)
{
  g_object_unref (phone->session);
  g_free (phone->form);
  g_free (phone);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Phone, phone_free)

static char *
post (Fixture    *f,
      Phone      *phone,
      const char *what,
      const char *fields,
      guint      *status)
{
  g_autofree char *url = g_strconcat (f->base, what, NULL);
  g_autofree char *form = g_strdup_printf ("session=%s&%s", phone->form, fields);

  return request (phone->session, "POST", url, form, "text/plain", NULL, status);
}

static guint
n_factors (Fixture *f)
{
  return pt_workshop_get_items (f->workshop, PT_ITEM_KIND_FACTOR)->len;
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

/* The page: the question, the group's labels, the form's fields; nothing
 * private and nothing face down; the phone's language. */
static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *english = NULL, *swedish = NULL, *asked = NULL, *css = NULL, *url = NULL;
  guint status;

  english = request (session, "GET", f->base, NULL, NULL, "de-DE,en;q=0.8,sv;q=0.5", &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (english, "What is best for the person we serve?"));
  g_assert_nonnull (strstr (english, "<textarea id=\"text\" name=\"text\""));
  g_assert_nonnull (strstr (english, "name=\"polarity\" value=\"barrier\""));
  g_assert_nonnull (strstr (english, "name=\"dimension\" value=\"discourses\""));
  g_assert_nonnull (strstr (english, "name=\"dimension\" value=\"unplaced\""));
  g_assert_nonnull (strstr (english, "name=\"perspective\" value=\"relative\""));
  g_assert_nonnull (strstr (english, ">Resources"));
  g_assert_null (strstr (english, "Xylophone"));
  g_assert_null (strstr (english, "Zither"));
  g_assert_null (strstr (english, "Understaffing"));   /* no card at all, unless voting */
  g_assert_nonnull (strstr (english, "<form id=\"send\" method=\"post\""));

  swedish = request (session, "GET", f->base, NULL, NULL, "sv-SE,sv;q=0.9,en;q=0.5", &status);
  g_assert_nonnull (strstr (swedish, "lang=\"sv\""));
  g_assert_nonnull (strstr (swedish, ">Skicka<"));
  url = g_strconcat (f->base, "?lang=en", NULL);
  asked = request (session, "GET", url, NULL, NULL, "sv", &status);
  g_assert_nonnull (strstr (asked, ">Send<"));

  g_free (url);
  url = g_strconcat (f->base, "room.css", NULL);
  css = request (session, "GET", url, NULL, NULL, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (css, "textarea"));
}

/* A card sent arrives face down in its dimension, marked as from the
 * room with its perspective, as one undo step. */
static void
test_send (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(Phone) phone = phone_new (f);
  PtHistory *history = pt_workshop_get_history (f->workshop);
  guint before = n_factors (f), status;
  g_autofree char *reply = NULL, *html = NULL;
  PtFactor *factor;

  reply = post (f, phone, "send", "text=%3Cscript%3Ealert(1)%3C%2Fscript%3E+at+night&polarity=enabler"
                                  "&dimension=discourses&perspective=relative&submission=one", &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (reply, ==, "Sent — write another?");
  g_assert_cmpuint (n_factors (f), ==, before + 1);
  factor = g_ptr_array_index (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_FACTOR), before);
  /* A card reading <script> is a card reading <script>. */
  g_assert_cmpstr (pt_factor_get_text (factor), ==, "<script>alert(1)</script> at night");
  g_assert_true (pt_factor_get_hidden (factor));
  g_assert_true (pt_factor_get_from_room (factor));
  g_assert_cmpstr (pt_factor_get_perspective (factor), ==, "relative");
  g_assert_cmpint (pt_factor_get_dimension (factor), ==, PT_DIMENSION_DISCOURSES);
  g_assert_cmpint (pt_factor_get_polarity (factor), ==, PT_POLARITY_ENABLER);
  g_assert_cmpuint (pt_room_get_n_received (f->room), ==, 1);
  g_assert_cmpuint (pt_room_get_n_senders (f->room), ==, 1);

  /* The same form sent again (a reload, a retry) arrives once. */
  g_free (reply);
  reply = post (f, phone, "send", "text=again&polarity=enabler&dimension=discourses&submission=one", &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpuint (n_factors (f), ==, before + 1);

  /* Not sure: the tray. No perspective: none. As a plain form, the page
   * comes back with the notice. */
  {
    g_autofree char *url = g_strconcat (f->base, "send", NULL);
    g_autofree char *form = g_strdup_printf ("session=%s&text=Dark+corridors&polarity=barrier&dimension=unplaced"
                                             "&perspective=&submission=two", phone->form);

    html = request (phone->session, "POST", url, form, NULL, NULL, &status);
  }
  g_assert_cmpuint (status, ==, 200);
  g_assert_nonnull (strstr (html, "Sent — write another?"));
  factor = g_ptr_array_index (pt_workshop_get_items (f->workshop, PT_ITEM_KIND_FACTOR), before + 1);
  g_assert_cmpint (pt_factor_get_dimension (factor), ==, PT_DIMENSION_UNPLACED);
  g_assert_cmpstr (pt_factor_get_perspective (factor), ==, "");
  g_assert_cmpuint (pt_room_get_n_senders (f->room), ==, 1);

  /* Each arrival is an ordinary change. */
  pt_history_undo (history);
  pt_history_undo (history);
  g_assert_cmpuint (n_factors (f), ==, before);
}

/* Without the secret, nothing: a bare 404, and nothing added. */
static void
test_wrong_secret (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(Phone) phone = phone_new (f);
  g_autofree char *root = g_strdup_printf ("http://127.0.0.1:%u/", pt_room_get_port (f->room));
  const char *paths[] = { "", "send", "room.css", "aaaaaaaaaaaaaaaaaaaaaaaaaa/", "aaaaaaaaaaaaaaaaaaaaaaaaaa/send" };
  guint before = n_factors (f);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = g_strconcat (root, paths[i], NULL);
      g_autofree char *form = g_strdup_printf ("session=%s&text=Hi&polarity=barrier&dimension=resources", phone->form);
      guint status;
      g_autofree char *get = request (session, "GET", url, NULL, NULL, NULL, &status);
      g_autofree char *sent = NULL;

      g_assert_cmpuint (status, ==, 404);
      g_assert_cmpstr (get, ==, "Not found\n");
      sent = request (session, "POST", url, form, "text/plain", NULL, &status);
      g_assert_cmpuint (status, ==, 404);
      g_assert_cmpstr (sent, ==, "Not found\n");
    }
  g_assert_cmpuint (n_factors (f), ==, before);
}

/* Everything a phone might send wrongly: refused with 400 and a message,
 * nothing added. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const struct {
    const char *fields;
    const char *message;
  } cases[] = {
    { "text=&polarity=barrier&dimension=resources", "Write something first." },
    { "text=+++&polarity=barrier&dimension=resources", "Write something first." },
    { "text=%FF%FE&polarity=barrier&dimension=resources", "The text contains characters that are not allowed." },
    { "text=bell%07&polarity=barrier&dimension=resources", "The text contains characters that are not allowed." },
    { "text=nul%00byte&polarity=barrier&dimension=resources", "The text contains characters that are not allowed." },
    { "text=Hi&polarity=sideways&dimension=resources", "Choose barrier or enabler." },
    { "text=Hi&dimension=resources", "Choose barrier or enabler." },
    { "text=Hi&polarity=barrier&dimension=kitchen", "Choose where it belongs, or Not sure." },
    { "text=Hi&polarity=barrier&dimension=resources&perspective=king", "Choose who you are, or I would rather not say." },
  };
  g_autoptr(Phone) phone = phone_new (f);
  guint before = n_factors (f);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint status;
      g_autofree char *reply = post (f, phone, "send", cases[i].fields, &status);

      g_test_message ("%s → %u %s", cases[i].fields, status, reply);
      g_assert_cmpuint (status, ==, 400);
      g_assert_cmpstr (reply, ==, cases[i].message);
      /* A burst allows ten a session; the refusals above are cheap. */
      g_usleep (350 * 1000);
    }

  /* Longer than a workshop file's factor text may be. */
  {
    GString *form = g_string_new ("polarity=barrier&dimension=resources&text=");
    guint status;
    g_autofree char *reply = NULL;

    for (guint i = 0; i <= 100000; i++)
      g_string_append_c (form, 'a');
    reply = post (f, phone, "send", form->str, &status);
    g_string_free (form, TRUE);
    g_assert_cmpuint (status, ==, 400);
    g_assert_cmpstr (reply, ==, "The text is longer than 100000 characters.");
  }
  /* A page the server does not know (an old one, or made up). */
  {
    g_autofree char *url = g_strconcat (f->base, "send", NULL);
    g_autoptr(SoupSession) session = soup_session_new ();
    guint status;
    g_autofree char *reply = request (session, "POST", url, "session=made-up&text=Hi&polarity=barrier&dimension=resources",
                                      "text/plain", NULL, &status);

    g_assert_cmpuint (status, ==, 400);
    g_assert_cmpstr (reply, ==, "This page is old: reload it and send again.");
  }
  /* In the phone's language. */
  {
    g_autofree char *url = g_strconcat (f->base, "send", NULL);
    g_autofree char *form = g_strdup_printf ("session=%s&lang=sv&text=&polarity=barrier&dimension=resources", phone->form);
    guint status;
    g_autofree char *reply = request (phone->session, "POST", url, form, "text/plain", NULL, &status);

    g_assert_cmpuint (status, ==, 400);
    g_assert_cmpstr (reply, ==, "Skriv något först.");
  }
  /* Refused as a plain form, the page comes back with the text escaped. */
  {
    g_autofree char *url = g_strconcat (f->base, "send", NULL);
    g_autofree char *form = g_strdup_printf ("session=%s&text=%%3Cscript%%3Ex&polarity=no&dimension=resources", phone->form);
    guint status;
    g_autofree char *html = request (phone->session, "POST", url, form, NULL, NULL, &status);

    g_assert_cmpuint (status, ==, 400);
    g_assert_nonnull (strstr (html, "&lt;script&gt;x</textarea>"));
    g_assert_null (strstr (html, "<script>x"));
  }
  g_assert_cmpuint (n_factors (f), ==, before);
}

/* A raw connection: what libsoup's client would not send. */
static GSocketConnection *
raw_connect (Fixture *f)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GError) error = NULL;
  GSocketConnection *connection = g_socket_client_connect_to_host (client, "127.0.0.1", pt_room_get_port (f->room),
                                                                   NULL, &error);

  g_assert_no_error (error);
  return connection;
}

typedef struct
{
  char     buffer[4096];
  gssize   got;
  gboolean done;
} Read;

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Read *read = data;

  read->got = g_input_stream_read_finish (G_INPUT_STREAM (source), result, NULL);
  read->done = TRUE;
}

static void
start_read (GSocketConnection *connection,
            Read              *read)
{
  memset (read, 0, sizeof *read);
  g_input_stream_read_async (g_io_stream_get_input_stream (G_IO_STREAM (connection)), read->buffer,
                             sizeof read->buffer - 1, G_PRIORITY_DEFAULT, NULL, read_cb, read);
}

/* A megabyte is refused from its headers, before the body is read. */
static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSocketConnection) connection = raw_connect (f);
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autofree char *head = g_strdup_printf ("POST %ssend HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           "Content-Type: application/x-www-form-urlencoded\r\n"
                                           "Content-Length: 1048576\r\n\r\ntext=aaaa",
                                           pt_room_get_path (f->room));
  guint before = n_factors (f);
  Read read;

  g_assert_true (g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL));
  start_read (connection, &read);
  while (!read.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (read.got, >, 0);
  g_assert_true (g_str_has_prefix (read.buffer, "HTTP/1.1 413"));
  g_assert_cmpuint (n_factors (f), ==, before);
}

/* A client that sends half a request and waits loses its connection when
 * the time is up, and holds nobody up meanwhile. */
static void
test_slow_client (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSocketConnection) slow = NULL;
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *head = g_strdup_printf ("POST %ssend HTTP/1.1\r\nHost: 127.0.0.1\r\n", pt_room_get_path (f->room));
  g_autofree char *page = NULL;
  gint64 start;
  guint status;
  Read read;

  pt_room_set_request_timeout (f->room, 1);
  slow = raw_connect (f);
  g_assert_true (g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (slow)), head, strlen (head),
                                            NULL, NULL, NULL));
  start_read (slow, &read);
  start = g_get_monotonic_time ();
  page = request (session, "GET", f->base, NULL, NULL, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  while (!read.done)
    g_main_context_iteration (NULL, TRUE);
  /* Closed, without an answer, after about the timeout. */
  g_assert_cmpint (read.got, <=, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
}

/* One person cannot post a hundred cards a second. */
static void
test_flood (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(Phone) phone = phone_new (f);
  guint before = n_factors (f), refused = 0;

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *fields = g_strdup_printf ("text=Card+%u&polarity=barrier&dimension=resources&submission=s%u", i, i);
      guint status;
      g_autofree char *reply = post (f, phone, "send", fields, &status);

      refused += status == 429;
    }
  g_test_message ("%u of 100 refused", refused);
  g_assert_cmpuint (n_factors (f) - before, <=, 15);
  g_assert_cmpuint (n_factors (f) - before + refused, ==, 100);
}

/* Thirty phones at once, each its own browser session, all on loopback
 * as one address, each sending ten cards 0.4 s apart: all three hundred
 * arrive, once each, within seconds, and the main loop never stalls. */
typedef struct
{
  Fixture *f;
  Phone   *phone;
  guint    index;
  guint    sent;
  guint    answered;
  guint    ok;
} Sender;

static gint64 last_tick, longest_gap;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0)
    longest_gap = MAX (longest_gap, now - last_tick);
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
card_sent_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  Sender *sender = data;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);

  if (error != NULL)
    g_test_message ("phone %u: %s", sender->index, error->message);
  sender->answered++;
  sender->ok += body != NULL && soup_message_get_status (msg) == 200;

}

static gboolean
send_next_cb (gpointer data)
{
  Sender *sender = data;
  g_autofree char *url = g_strconcat (sender->f->base, "send", NULL);
  g_autofree char *form = g_strdup_printf ("session=%s&text=Phone+%u+card+%u&polarity=%s&dimension=contexts"
                                           "&submission=p%uc%u",
                                           sender->phone->form, sender->index, sender->sent,
                                           sender->sent % 2 ? "barrier" : "enabler", sender->index, sender->sent);
  g_autoptr(SoupMessage) msg = new_message ("POST", url, form, "text/plain");

  soup_session_send_and_read_async (sender->phone->session, msg, G_PRIORITY_DEFAULT, NULL, card_sent_cb, sender);
  return ++sender->sent < 10 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
test_thirty_phones (Fixture       *f,
                    gconstpointer  data)
{
  Sender senders[30];
  guint before = n_factors (f), answered = 0, ok = 0, tick;
  gint64 start;
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *factors;

  for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
    senders[i] = (Sender) { f, phone_new (f), i };
  last_tick = longest_gap = 0;
  tick = g_timeout_add (5, tick_cb, NULL);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
    g_timeout_add (400, send_next_cb, &senders[i]);
  while (answered < 300 && g_get_monotonic_time () - start < 30 * G_USEC_PER_SEC)
    {
      g_main_context_iteration (NULL, TRUE);
      answered = 0;
      for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
        answered += senders[i].answered;
    }
  g_source_remove (tick);
  for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
    {
      ok += senders[i].ok;
      phone_free (senders[i].phone);
    }
  g_test_message ("300 cards in %.2f s; the main loop's longest gap %.1f ms",
                  (g_get_monotonic_time () - start) / 1e6, longest_gap / 1e3);
  g_assert_cmpuint (ok, ==, 300);
  g_assert_cmpuint (n_factors (f) - before, ==, 300);
  factors = pt_workshop_get_items (f->workshop, PT_ITEM_KIND_FACTOR);
  for (guint i = before; i < factors->len; i++)
    g_assert_true (g_hash_table_add (texts, (gpointer) pt_factor_get_text (g_ptr_array_index (factors, i))));
  /* Under the sanitizers everything runs several times slower: there,
   * that all arrive once is what is checked. */
  if (g_getenv ("ASAN_OPTIONS") == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time () - start, <, 8 * G_USEC_PER_SEC);
      g_assert_cmpint (longest_gap, <, 50 * 1000);
    }
  g_assert_cmpuint (pt_room_get_n_senders (f->room), ==, 30);
}

/* Dots from phones: only while voting is open, only on revealed cards
 * that are not private, as many as the facilitator gives each phone. */
static void
test_voting (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(Phone) phone = NULL;
  PtFactor *f1 = pt_workshop_lookup_factor (f->workshop, "f1");
  guint votes = pt_factor_get_votes (f1), status;
  g_autofree char *closed = NULL, *page = NULL;
  PtHistory *history = pt_workshop_get_history (f->workshop);

  phone = phone_new (f);
  closed = post (f, phone, "vote", "factor=f1", &status);
  g_assert_cmpuint (status, ==, 400);
  g_assert_cmpstr (closed, ==, "Voting is not open now.");

  pt_room_set_voting (f->room, 2);
  {
    guint s;

    page = request (phone->session, "GET", f->base, NULL, NULL, NULL, &s);
  }
  /* The page lists the revealed cards, never a private or face-down one. */
  g_assert_nonnull (strstr (page, "Residents have little energy for meetings"));
  g_assert_nonnull (strstr (page, "You have 2 dots to place."));
  g_assert_null (strstr (page, "Xylophone"));
  g_assert_null (strstr (page, "Zither"));
  g_free (phone->form);
  phone->form = field (page, "session");

  {
    const char *refused[] = { "factor=x-secret", "factor=x-down", "factor=nope", "" };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_autofree char *reply = post (f, phone, "vote", refused[i], &status);

        g_assert_cmpuint (status, ==, 400);
        g_assert_cmpstr (reply, ==, "That card cannot be voted on.");
      }
  }
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *reply = post (f, phone, "vote", "factor=f1", &status);

      g_assert_cmpuint (status, ==, 200);
    }
  g_assert_cmpuint (pt_factor_get_votes (f1), ==, votes + 2);
  {
    g_autofree char *reply = post (f, phone, "vote", "factor=f1", &status);

    g_assert_cmpuint (status, ==, 400);
    g_assert_cmpstr (reply, ==, "Your dots are all placed. Thank you!");
  }
  /* A vote is an ordinary change. */
  pt_history_undo (history);
  g_assert_cmpuint (pt_factor_get_votes (f1), ==, votes + 1);
}

/* Stopped, the room listens no more. */
static void
test_stop (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketConnection) connection = NULL;
  guint port = pt_room_get_port (f->room);

  pt_room_stop (f->room);
  g_assert_null (pt_room_get_url (f->room));
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
}

/* The page's own words: both languages say everything. */
static void
test_words (void)
{
  for (PtRoomMessage m = 0; m < PT_ROOM_N_MESSAGES; m++)
    {
      g_assert_cmpstr (pt_room_message (PT_ROOM_ENGLISH, m), !=, "");
      g_assert_cmpstr (pt_room_message (PT_ROOM_SWEDISH, m), !=, "");
    }
  g_assert_cmpint (pt_room_language_for ("sv-SE", NULL), ==, PT_ROOM_SWEDISH);
  g_assert_cmpint (pt_room_language_for ("en-GB,sv;q=0.9", NULL), ==, PT_ROOM_ENGLISH);
  g_assert_cmpint (pt_room_language_for ("de,sv;q=0.4,en;q=0.2", NULL), ==, PT_ROOM_SWEDISH);
  g_assert_cmpint (pt_room_language_for ("sv", "en"), ==, PT_ROOM_ENGLISH);
  g_assert_cmpint (pt_room_language_for (NULL, NULL), ==, PT_ROOM_ENGLISH);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/room/words", test_words);
  g_test_add ("/room/page", Fixture, NULL, fixture_set_up, test_page, fixture_tear_down);
  g_test_add ("/room/send", Fixture, NULL, fixture_set_up, test_send, fixture_tear_down);
  g_test_add ("/room/wrong-secret", Fixture, NULL, fixture_set_up, test_wrong_secret, fixture_tear_down);
  g_test_add ("/room/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/room/too-large", Fixture, NULL, fixture_set_up, test_too_large, fixture_tear_down);
  g_test_add ("/room/slow-client", Fixture, NULL, fixture_set_up, test_slow_client, fixture_tear_down);
  g_test_add ("/room/flood", Fixture, NULL, fixture_set_up, test_flood, fixture_tear_down);
  g_test_add ("/room/thirty-phones", Fixture, NULL, fixture_set_up, test_thirty_phones, fixture_tear_down);
  g_test_add ("/room/voting", Fixture, NULL, fixture_set_up, test_voting, fixture_tear_down);
  g_test_add ("/room/stop", Fixture, NULL, fixture_set_up, test_stop, fixture_tear_down);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-room.c — PtRoom: the room's HTTP server.
 *
 * What it trusts: nothing a phone sends. Only paths under the secret are
 * served (anything else is a bare 404); a body larger than
 * PT_ROOM_MAX_BODY is refused from its headers, before it is read; a text
 * is checked by the rule a workshop file's text is (pt_text_check ()); a
 * request that takes longer than the timeout to arrive loses its
 * connection, so a slow client holds nobody up. Each page a phone loads
 * is a browser session of its own, named in the form, and each session
 * may send a burst of cards and then about three a second, so one person
 * cannot flood the room while thirty phones behind one address all get
 * through. A submission id makes a resent form arrive once.
 */
#define G_LOG_DOMAIN "pt-room"

#include "config.h"

#include <ifaddrs.h>
#include <libsoup/soup.h>
#include <math.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <string.h>
#include <sys/random.h>

#include "pt-enum-types.h"
#include "pt-geometry.h"
#include "pt-palette.h"
#include "pt-room.h"
#include "pt-room-page.h"
#include "pt-text.h"

#define RESOURCES      "/io/github/powertriangle/PowerTriangle/room/"
#define SESSION_BURST  10.0    /* cards at once */
#define SESSION_RATE   3.0     /* cards a second after that */
#define PAGE_BURST     60.0    /* page loads at once from one address */
#define PAGE_RATE      2.0     /* page loads a second after that */
#define MAX_SESSIONS   5000
#define MAX_SUBMISSIONS 500
#define TIMER_KEY      "pt-room-timer"
#define STATUS_TOO_MANY_REQUESTS 429   /* not named by libsoup 3.2 */

typedef struct
{
  double tokens;
  gint64 last;
} Bucket;

typedef struct
{
  Bucket      bucket;
  gint64      created;
  guint       dots_used;
  guint       sent;
  GHashTable *submissions;
} Session;

struct _PtRoom
{
  GObject parent_instance;

  PtWorkshop *workshop;
  PtScene    *scene;         /* the window's, to place cards; or NULL */
  SoupServer *server;
  char       *secret;
  char       *path;          /* "/SECRET/" */
  char       *url;
  guint       port;
  guint       n_received;
  guint       n_senders;
  guint       voting;        /* dots for each phone; 0: not voting */
  guint       timeout;       /* seconds a request may take to arrive */
  GHashTable *sessions;      /* id → Session */
  GHashTable *addresses;     /* address → Bucket of page loads */
};

G_DEFINE_FINAL_TYPE (PtRoom, pt_room, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_N_RECEIVED,
  PROP_N_SENDERS,
  PROP_VOTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* n random bytes from the system's CSPRNG, in base 32 (lower case, no
 * padding): 16 bytes are 26 characters, short enough to type off the
 * wall if the code will not scan. */
static char *
random_text (gsize n)
{
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  guint8 bytes[32];
  GString *text = g_string_new (NULL);
  gsize got = 0;
  guint bits = 0, buffer = 0;

  g_assert (n <= sizeof bytes);
  while (got < n)
    {
      ssize_t r = getrandom (bytes + got, n - got, 0);

      if (r > 0)
        got += (gsize) r;
    }
  for (gsize i = 0; i < n; i++)
    {
      buffer = (buffer << 8) | bytes[i];
      bits += 8;
      while (bits >= 5)
        {
          g_string_append_c (text, alphabet[(buffer >> (bits - 5)) & 31]);
          bits -= 5;
        }
    }
  if (bits > 0)
    g_string_append_c (text, alphabet[(buffer << (5 - bits)) & 31]);
  return g_string_free (text, FALSE);
}

/* Whether a bucket has a token to take now; takes it. */
static gboolean
take_token (Bucket *bucket,
            double  burst,
            double  rate)
{
  gint64 now = g_get_monotonic_time ();

  if (bucket->last == 0)
    bucket->tokens = burst;
  else
    bucket->tokens = MIN (burst, bucket->tokens + rate * (now - bucket->last) / G_USEC_PER_SEC);
  bucket->last = now;
  if (bucket->tokens < 1.0)
    return FALSE;
  bucket->tokens -= 1.0;
  return TRUE;
}

static void
session_free (gpointer data)
{
  Session *session = data;

  g_hash_table_unref (session->submissions);
  g_free (session);
}

/* The laptop's address on the local network: the first IPv4 address of
 * an interface that is up and not loopback, a private one first; failing
 * that, loopback. */
static char *
local_address (void)
{
  struct ifaddrs *list = NULL;
  char *best = NULL;
  gboolean best_private = FALSE;

  if (getifaddrs (&list) != 0)
    return g_strdup ("127.0.0.1");
  for (struct ifaddrs *a = list; a != NULL; a = a->ifa_next)
    {
      char text[INET_ADDRSTRLEN];
      guint32 ip;
      gboolean private;

      if (a->ifa_addr == NULL || a->ifa_addr->sa_family != AF_INET ||
          !(a->ifa_flags & IFF_UP) || (a->ifa_flags & IFF_LOOPBACK))
        continue;
      ip = ntohl (((struct sockaddr_in *) a->ifa_addr)->sin_addr.s_addr);
      private = (ip >> 24) == 10 || (ip >> 20) == (172 << 4 | 1) || (ip >> 16) == (192 << 8 | 168);
      if (best != NULL && (best_private || !private))
        continue;
      inet_ntop (AF_INET, &((struct sockaddr_in *) a->ifa_addr)->sin_addr, text, sizeof text);
      g_free (best);
      best = g_strdup (text);
      best_private = private;
    }
  freeifaddrs (list);
  return best != NULL ? best : g_strdup ("127.0.0.1");
}

static void
set_headers (SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (headers, "Referrer-Policy", "no-referrer");
  soup_message_headers_replace (headers, "Content-Security-Policy",
                                "default-src 'none'; style-src 'self'; script-src 'self'; "
                                "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         const char        *body)
{
  set_headers (msg);
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

/* No hint of what is here: the same bare answer for any wrong path. */
static void
not_found (SoupServerMessage *msg)
{
  respond (msg, SOUP_STATUS_NOT_FOUND, "text/plain; charset=utf-8", "Not found\n");
}

static gboolean
wants_plain (SoupServerMessage *msg)
{
  const char *accept = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Accept");

  return accept != NULL && g_str_has_prefix (accept, "text/plain");
}

static PtRoomLanguage
language_of (SoupServerMessage *msg,
             const char        *asked)
{
  return pt_room_language_for (soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                              "Accept-Language"),
                               asked);
}

/* A new browser session, for a page a phone loads; NULL when its address
 * has loaded too many pages too fast. */
static char *
new_session (PtRoom            *self,
             SoupServerMessage *msg)
{
  const char *address = soup_server_message_get_remote_host (msg);
  Bucket *loads = g_hash_table_lookup (self->addresses, address != NULL ? address : "");
  Session *session;
  char *id;

  if (loads == NULL)
    {
      loads = g_new0 (Bucket, 1);
      g_hash_table_insert (self->addresses, g_strdup (address != NULL ? address : ""), loads);
    }
  if (!take_token (loads, PAGE_BURST, PAGE_RATE))
    return NULL;
  if (g_hash_table_size (self->sessions) >= MAX_SESSIONS)
    {
      /* The oldest makes room: its page has long been reloaded. */
      GHashTableIter iter;
      gpointer key, value, oldest = NULL;
      gint64 when = G_MAXINT64;

      g_hash_table_iter_init (&iter, self->sessions);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (((Session *) value)->created < when)
          {
            when = ((Session *) value)->created;
            oldest = key;
          }
      g_hash_table_remove (self->sessions, oldest);
    }
  session = g_new0 (Session, 1);
  session->created = g_get_monotonic_time ();
  session->submissions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  id = random_text (16);
  g_hash_table_insert (self->sessions, g_strdup (id), session);
  return id;
}

/* ------------------------------------------------------------------------ */
/* Answers                                                                  */
/* ------------------------------------------------------------------------ */

/* The page, with a notice if any; a fresh session when there is none. */
static void
send_page (PtRoom            *self,
           SoupServerMessage *msg,
           guint              status,
           PtRoomPage        *page)
{
  g_autofree char *session = NULL, *submission = random_text (16);
  g_autofree char *html = NULL;

  if (page->session == NULL || !g_hash_table_contains (self->sessions, page->session))
    {
      session = new_session (self, msg);
      if (session == NULL)
        {
          respond (msg, STATUS_TOO_MANY_REQUESTS, "text/plain; charset=utf-8",
                   pt_room_message (page->language, PT_ROOM_TEXT_TOO_FAST));
          return;
        }
      page->session = session;
    }
  page->base = self->path;
  page->submission = submission;
  page->voting = self->voting > 0;
  if (page->voting)
    {
      Session *s = g_hash_table_lookup (self->sessions, page->session);

      page->dots_left = self->voting > s->dots_used ? self->voting - s->dots_used : 0;
    }
  html = pt_room_page_render (self->workshop, page);
  respond (msg, status, "text/html; charset=utf-8", html);
}

/* What happened, to a page that sent in the background (plain text) or
 * as a form (the page again, with the notice over it). */
static void
answer (PtRoom            *self,
        SoupServerMessage *msg,
        guint              status,
        PtRoomPage        *page,
        const char        *notice)
{
  page->notice = notice;
  page->notice_is_error = status >= 400;
  if (wants_plain (msg))
    respond (msg, status, "text/plain; charset=utf-8", notice);
  else
    send_page (self, msg, status, page);
}

static void
send_resource (SoupServerMessage *msg,
               const char        *name,
               const char        *content_type)
{
  g_autofree char *path = g_strconcat (RESOURCES, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  set_headers (msg);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, data, size);
}

/* Where a card from the room lands: near the middle of its dimension (or
 * of the tray), where it covers least of the cards the window shows; with
 * no window, a little further round a spiral each time. A face-down card
 * has the smallest card's size. */
static PtPlace
place_for (PtRoom          *self,
           PtDimensionKind  dimension)
{
  PtPoint middle = pt_geometry_new_card_point (dimension), p, m;

  if (self->scene != NULL)
    p = pt_scene_free_position (self->scene, dimension, middle.x, middle.y, PT_CARD_WIDTH, PT_CARD_MIN_HEIGHT);
  else
    {
      double angle = self->n_received * 2.39996, radius = 18.0 * sqrt (self->n_received % 24);

      p = pt_geometry_clamp_card (dimension, middle.x + radius * cos (angle), middle.y + radius * sin (angle),
                                  PT_CARD_WIDTH, PT_CARD_MIN_HEIGHT);
    }
  m = pt_geometry_scene_to_model (dimension, p.x, p.y);
  return (PtPlace) { dimension, m.x, m.y };
}

/* The fields of a form body, or NULL when it cannot be one: not a form,
 * or a NUL inside (which a C string would cut short unseen). */
static GHashTable *
read_form (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  const char *type = soup_message_headers_get_content_type (soup_server_message_get_request_headers (msg), NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = NULL;

  if (g_strcmp0 (type, "application/x-www-form-urlencoded") != 0 ||
      memchr (data, '\0', size) != NULL || g_strstr_len (data, size, "%00") != NULL)
    return NULL;
  text = g_strndup (data, size);
  return soup_form_decode (text);
}

/* Whether a post may go on: from a page this collection served, and not
 * too soon after the last ones. If not, it is answered here. */
static gboolean
admit (PtRoom            *self,
       SoupServerMessage *msg,
       Session           *session,
       PtRoomPage        *page)
{
  if (session == NULL)
    answer (self, msg, SOUP_STATUS_BAD_REQUEST, page, pt_room_message (page->language, PT_ROOM_TEXT_OLD_PAGE));
  else if (!take_token (&session->bucket, SESSION_BURST, SESSION_RATE))
    answer (self, msg, STATUS_TOO_MANY_REQUESTS, page, pt_room_message (page->language, PT_ROOM_TEXT_TOO_FAST));
  else
    return TRUE;
  return FALSE;
}

static void
handle_send (PtRoom            *self,
             SoupServerMessage *msg,
             GHashTable        *form)
{
  const char *lang = g_hash_table_lookup (form, "lang");
  PtRoomPage page = { language_of (msg, lang) };
  const char *session_id = g_hash_table_lookup (form, "session");
  const char *submission = g_hash_table_lookup (form, "submission");
  const char *raw = g_hash_table_lookup (form, "text");
  const char *polarity = g_hash_table_lookup (form, "polarity");
  const char *dimension = g_hash_table_lookup (form, "dimension");
  const char *perspective = g_hash_table_lookup (form, "perspective");
  Session *session = session_id != NULL ? g_hash_table_lookup (self->sessions, session_id) : NULL;
  g_autofree char *text = g_strdup (raw != NULL ? raw : "");
  int polarity_value = -1, dimension_value = -1, perspective_value = -1;
  g_autofree char *too_long = NULL;
  PtPlace place;

  page.session = session != NULL ? session_id : NULL;
  page.polarity = polarity;
  page.dimension = dimension;
  page.perspective = perspective;
  if (!admit (self, msg, session, &page))
    return;
  if (submission != NULL && g_hash_table_contains (session->submissions, submission))
    {
      answer (self, msg, SOUP_STATUS_OK, &page, pt_room_message (page.language, PT_ROOM_TEXT_SENT));
      return;
    }

  /* Given back to the field only if it passes (valid UTF-8 among it). */
  page.text = text;
  g_strstrip (text);
  switch (pt_text_check (text, strlen (text), PT_MAX_LONG_TEXT))
    {
    case PT_TEXT_TOO_LONG:
      page.text = NULL;
      too_long = pt_room_message_with (page.language, PT_ROOM_TEXT_TOO_LONG, PT_MAX_LONG_TEXT);
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page, too_long);
      return;
    case PT_TEXT_NOT_ALLOWED:
      page.text = NULL;
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page,
              pt_room_message (page.language, PT_ROOM_TEXT_NOT_ALLOWED));
      return;
    case PT_TEXT_OK:
    default:
      break;
    }
  if (text[0] == '\0')
    {
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page, pt_room_message (page.language, PT_ROOM_TEXT_EMPTY));
      return;
    }
  if (polarity == NULL || !pt_enum_from_nick (PT_TYPE_POLARITY, polarity, &polarity_value))
    {
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page,
              pt_room_message (page.language, PT_ROOM_TEXT_BAD_POLARITY));
      return;
    }
  if (dimension == NULL || !pt_enum_from_nick (PT_TYPE_DIMENSION_KIND, dimension, &dimension_value))
    {
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page,
              pt_room_message (page.language, PT_ROOM_TEXT_BAD_DIMENSION));
      return;
    }
  if (perspective != NULL && perspective[0] != '\0' &&
      !pt_enum_from_nick (PT_TYPE_PERSPECTIVE, perspective, &perspective_value))
    {
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page,
              pt_room_message (page.language, PT_ROOM_TEXT_BAD_PERSPECTIVE));
      return;
    }

  place = place_for (self, dimension_value);
  pt_workshop_add_room_factor (self->workshop, text, polarity_value, &place,
                               perspective_value >= 0 ? perspective : "");
  if (submission != NULL && g_hash_table_size (session->submissions) < MAX_SUBMISSIONS)
    g_hash_table_add (session->submissions, g_strndup (submission, 64));
  self->n_received++;
  if (session->sent++ == 0)
    {
      self->n_senders++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SENDERS]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECEIVED]);
  /* The form is ready for the next one; the choices stay. */
  page.text = NULL;
  answer (self, msg, SOUP_STATUS_OK, &page, pt_room_message (page.language, PT_ROOM_TEXT_SENT));
}

static void
handle_vote (PtRoom            *self,
             SoupServerMessage *msg,
             GHashTable        *form)
{
  PtRoomPage page = { language_of (msg, g_hash_table_lookup (form, "lang")) };
  const char *session_id = g_hash_table_lookup (form, "session");
  const char *factor_id = g_hash_table_lookup (form, "factor");
  Session *session = session_id != NULL ? g_hash_table_lookup (self->sessions, session_id) : NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  PtFactor *factor = NULL;

  page.session = session != NULL ? session_id : NULL;
  if (!admit (self, msg, session, &page))
    return;
  if (self->voting == 0)
    {
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page, pt_room_message (page.language, PT_ROOM_TEXT_NOT_VOTING));
      return;
    }
  cards = pt_room_vote_cards (self->workshop);
  for (guint i = 0; factor_id != NULL && i < cards->len; i++)
    if (g_str_equal (pt_item_get_id (g_ptr_array_index (cards, i)), factor_id))
      factor = g_ptr_array_index (cards, i);
  if (factor == NULL)
    {
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page, pt_room_message (page.language, PT_ROOM_TEXT_BAD_CARD));
      return;
    }
  if (session->dots_used >= self->voting)
    {
      answer (self, msg, SOUP_STATUS_BAD_REQUEST, &page, pt_room_message (page.language, PT_ROOM_TEXT_NO_DOTS));
      return;
    }
  g_ptr_array_add (chosen, factor);
  pt_workshop_vote_factors (self->workshop, chosen, 1);
  session->dots_used++;
  answer (self, msg, SOUP_STATUS_OK, &page, pt_room_message (page.language, PT_ROOM_TEXT_VOTED));
}

/* The part of path under the secret, or NULL when it is not under it. */
static const char *
under_secret (PtRoom     *self,
              const char *path)
{
  gsize n = strlen (self->path);
  guint8 differ = 0;

  if (strlen (path) < n)
    return NULL;
  /* In constant time, so the answer's timing tells nothing of the secret. */
  for (gsize i = 0; i < n; i++)
    differ |= (guint8) (path[i] ^ self->path[i]);
  return differ == 0 ? path + n : NULL;
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           data)
{
  PtRoom *self = data;
  const char *method = soup_server_message_get_method (msg);
  const char *rest = under_secret (self, path);
  g_autoptr(GHashTable) form = NULL;

  g_object_set_data (G_OBJECT (msg), TIMER_KEY, NULL);
  if (rest == NULL)
    {
      not_found (msg);
      return;
    }
  if (g_str_equal (method, SOUP_METHOD_GET) || g_str_equal (method, SOUP_METHOD_HEAD))
    {
      if (rest[0] == '\0')
        {
          PtRoomPage page = { language_of (msg, query != NULL ? g_hash_table_lookup (query, "lang") : NULL) };

          send_page (self, msg, SOUP_STATUS_OK, &page);
          return;
        }
      if (g_str_equal (rest, "room.css"))
        {
          send_resource (msg, "room.css", "text/css; charset=utf-8");
          return;
        }
      if (g_str_equal (rest, "room.js"))
        {
          send_resource (msg, "room.js", "text/javascript; charset=utf-8");
          return;
        }
      not_found (msg);
      return;
    }
  if (!g_str_equal (method, SOUP_METHOD_POST) || (!g_str_equal (rest, "send") && !g_str_equal (rest, "vote")))
    {
      not_found (msg);
      return;
    }
  form = read_form (msg);
  if (form == NULL)
    {
      PtRoomLanguage language = language_of (msg, NULL);

      respond (msg, SOUP_STATUS_BAD_REQUEST, "text/plain; charset=utf-8",
               pt_room_message (language, PT_ROOM_TEXT_NOT_ALLOWED));
      return;
    }
  if (g_str_equal (rest, "send"))
    handle_send (self, msg, form);
  else
    handle_vote (self, msg, form);
}

static void
refused_closed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_io_stream_close_finish (G_IO_STREAM (source), result, NULL);
}

static void
refused_written_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(GIOStream) stream = data;

  g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, NULL);
  g_io_stream_close_async (stream, G_PRIORITY_DEFAULT, NULL, refused_closed_cb, NULL);
}

/* Answers now and closes the connection, without reading the body: libsoup
 * would read it whole before answering, however large. The connection is
 * taken from libsoup for that. */
static void
refuse_now (SoupServerMessage *msg,
            guint              status,
            const char        *text)
{
  GIOStream *stream = soup_server_message_steal_connection (msg);
  g_autofree char *head = NULL;
  GString *answer;
  gsize length;

  if (stream == NULL)
    return;
  g_debug ("refused at once: %u", status);
  answer = g_string_new (NULL);
  g_string_append_printf (answer, "HTTP/1.1 %u %s\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          "Content-Length: %zu\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n%s",
                          status, soup_status_get_phrase (status), strlen (text), text);
  length = answer->len;
  head = g_string_free (answer, FALSE);
  g_output_stream_write_all_async (g_io_stream_get_output_stream (stream), head, length, G_PRIORITY_DEFAULT,
                                   NULL, refused_written_cb, stream);
  /* The buffer must outlive the write: it goes with the stream. */
  g_object_set_data_full (G_OBJECT (stream), "pt-room-answer", g_steal_pointer (&head), g_free);
}

/* After the headers, before the body: a wrong path is answered now, and a
 * body too large (or of unknown length) is refused without being read. */
static void
early_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           data)
{
  PtRoom *self = data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  PtRoomLanguage language = language_of (msg, NULL);
  SoupEncoding encoding = soup_message_headers_get_encoding (headers);
  gboolean ours = under_secret (self, path) != NULL;
  gboolean has_body = encoding != SOUP_ENCODING_NONE &&
                      !(encoding == SOUP_ENCODING_CONTENT_LENGTH &&
                        soup_message_headers_get_content_length (headers) == 0);

  if (has_body && (encoding != SOUP_ENCODING_CONTENT_LENGTH ||
                   soup_message_headers_get_content_length (headers) > PT_ROOM_MAX_BODY))
    {
      if (!ours)
        refuse_now (msg, SOUP_STATUS_NOT_FOUND, "Not found\n");
      else
        refuse_now (msg, encoding == SOUP_ENCODING_CONTENT_LENGTH ? SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE
                                                                  : SOUP_STATUS_LENGTH_REQUIRED,
                    pt_room_message (language, PT_ROOM_TEXT_TOO_LARGE));
      return;
    }
  if (!ours)
    not_found (msg);
}

/* A request that has not arrived whole in time loses its connection:
 * the server's other connections never wait for it, but it would hold a
 * socket for as long as it liked. */
static gboolean
request_timed_out_cb (gpointer data)
{
  SoupServerMessage *msg = data;
  GSocket *socket = soup_server_message_get_socket (msg);

  g_debug ("a request took too long; its connection is closed");
  g_object_steal_data (G_OBJECT (msg), TIMER_KEY);
  if (socket != NULL)
    g_socket_shutdown (socket, TRUE, TRUE, NULL);
  return G_SOURCE_REMOVE;
}

static void
remove_timer (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

static void
got_body_cb (SoupServerMessage *msg,
             gpointer           data)
{
  g_object_set_data (G_OBJECT (msg), TIMER_KEY, NULL);
}

static void
request_started_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    gpointer           data)
{
  PtRoom *self = data;
  guint timer = g_timeout_add_seconds (self->timeout, request_timed_out_cb, msg);

  g_object_set_data_full (G_OBJECT (msg), TIMER_KEY, GUINT_TO_POINTER (timer), remove_timer);
  g_signal_connect (msg, "got-body", G_CALLBACK (got_body_cb), NULL);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
pt_room_dispose (GObject *object)
{
  PtRoom *self = PT_ROOM (object);

  pt_room_stop (self);
  g_clear_object (&self->workshop);
  g_clear_object (&self->scene);

  G_OBJECT_CLASS (pt_room_parent_class)->dispose (object);
}

static void
pt_room_finalize (GObject *object)
{
  PtRoom *self = PT_ROOM (object);

  g_hash_table_unref (self->sessions);
  g_hash_table_unref (self->addresses);
  g_free (self->secret);
  g_free (self->path);
  g_free (self->url);

  G_OBJECT_CLASS (pt_room_parent_class)->finalize (object);
}

static void
pt_room_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PtRoom *self = PT_ROOM (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->server != NULL);
      break;
    case PROP_N_RECEIVED:
      g_value_set_uint (value, self->n_received);
      break;
    case PROP_N_SENDERS:
      g_value_set_uint (value, self->n_senders);
      break;
    case PROP_VOTING:
      g_value_set_uint (value, self->voting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pt_room_class_init (PtRoomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pt_room_dispose;
  object_class->finalize = pt_room_finalize;
  object_class->get_property = pt_room_get_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_RECEIVED] =
    g_param_spec_uint ("n-received", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SENDERS] =
    g_param_spec_uint ("n-senders", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOTING] =
    g_param_spec_uint ("voting", NULL, NULL, 0, 99, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pt_room_init (PtRoom *self)
{
  self->timeout = 10;
  self->sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, session_free);
  self->addresses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

PtRoom *
pt_room_new (PtWorkshop *workshop)
{
  PtRoom *self = g_object_new (PT_TYPE_ROOM, NULL);

  pt_room_set_workshop (self, workshop);
  return self;
}

/* Cards arrive in workshop from now on. */
void
pt_room_set_workshop (PtRoom     *self,
                      PtWorkshop *workshop)
{
  g_return_if_fail (PT_IS_ROOM (self));
  g_return_if_fail (PT_IS_WORKSHOP (workshop));

  g_set_object (&self->workshop, workshop);
}

/* Listens on every IPv4 address (the URL is an IPv4 one), on a free port,
 * with room in the queue of connections for a whole room of phones at
 * once: with libsoup's own listening socket, whose queue holds ten, the
 * eleventh phone to connect in the same instant had its connection
 * reset. */
static gboolean
listen_on_network (SoupServer *server,
                   GError    **error)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, error);
  g_autoptr(GInetAddress) any = g_inet_address_new_any (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (any, 0);

  if (socket == NULL)
    return FALSE;
  g_socket_set_listen_backlog (socket, 256);
  return g_socket_bind (socket, address, TRUE, error) &&
         g_socket_listen (socket, error) &&
         soup_server_listen_socket (server, socket, 0, error);
}

/* The scene the window shows the workshop in: cards from the room land
 * where they cover least of it (NULL: no window). */
void
pt_room_set_scene (PtRoom  *self,
                   PtScene *scene)
{
  g_return_if_fail (PT_IS_ROOM (self));

  g_set_object (&self->scene, scene);
}

/* Starts listening on the local network, with a fresh secret. */
gboolean
pt_room_start (PtRoom  *self,
               GError **error)
{
  g_autoptr(SoupServer) server = NULL;
  g_autofree char *address = NULL;
  GSList *uris;

  g_return_val_if_fail (PT_IS_ROOM (self), FALSE);

  if (self->server != NULL)
    return TRUE;
  server = soup_server_new ("server-header", NULL, NULL);
  if (!listen_on_network (server, error))
    return FALSE;
  uris = soup_server_get_uris (server);
  self->port = uris != NULL ? (guint) g_uri_get_port (uris->data) : 0;
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_free (self->secret);
  g_free (self->path);
  g_free (self->url);
  self->secret = random_text (16);
  self->path = g_strdup_printf ("/%s/", self->secret);
  address = local_address ();
  self->url = g_strdup_printf ("http://%s:%u%s", address, self->port, self->path);
  g_hash_table_remove_all (self->sessions);
  g_hash_table_remove_all (self->addresses);
  self->n_received = 0;
  self->n_senders = 0;

  soup_server_add_early_handler (server, NULL, early_cb, self, NULL);
  soup_server_add_handler (server, NULL, handle_cb, self, NULL);
  g_signal_connect (server, "request-started", G_CALLBACK (request_started_cb), self);
  self->server = g_steal_pointer (&server);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECEIVED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SENDERS]);
  return TRUE;
}

/* Stops listening: the URL and its secret are no good from now on. */
void
pt_room_stop (PtRoom *self)
{
  g_return_if_fail (PT_IS_ROOM (self));

  if (self->server == NULL)
    return;
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_hash_table_remove_all (self->sessions);
  pt_room_set_voting (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

gboolean
pt_room_is_running (PtRoom *self)
{
  g_return_val_if_fail (PT_IS_ROOM (self), FALSE);
  return self->server != NULL;
}

/* The URL a phone opens: the laptop's address on the local network. */
const char *
pt_room_get_url (PtRoom *self)
{
  g_return_val_if_fail (PT_IS_ROOM (self), NULL);
  return self->server != NULL ? self->url : NULL;
}

/* "/SECRET/", for a client on another address (the tests' loopback). */
const char *
pt_room_get_path (PtRoom *self)
{
  g_return_val_if_fail (PT_IS_ROOM (self), NULL);
  return self->server != NULL ? self->path : NULL;
}

guint
pt_room_get_port (PtRoom *self)
{
  g_return_val_if_fail (PT_IS_ROOM (self), 0);
  return self->port;
}

/* Cards received since collecting started. */
guint
pt_room_get_n_received (PtRoom *self)
{
  g_return_val_if_fail (PT_IS_ROOM (self), 0);
  return self->n_received;
}

/* Opens dot voting with dots for each phone, or closes it (0). Opening it
 * again gives every phone its dots afresh. */
void
pt_room_set_voting (PtRoom *self,
                    guint   dots)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (PT_IS_ROOM (self));

  g_hash_table_iter_init (&iter, self->sessions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    ((Session *) value)->dots_used = 0;
  if (self->voting == dots)
    return;
  self->voting = dots;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTING]);
}

guint
pt_room_get_voting (PtRoom *self)
{
  g_return_val_if_fail (PT_IS_ROOM (self), 0);
  return self->voting;
}

/* How long a request may take to arrive, headers and body (10 s). */
void
pt_room_set_request_timeout (PtRoom *self,
                             guint   seconds)
{
  g_return_if_fail (PT_IS_ROOM (self));
  self->timeout = MAX (seconds, 1);
}

/* Phones that have sent a card since collecting started. */
guint
pt_room_get_n_senders (PtRoom *self)
{
  g_return_val_if_fail (PT_IS_ROOM (self), 0);
  return self->n_senders;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-http.h — a request to the room's server from the same process:
 * the main loop runs (the server is on it) until the answer is in. */
#pragma once

#include <libsoup/soup.h>
#include <string.h>

typedef struct
{
  GBytes   *body;
  guint     status;
  gboolean  done;
} TestReply;

static inline void
test_http_sent_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  TestReply *reply = data;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr(GError) error = NULL;

  reply->body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  reply->status = error == NULL ? soup_message_get_status (msg) : 0;
  reply->done = TRUE;
}

/* A request with form (NULL for none) as its body; form posts ask for the
 * plain-text answer. */
static inline SoupMessage *
test_http_message (const char *method,
                   GUri       *uri,
                   const char *form,
                   const char *accept)
{
  SoupMessage *msg = soup_message_new_from_uri (method, uri);

  if (form != NULL)
    {
      g_autoptr(GBytes) body = g_bytes_new (form, strlen (form));

      soup_message_set_request_body_from_bytes (msg, "application/x-www-form-urlencoded", body);
    }
  if (accept != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept", accept);
  return msg;
}

/* Sends msg and waits; the answer's body as a string ("" for none) and
 * its status (0 when there was no answer). */
static inline char *
test_http_send (SoupSession *session,
                SoupMessage *msg,
                guint       *status)
{
  TestReply reply = { NULL };
  char *text;

  soup_session_send_and_read_async (session, msg, G_PRIORITY_DEFAULT, NULL, test_http_sent_cb, &reply);
  while (!reply.done)
    g_main_context_iteration (NULL, TRUE);
  *status = reply.status;
  text = reply.body != NULL ? g_strndup (g_bytes_get_data (reply.body, NULL), g_bytes_get_size (reply.body))
                            : g_strdup ("");
  g_clear_pointer (&reply.body, g_bytes_unref);
  return text;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-room-page.h — the page a phone in the room sees, in English or
 * Swedish by the phone's language: the focus question, a text field,
 * barrier or enabler, the dimension, the sender's perspective, and when
 * the facilitator opens voting the revealed cards to place dots on.
 *
 * It shows nothing else of the workshop, and nothing private.
 */
#pragma once

#include "pt-workshop.h"

G_BEGIN_DECLS

typedef enum {
  PT_ROOM_ENGLISH,
  PT_ROOM_SWEDISH,
} PtRoomLanguage;

/* What the page says; pt_room_text () gives it in a language. */
typedef enum {
  PT_ROOM_TEXT_SENT,
  PT_ROOM_TEXT_EMPTY,
  PT_ROOM_TEXT_TOO_LONG,
  PT_ROOM_TEXT_NOT_ALLOWED,
  PT_ROOM_TEXT_BAD_POLARITY,
  PT_ROOM_TEXT_BAD_DIMENSION,
  PT_ROOM_TEXT_BAD_PERSPECTIVE,
  PT_ROOM_TEXT_TOO_FAST,
  PT_ROOM_TEXT_OLD_PAGE,
  PT_ROOM_TEXT_TOO_LARGE,
  PT_ROOM_TEXT_VOTED,
  PT_ROOM_TEXT_DOTS_LEFT,
  PT_ROOM_TEXT_NO_DOTS,
  PT_ROOM_TEXT_NOT_VOTING,
  PT_ROOM_TEXT_BAD_CARD,
  PT_ROOM_TEXT_NOT_FOUND,
  PT_ROOM_N_MESSAGES,
} PtRoomMessage;

typedef struct
{
  PtRoomLanguage language;
  const char    *base;         /* "/SECRET/" */
  const char    *session;
  const char    *submission;
  const char    *notice;       /* NULL, or what happened */
  gboolean       notice_is_error;
  const char    *text;         /* what to give back to the field */
  const char    *polarity;     /* the choices to keep checked */
  const char    *dimension;
  const char    *perspective;
  gboolean       voting;
  guint          dots_left;
} PtRoomPage;

PtRoomLanguage pt_room_language_for (const char *accept_language,
                                     const char *asked);
const char    *pt_room_message      (PtRoomLanguage language,
                                     PtRoomMessage  message);
char          *pt_room_message_with (PtRoomLanguage language,
                                     PtRoomMessage  message,
                                     guint          number);
char          *pt_room_page_render  (PtWorkshop       *workshop,
                                     const PtRoomPage *page);
GPtrArray     *pt_room_vote_cards   (PtWorkshop       *workshop);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-room.h — PtRoom: the room writes from its phones. While collecting,
 * a small HTTP server on the local network serves the room's page at a
 * URL holding a fresh secret, and each card or dot a phone sends arrives
 * in the workshop as an ordinary, undoable change: a card face down, in
 * its dimension or the tray, marked as sent from the room.
 *
 * It runs on the main loop (libsoup is asynchronous) and knows nothing of
 * GTK.
 */
#pragma once

#include "pt-scene.h"
#include "pt-workshop.h"

G_BEGIN_DECLS

/* The most a request body may be: a card of the longest text a workshop
 * file allows fits; anything larger is refused before it is read. */
#define PT_ROOM_MAX_BODY (256 * 1024)

#define PT_TYPE_ROOM (pt_room_get_type ())
G_DECLARE_FINAL_TYPE (PtRoom, pt_room, PT, ROOM, GObject)

PtRoom     *pt_room_new            (PtWorkshop *workshop);
void        pt_room_set_workshop   (PtRoom     *self,
                                    PtWorkshop *workshop);
void        pt_room_set_scene      (PtRoom     *self,
                                    PtScene    *scene);
gboolean    pt_room_start          (PtRoom     *self,
                                    GError    **error);
void        pt_room_stop           (PtRoom     *self);
gboolean    pt_room_is_running     (PtRoom     *self);
const char *pt_room_get_url        (PtRoom     *self);
const char *pt_room_get_path       (PtRoom     *self);
guint       pt_room_get_port       (PtRoom     *self);
guint       pt_room_get_n_received (PtRoom     *self);
guint       pt_room_get_n_senders  (PtRoom     *self);
void        pt_room_set_voting     (PtRoom     *self,
                                    guint       dots);
guint       pt_room_get_voting     (PtRoom     *self);
void        pt_room_set_request_timeout (PtRoom *self,
                                    guint       seconds);

G_END_DECLS

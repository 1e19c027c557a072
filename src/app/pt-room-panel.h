/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-room-panel.h — PtRoomPanel: while the room collects, beside the
 * triangle: the QR code of the room's URL, large enough to scan across a
 * day room, the URL to type, and how many have sent something; for the
 * facilitator, the buttons to reveal, vote and stop. */
#pragma once

#include <gtk/gtk.h>

#include "pt-room.h"

G_BEGIN_DECLS

#define PT_TYPE_ROOM_PANEL (pt_room_panel_get_type ())
G_DECLARE_FINAL_TYPE (PtRoomPanel, pt_room_panel, PT, ROOM_PANEL, GtkWidget)

GtkWidget *pt_room_panel_new      (gboolean     controls);
void       pt_room_panel_set_room (PtRoomPanel *self,
                                   PtRoom      *room);
void       pt_room_panel_say      (PtRoomPanel *self,
                                   const char  *text);

G_END_DECLS

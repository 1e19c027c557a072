/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-history.h — PtHistory: the undo history of one workshop.
 *
 * A step is what one Ctrl+Z undoes: one command, or a group of commands made
 * by one gesture (a drag of five cards, deleting a factor with its links).
 * The history also knows whether the document differs from what was last
 * saved, so "dirty" follows undo back to the saved state.
 */
#pragma once

#include <glib-object.h>

#include "pt-command.h"

G_BEGIN_DECLS

#define PT_TYPE_HISTORY (pt_history_get_type ())
G_DECLARE_FINAL_TYPE (PtHistory, pt_history, PT, HISTORY, GObject)

PtHistory  *pt_history_new             (void);
void        pt_history_perform         (PtHistory  *self,
                                        PtCommand  *command);
void        pt_history_begin_group     (PtHistory  *self,
                                        const char *label);
void        pt_history_end_group       (PtHistory  *self);
gboolean    pt_history_undo            (PtHistory  *self);
gboolean    pt_history_redo            (PtHistory  *self);
gboolean    pt_history_get_can_undo    (PtHistory  *self);
gboolean    pt_history_get_can_redo    (PtHistory  *self);
const char *pt_history_get_undo_label  (PtHistory  *self);
const char *pt_history_get_redo_label  (PtHistory  *self);
gboolean    pt_history_get_dirty       (PtHistory  *self);
void        pt_history_mark_clean      (PtHistory  *self);
void        pt_history_mark_dirty      (PtHistory  *self);
guint       pt_history_get_n_steps     (PtHistory  *self);
gboolean    pt_history_is_applying     (PtHistory  *self);
void        pt_history_clear           (PtHistory  *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-window-recovery.c — PtWindow keeps its unsaved work safe.
 *
 * A second after the last change to a workshop with unsaved changes, a
 * recovery copy is written (see pt-recovery.c); saving, undoing back to
 * the saved state or discarding removes it. The copy is never written over
 * the user's own file.
 */
#define G_LOG_DOMAIN "pt-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pt-recovery.h"
#include "pt-window-private.h"

/* How long after a change its copy is written, at most. */
#define RECOVERY_DELAY_MS 1000

static gboolean
autosave_cb (gpointer data)
{
  PtWindow *self = data;
  g_autoptr(GError) error = NULL;

  self->autosave_id = 0;
  if (!pt_history_get_dirty (pt_workshop_get_history (self->workshop)))
    return G_SOURCE_REMOVE;
  if (!pt_recovery_write (self->recovery_id, self->workshop, self->file, self->etag, &error))
    {
      /* Said once, not every second; the next success clears it. */
      if (!self->recovery_failed)
        _pt_window_show_error (self, _("Unsaved changes are not being kept safe"),
                               error->message);
      self->recovery_failed = TRUE;
      return G_SOURCE_REMOVE;
    }
  self->recovery_failed = FALSE;
  return G_SOURCE_REMOVE;
}

/* The history changed: a change since the last save is copied within a
 * second. The timer is not restarted by the changes that follow, so a
 * stream of them (typing, a long session of votes) is copied every second
 * rather than never. Back at the saved state, the copy goes. */
void
_pt_window_recovery_history_changed (PtWindow *self)
{
  if (pt_history_get_dirty (pt_workshop_get_history (self->workshop)))
    {
      if (self->autosave_id == 0)
        self->autosave_id = g_timeout_add (RECOVERY_DELAY_MS, autosave_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->autosave_id, g_source_remove);
      pt_recovery_remove (self->recovery_id);
    }
}

/* Writes the copy now, as the timer would. */
gboolean
pt_window_write_recovery (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  autosave_cb (self);
  return !self->recovery_failed;
}

const char *
pt_window_get_recovery_id (PtWindow *self)
{
  g_return_val_if_fail (PT_IS_WINDOW (self), NULL);
  return self->recovery_id;
}

/* Opens a recovered workshop here, as unsaved changes to the file it came
 * from; its copy stays until it is saved or discarded. */
gboolean
pt_window_restore (PtWindow              *self,
                   const PtRecoveryEntry *entry,
                   GError               **error)
{
  g_autoptr(PtWorkshop) workshop = NULL;
  g_autoptr(GFile) original = NULL;

  g_return_val_if_fail (PT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  workshop = pt_recovery_load (entry, error);
  if (workshop == NULL)
    return FALSE;
  /* The file being read here, if any, is what the copy replaces. */
  _pt_window_cancel_loading (self);
  if (entry->original != NULL)
    original = g_file_new_for_uri (entry->original);

  pt_recovery_remove (self->recovery_id);
  g_free (self->recovery_id);
  self->recovery_id = g_strdup (entry->id);
  /* As if the file were opened as it was then: a save checks that nobody
   * changed it since, as after any open. */
  _pt_window_set_document (self, workshop, original, original != NULL ? entry->etag : NULL);
  pt_history_mark_dirty (pt_workshop_get_history (workshop));
  /* Now this process's: write it again under its name. */
  pt_window_write_recovery (self);
  return TRUE;
}

void
_pt_window_init_recovery (PtWindow *self)
{
  self->recovery_id = pt_recovery_new_id ();
}

/* Closing: the copy stays only for a workshop closed with unsaved changes
 * that were not deliberately discarded (the session ending, say). */
void
_pt_window_dispose_recovery (PtWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->recovery_id == NULL)
    return;
  if (self->discarded || self->workshop == NULL || !pt_history_get_dirty (pt_workshop_get_history (self->workshop)))
    pt_recovery_remove (self->recovery_id);
  else
    pt_window_write_recovery (self);
  g_clear_pointer (&self->recovery_id, g_free);
}

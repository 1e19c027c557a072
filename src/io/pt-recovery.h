/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-recovery.h — keeping unsaved work safe from crashes: a recovery copy
 * of each workshop with unsaved changes, in the user's data folder, and
 * the list of those a crashed or killed process left behind. */
#pragma once

#include <gio/gio.h>

#include "pt-workshop.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;
  char      *title;        /* the workshop's, or "" */
  char      *original;     /* the URI of the file it was opened from, or NULL */
  char      *etag;         /* that file's entity tag when it was opened or
                            * last saved, or NULL: saving the restored
                            * workshop checks the file is still so */
  GDateTime *changed;      /* when it was last written */
  char      *problem;      /* why it cannot be read back, or NULL */
} PtRecoveryEntry;

GFile      *pt_recovery_folder       (void);
char       *pt_recovery_new_id       (void);
gboolean    pt_recovery_write        (const char       *id,
                                      PtWorkshop       *workshop,
                                      GFile            *original,
                                      const char       *etag,
                                      GError          **error);
void        pt_recovery_remove       (const char       *id);
GPtrArray  *pt_recovery_list         (void);
PtWorkshop *pt_recovery_load         (const PtRecoveryEntry *entry,
                                      GError          **error);
void        pt_recovery_entry_free   (PtRecoveryEntry  *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtRecoveryEntry, pt_recovery_entry_free)

G_END_DECLS

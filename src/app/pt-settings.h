/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-settings.h — the application's GSettings, when they are installed.
 *
 * GSettings aborts the program when its schema is missing (an uninstalled
 * build run by hand), so everything goes through here and copes with NULL:
 * then the defaults apply and nothing is remembered.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  PT_LANGUAGE_SYSTEM,
  PT_LANGUAGE_ENGLISH,
  PT_LANGUAGE_SWEDISH,
} PtLanguage;

GSettings  *pt_settings_get            (void);
void        pt_language_apply_setting  (GSettings *settings);

G_END_DECLS

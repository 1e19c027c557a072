/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-command.h — one undoable change.
 *
 * A command knows how to apply itself forwards and backwards; PtHistory only
 * orders them. The workshop defines the two kinds it needs (set a property,
 * insert or remove an item) in pt-workshop.c.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PtCommand PtCommand;

typedef struct
{
  void (*apply) (PtCommand *command,
                 gboolean   undo);
  void (*free)  (PtCommand *command);
} PtCommandVTable;

struct _PtCommand
{
  const PtCommandVTable *vtable;
};

G_END_DECLS

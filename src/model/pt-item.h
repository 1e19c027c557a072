/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-item.h — the base of everything a workshop holds in a collection.
 *
 * Factors, links, participants, actions, journal entries and snapshots are
 * items: they have an id that is unique in their workshop, and their state is
 * a set of GObject properties, so one generic command can change any of them
 * undoably and one generic comparison can tell whether two are equal.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PT_TYPE_ITEM (pt_item_get_type ())
G_DECLARE_DERIVABLE_TYPE (PtItem, pt_item, PT, ITEM, GObject)

struct _PtItemClass
{
  GObjectClass parent_class;

  /* The letter new ids start with: "f" for factors, "l" for links… */
  const char *id_prefix;

  /* Items with state that is not properties (snapshots) compare themselves. */
  gboolean (*equal) (PtItem *a,
                     PtItem *b);
};

const char *pt_item_get_id  (PtItem *self);
gboolean    pt_item_equal   (PtItem *a,
                             PtItem *b);
PtItem     *pt_item_copy    (PtItem *self);

gboolean    pt_object_properties_equal (GObject      *a,
                                        GObject      *b);
gboolean    pt_values_equal            (GParamSpec   *pspec,
                                        const GValue *a,
                                        const GValue *b);

G_END_DECLS

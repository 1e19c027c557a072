/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-foreign.h — PtForeign: what a file holds that this version of Power
 * Triangle does not know, kept so that saving loses none of it.
 *
 * A newer minor version of the format (or another program) may add
 * attributes and elements. The reader keeps them here, each under where it
 * was found (a path such as "factors/factor:f1"), and the writer puts them
 * back there; nothing else looks inside. The model holds them as text it
 * does not read: attribute names and values, and elements as written.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PtForeign PtForeign;

PtForeign  *pt_foreign_new            (void);
PtForeign  *pt_foreign_copy           (const PtForeign *self);
void        pt_foreign_free           (PtForeign       *self);
gboolean    pt_foreign_equal          (const PtForeign *a,
                                       const PtForeign *b);
gboolean    pt_foreign_is_empty       (const PtForeign *self);
guint       pt_foreign_get_minor      (const PtForeign *self);
void        pt_foreign_set_minor      (PtForeign       *self,
                                       guint            minor);
void        pt_foreign_add_attribute  (PtForeign       *self,
                                       const char      *where,
                                       const char      *name,
                                       const char      *value);
void        pt_foreign_add_element    (PtForeign       *self,
                                       const char      *where,
                                       const char      *xml);
GPtrArray  *pt_foreign_get_attributes (const PtForeign *self,
                                       const char      *where);
GPtrArray  *pt_foreign_get_elements   (const PtForeign *self,
                                       const char      *where);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtForeign, pt_foreign_free)

G_END_DECLS

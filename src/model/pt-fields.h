/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-fields.h — GObject properties stored as plain struct fields.
 *
 * The model's types are bags of properties. Instead of a get/set switch in
 * every class, a class lists each property's GParamSpec with the offset of
 * the field that holds it, and these functions do the rest: defaults,
 * getting, setting (strings pass the model's text rules; a change is
 * notified, a non-change is not), and freeing.
 *
 * Field types follow the pspec: string (char *), strv (GStrv), enum (int),
 * boolean (gboolean), uint (guint), double (double).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  GParamSpec *pspec;
  gsize       offset;
} PtField;

#define PT_FIELD(Type, member, pspec) { (pspec), G_STRUCT_OFFSET (Type, member) }

/* Read-write, explicitly notified properties, the model's usual kind. */
GParamSpec *pt_param_string  (const char *name);
GParamSpec *pt_param_strv    (const char *name);
GParamSpec *pt_param_enum    (const char *name,
                              GType       enum_type,
                              int         default_value);
GParamSpec *pt_param_boolean (const char *name);
GParamSpec *pt_param_uint    (const char *name,
                              guint       minimum,
                              guint       maximum,
                              guint       default_value);
GParamSpec *pt_param_double  (const char *name,
                              double      minimum,
                              double      maximum,
                              double      default_value);

void pt_fields_install  (GObjectClass *klass,
                         PtField      *fields,
                         guint         n_fields);
void pt_fields_init     (gpointer      instance,
                         GType         type);
void pt_fields_finalize (gpointer      instance,
                         GType         type);

G_END_DECLS

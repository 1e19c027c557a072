/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-link.h — PtLink: an arrow from one factor to another: how one affects the other.
 *
 * Read it through the getters; change it through pt_workshop_set (), which
 * records the change in the workshop's undo history.
 */
#pragma once

#include "pt-item.h"
#include "pt-enums.h"

G_BEGIN_DECLS

#define PT_TYPE_LINK (pt_link_get_type ())
G_DECLARE_FINAL_TYPE (PtLink, pt_link, PT, LINK, PtItem)

const char *pt_link_get_from (PtLink *self);
const char *pt_link_get_to (PtLink *self);
PtLinkKind pt_link_get_kind (PtLink *self);
const char *pt_link_get_label (PtLink *self);

G_END_DECLS

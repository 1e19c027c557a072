/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-workshop.h — PtWorkshop: one workshop document.
 *
 * It holds the metadata, the three dimensions, and collections of items
 * (participants, factors, links, actions, snapshots, journal entries), each
 * item findable by id in constant time.
 *
 * Every change goes through this API and lands in the workshop's undo
 * history. Views listen to three signals: ::item-added and ::item-removed
 * (with the position in its collection) and ::item-changed (the object — an
 * item, a dimension or the workshop itself — and the property), which is
 * enough to redraw only what changed.
 */
#pragma once

#include <glib-object.h>

#include "pt-action.h"
#include "pt-dimension.h"
#include "pt-enums.h"
#include "pt-factor.h"
#include "pt-foreign.h"
#include "pt-history.h"
#include "pt-journal-entry.h"
#include "pt-link.h"
#include "pt-participant.h"
#include "pt-snapshot.h"

G_BEGIN_DECLS

/* In the order the document format stores them: references point backwards. */
typedef enum {
  PT_ITEM_KIND_PARTICIPANT,
  PT_ITEM_KIND_FACTOR,
  PT_ITEM_KIND_LINK,
  PT_ITEM_KIND_ACTION,
  PT_ITEM_KIND_SNAPSHOT,
  PT_ITEM_KIND_JOURNAL_ENTRY,
  PT_N_ITEM_KINDS
} PtItemKind;

/* Where a factor goes: its dimension (or the tray) and its position there,
 * in the model's coordinates (0 to 1 across the triangle's box). */
typedef struct
{
  PtDimensionKind dimension;
  double          x;
  double          y;
} PtPlace;

#define PT_TYPE_WORKSHOP (pt_workshop_get_type ())
G_DECLARE_FINAL_TYPE (PtWorkshop, pt_workshop, PT, WORKSHOP, GObject)

PtWorkshop  *pt_workshop_new                (void);

const char  *pt_workshop_get_title          (PtWorkshop      *self);
const char  *pt_workshop_get_place          (PtWorkshop      *self);
const char  *pt_workshop_get_date           (PtWorkshop      *self);
const char  *pt_workshop_get_facilitator    (PtWorkshop      *self);
const char  *pt_workshop_get_focus_question (PtWorkshop      *self);
const char  *pt_workshop_get_language       (PtWorkshop      *self);
PtCycleStep  pt_workshop_get_step           (PtWorkshop      *self);
guint        pt_workshop_get_round          (PtWorkshop      *self);
PtDimension *pt_workshop_get_dimension      (PtWorkshop      *self,
                                             PtDimensionKind  kind);
const char  *pt_workshop_get_dimension_label (PtWorkshop     *self,
                                             PtDimensionKind  kind);

GPtrArray   *pt_workshop_get_items          (PtWorkshop      *self,
                                             PtItemKind       kind);
PtItem      *pt_workshop_lookup             (PtWorkshop      *self,
                                             const char      *id);
PtPerspective pt_workshop_get_voice         (PtWorkshop      *self,
                                            PtFactor        *factor);
guint        pt_workshop_count_actions      (PtWorkshop      *self,
                                             PtFactor        *factor);
guint        pt_workshop_count_links        (PtWorkshop      *self,
                                             PtFactor        *factor);
PtFactor    *pt_workshop_lookup_factor      (PtWorkshop      *self,
                                             const char      *id);
PtHistory   *pt_workshop_get_history        (PtWorkshop      *self);

gboolean     pt_workshop_set                (PtWorkshop      *self,
                                             gpointer         object,
                                             const char      *first_property,
                                             ...) G_GNUC_NULL_TERMINATED;
gboolean     pt_workshop_set_value          (PtWorkshop      *self,
                                             gpointer         object,
                                             const char      *property,
                                             const GValue    *value);
char        *pt_workshop_new_id             (PtWorkshop      *self,
                                             GType            item_type);
gboolean     pt_workshop_add                (PtWorkshop      *self,
                                             PtItem          *item);
gboolean     pt_workshop_insert             (PtWorkshop      *self,
                                             PtItem          *item,
                                             guint            position);
void         pt_workshop_remove             (PtWorkshop      *self,
                                             PtItem          *item);
void         pt_workshop_move_factors       (PtWorkshop      *self,
                                             GPtrArray       *factors,
                                             const PtPlace   *places);
void         pt_workshop_vote_factors       (PtWorkshop      *self,
                                             GPtrArray       *factors,
                                             int              delta);
void         pt_workshop_turn_factors       (PtWorkshop      *self,
                                             GPtrArray       *factors);
void         pt_workshop_delete_items       (PtWorkshop      *self,
                                             GPtrArray       *items);
PtFactor    *pt_workshop_add_factor         (PtWorkshop      *self,
                                             const char      *text,
                                             const PtPlace   *place,
                                             gboolean         hidden);
PtFactor    *pt_workshop_add_room_factor    (PtWorkshop      *self,
                                             const char      *text,
                                             PtPolarity       polarity,
                                             const PtPlace   *place,
                                             const char      *perspective);
gboolean     pt_workshop_is_lived_experience (PtWorkshop     *self,
                                             PtFactor        *factor);
guint        pt_workshop_reveal             (PtWorkshop      *self,
                                             gboolean         lived_experience_first);
GPtrArray   *pt_workshop_duplicate_factors  (PtWorkshop      *self,
                                             GPtrArray       *factors,
                                             const PtPlace   *places);
PtLink      *pt_workshop_link_factors       (PtWorkshop      *self,
                                             PtFactor        *from,
                                             PtFactor        *to);
void         pt_workshop_begin_group        (PtWorkshop      *self,
                                             const char      *label);
void         pt_workshop_end_group          (PtWorkshop      *self);

PtSnapshot  *pt_workshop_take_snapshot      (PtWorkshop      *self,
                                             const char      *taken);
PtWorkshop  *pt_workshop_view_snapshot      (PtWorkshop      *self,
                                             PtSnapshot      *snapshot);
PtSnapshot  *pt_workshop_close_round        (PtWorkshop      *self,
                                             const char      *taken);
PtSnapshot  *pt_workshop_get_snapshot       (PtWorkshop      *self,
                                             guint            round);
PtWorkshop  *pt_workshop_copy               (PtWorkshop      *self);
gboolean     pt_workshop_equal              (PtWorkshop      *a,
                                             PtWorkshop      *b);
PtForeign   *pt_workshop_get_foreign        (PtWorkshop      *self);

PtItemKind   pt_item_kind_for_type          (GType            item_type);

G_END_DECLS

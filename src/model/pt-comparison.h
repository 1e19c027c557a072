/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-comparison.h — PtComparison: what changed between an earlier round's
 * snapshot and the workshop now: the factors added, removed, moved to
 * another dimension or turned from barrier to enabler (or back), reworded
 * or voted on differently, and the links added or removed. Each factor is
 * followed through the rounds closed in between, so a change and its undoing
 * count too (moved twice, turned and turned back, removed and added again),
 * each with the round it was made in.
 * Factors and links are matched by id, which they keep from round to
 * round. */
#pragma once

#include "pt-workshop.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *added;            /* PtFactor, now */
  GPtrArray *removed;          /* PtFactor, from the snapshot */
  GPtrArray *moved;            /* PtFactor, now, in another dimension */
  GPtrArray *polarity_changed; /* PtFactor, now */
  GPtrArray *links_added;      /* PtLink, now */
  GPtrArray *links_removed;    /* PtLink, from the snapshot */
  GPtrArray *reworded;         /* PtFactor, now, its text changed */
  GPtrArray *votes_changed;    /* PtFactor, now */
  GPtrArray *returned;         /* PtFactor, now: removed, then added again */
  GPtrArray *came_and_went;    /* PtFactor, as last seen: added, then removed again */
  /* What is compared, to tell in which round each change was made. */
  PtSnapshot *earlier;
  PtWorkshop *now;
  GArray     *states;          /* private: each round's factors, in order */
} PtComparison;

/* A line of pt_comparison_lines (): a heading, or a change and the
 * factor it is about as it is now (NULL when removed, or for a heading). */
typedef struct
{
  char     *text;
  PtFactor *factor;
  gboolean  heading;
} PtComparisonLine;

PtComparison *pt_comparison_new      (PtSnapshot   *earlier,
                                      PtWorkshop   *now);
void          pt_comparison_free     (PtComparison *self);
guint         pt_comparison_n_changes (PtComparison *self);
char         *pt_comparison_describe  (PtComparison *self);
GPtrArray    *pt_comparison_lines     (PtComparison *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtComparison, pt_comparison_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-workshop-edits.c — the edits a person makes in one gesture, each one
 * step of undo and one ::changed of the history.
 *
 * The canvas, the keys, the side panel and the room's phones all edit
 * through these, so what a vote, a move or a delete does is said once.
 * Where a card should land is not decided here: the caller passes places
 * (see pt_scene_place_dropped () and pt_scene_place_in ()).
 */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-text.h"
#include "pt-workshop.h"

/* Moves each of factors to its place (places[i] for factors[i]). */
void
pt_workshop_move_factors (PtWorkshop    *self,
                          GPtrArray     *factors,
                          const PtPlace *places)
{
  g_return_if_fail (PT_IS_WORKSHOP (self));
  g_return_if_fail (factors != NULL);
  g_return_if_fail (places != NULL || factors->len == 0);

  if (factors->len == 0)
    return;
  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self, g_dngettext (GETTEXT_PACKAGE, "Move Factor", "Move Factors", factors->len));
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);

      g_return_if_fail (PT_IS_FACTOR (factor));
      if (pt_factor_get_dimension (factor) == places[i].dimension &&
          pt_factor_get_x (factor) == places[i].x && pt_factor_get_y (factor) == places[i].y)
        continue;
      pt_workshop_set (self, factor, "dimension", places[i].dimension,
                       "x", CLAMP (places[i].x, 0.0, 1.0), "y", CLAMP (places[i].y, 0.0, 1.0), NULL);
    }
  pt_workshop_end_group (self);
}

/* Adds delta dot votes (take one back with -1) to each factor, within
 * 0 to PT_MAX_VOTES. */
void
pt_workshop_vote_factors (PtWorkshop *self,
                          GPtrArray  *factors,
                          int         delta)
{
  g_return_if_fail (PT_IS_WORKSHOP (self));
  g_return_if_fail (factors != NULL);

  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self, delta > 0 ? _("Add Vote") : _("Remove Vote"));
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      int votes = (int) pt_factor_get_votes (factor) + delta;

      pt_workshop_set (self, factor, "votes", (guint) CLAMP (votes, 0, PT_MAX_VOTES), NULL);
    }
  pt_workshop_end_group (self);
}

/* Turns each barrier into an enabler and each enabler into a barrier. */
void
pt_workshop_turn_factors (PtWorkshop *self,
                          GPtrArray  *factors)
{
  g_return_if_fail (PT_IS_WORKSHOP (self));
  g_return_if_fail (factors != NULL);

  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self, _("Change Polarity"));
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);

      pt_workshop_set (self, factor, "polarity",
                       pt_factor_get_polarity (factor) == PT_POLARITY_BARRIER
                       ? PT_POLARITY_ENABLER : PT_POLARITY_BARRIER, NULL);
    }
  pt_workshop_end_group (self);
}

/* Deletes items (factors, or a link), and with a factor every link to it
 * and its place in actions. */
void
pt_workshop_delete_items (PtWorkshop *self,
                          GPtrArray  *items)
{
  g_autoptr(GPtrArray) doomed = NULL;
  const char *label;

  g_return_if_fail (PT_IS_WORKSHOP (self));
  g_return_if_fail (items != NULL);

  if (items->len == 0)
    return;
  /* The caller's array may be a view's selection, which deleting changes. */
  doomed = g_ptr_array_new_full (items->len, g_object_unref);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (doomed, g_object_ref (g_ptr_array_index (items, i)));
  /* Translators: the names of undo steps */
  label = PT_IS_LINK (g_ptr_array_index (doomed, 0))
          ? _("Delete Link")
          : g_dngettext (GETTEXT_PACKAGE, "Delete Factor", "Delete Factors", doomed->len);
  pt_workshop_begin_group (self, label);
  for (guint i = 0; i < doomed->len; i++)
    if (pt_workshop_lookup (self, pt_item_get_id (g_ptr_array_index (doomed, i))) == g_ptr_array_index (doomed, i))
      pt_workshop_remove (self, g_ptr_array_index (doomed, i));
  pt_workshop_end_group (self);
}

/* A new factor with text at place, face down if hidden. */
PtFactor *
pt_workshop_add_factor (PtWorkshop    *self,
                        const char    *text,
                        const PtPlace *place,
                        gboolean       hidden)
{
  g_autofree char *id = NULL;
  g_autoptr(PtFactor) factor = NULL;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (text != NULL && place != NULL, NULL);

  id = pt_workshop_new_id (self, PT_TYPE_FACTOR);
  factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text, "dimension", place->dimension,
                         "x", CLAMP (place->x, 0.0, 1.0), "y", CLAMP (place->y, 0.0, 1.0),
                         "hidden", hidden, NULL);
  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self, _("Add Factor"));
  pt_workshop_add (self, PT_ITEM (factor));
  pt_workshop_end_group (self);
  return factor;
}

/* A factor sent from a phone in the room: face down until revealed,
 * anonymous, with the perspective its sender gave (a PtPerspective nick,
 * or "" for none), as one step. */
PtFactor *
pt_workshop_add_room_factor (PtWorkshop    *self,
                             const char    *text,
                             PtPolarity     polarity,
                             const PtPlace *place,
                             const char    *perspective)
{
  g_autofree char *id = NULL;
  g_autoptr(PtFactor) factor = NULL;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (text != NULL && place != NULL && perspective != NULL, NULL);

  id = pt_workshop_new_id (self, PT_TYPE_FACTOR);
  factor = g_object_new (PT_TYPE_FACTOR, "id", id, "text", text, "dimension", place->dimension,
                         "polarity", polarity,
                         "x", CLAMP (place->x, 0.0, 1.0), "y", CLAMP (place->y, 0.0, 1.0),
                         "hidden", TRUE, "from-room", TRUE, "perspective", perspective, NULL);
  /* Translators: the name of an undo step: a card sent from a phone */
  pt_workshop_begin_group (self, _("Card from the Room"));
  pt_workshop_add (self, PT_ITEM (factor));
  pt_workshop_end_group (self);
  return factor;
}

/* Whether factor speaks from lived experience: sent by a resident (user)
 * or a relative, or raised by a participant who is one. */
gboolean
pt_workshop_is_lived_experience (PtWorkshop *self,
                                 PtFactor   *factor)
{
  const char *perspective = pt_factor_get_perspective (factor);
  const char *raised_by = pt_factor_get_raised_by (factor);
  PtItem *participant = raised_by[0] != '\0' ? pt_workshop_lookup (self, raised_by) : NULL;

  if (g_str_equal (perspective, "user") || g_str_equal (perspective, "relative"))
    return TRUE;
  if (PT_IS_PARTICIPANT (participant))
    {
      PtPerspective p = pt_participant_get_perspective (PT_PARTICIPANT (participant));

      return p == PT_PERSPECTIVE_USER || p == PT_PERSPECTIVE_RELATIVE;
    }
  return FALSE;
}

/* Turns face-down cards up, as one step. With lived_experience_first,
 * while any face-down card speaks from lived experience only those are
 * turned, so the room hears residents and relatives before staff and
 * managers; the next call turns the rest. Returns how many were turned. */
guint
pt_workshop_reveal (PtWorkshop *self,
                    gboolean    lived_experience_first)
{
  GPtrArray *factors;
  gboolean only_lived = FALSE;
  guint revealed = 0;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), 0);

  factors = pt_workshop_get_items (self, PT_ITEM_KIND_FACTOR);
  for (guint i = 0; lived_experience_first && !only_lived && i < factors->len; i++)
    only_lived = pt_factor_get_hidden (g_ptr_array_index (factors, i)) &&
                 pt_workshop_is_lived_experience (self, g_ptr_array_index (factors, i));
  pt_workshop_begin_group (self, only_lived
                                 /* Translators: the name of an undo step */
                                 ? _("Reveal Residents’ and Relatives’ Cards")
                                 /* Translators: the name of an undo step */
                                 : _("Reveal Cards"));
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);

      if (pt_factor_get_hidden (factor) && (!only_lived || pt_workshop_is_lived_experience (self, factor)))
        {
          pt_workshop_set (self, factor, "hidden", FALSE, NULL);
          revealed++;
        }
    }
  pt_workshop_end_group (self);
  return revealed;
}

/* A copy of each factor (text, notes, polarity, voice, privacy; not its
 * votes or links) at places[i]. Returns the copies, in order. */
GPtrArray *
pt_workshop_duplicate_factors (PtWorkshop    *self,
                               GPtrArray     *factors,
                               const PtPlace *places)
{
  GPtrArray *copies;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);
  g_return_val_if_fail (factors != NULL && (places != NULL || factors->len == 0), NULL);

  copies = g_ptr_array_new_full (factors->len, g_object_unref);
  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self, g_dngettext (GETTEXT_PACKAGE, "Duplicate Factor", "Duplicate Factors",
                                              factors->len));
  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);
      g_autofree char *id = pt_workshop_new_id (self, PT_TYPE_FACTOR);
      PtFactor *copy = g_object_new (PT_TYPE_FACTOR,
                                     "id", id,
                                     "text", pt_factor_get_text (factor),
                                     "notes", pt_factor_get_notes (factor),
                                     "dimension", places[i].dimension,
                                     "polarity", pt_factor_get_polarity (factor),
                                     "raised-by", pt_factor_get_raised_by (factor),
                                     "private", pt_factor_get_private (factor),
                                     "x", CLAMP (places[i].x, 0.0, 1.0),
                                     "y", CLAMP (places[i].y, 0.0, 1.0),
                                     NULL);

      pt_workshop_add (self, PT_ITEM (copy));
      g_ptr_array_add (copies, copy);
    }
  pt_workshop_end_group (self);
  return copies;
}

/* Links from to to (kind "relates" until the group says more); NULL when
 * that would link a factor to itself. */
PtLink *
pt_workshop_link_factors (PtWorkshop *self,
                          PtFactor   *from,
                          PtFactor   *to)
{
  g_autofree char *id = NULL;
  g_autoptr(PtLink) link = NULL;

  g_return_val_if_fail (PT_IS_WORKSHOP (self), NULL);

  if (from == NULL || to == NULL || from == to)
    return NULL;
  id = pt_workshop_new_id (self, PT_TYPE_LINK);
  link = g_object_new (PT_TYPE_LINK, "id", id,
                       "from", pt_item_get_id (PT_ITEM (from)),
                       "to", pt_item_get_id (PT_ITEM (to)),
                       "kind", PT_LINK_KIND_RELATES, NULL);
  /* Translators: the name of an undo step */
  pt_workshop_begin_group (self, _("Add Link"));
  pt_workshop_add (self, PT_ITEM (link));
  pt_workshop_end_group (self);
  return link;
}

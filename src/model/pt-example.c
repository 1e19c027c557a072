/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-example.c — the example workshop, in the interface's language.
 *
 * A workshop at an imagined care home for older people, with factors drawn
 * from what the paper reports (written in our own words). Every text is
 * translatable, so "New from Example" speaks the language of the interface;
 * data/examples/ holds the same workshop as files, and a test keeps the two
 * saying the same thing.
 */
#define G_LOG_DOMAIN "pt-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pt-example.h"

typedef struct
{
  const char      *text;
  const char      *notes;
  PtDimensionKind  dimension;
  PtPolarity       polarity;
  const char      *raised_by;
  guint            votes;
} ExampleFactor;

typedef struct
{
  const char *from;
  const char *to;
  PtLinkKind  kind;
  const char *label;
} ExampleLink;

/* Translators: the example workshop's factors: barriers and enablers of
 * co-production named at a care home for older people. */
static const ExampleFactor factors[] = {
  { N_("Residents have little energy for meetings"), N_("Long meetings in the afternoon tire the residents out."),
    PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, "p1", 3 },
  { N_("No time set aside for improvement work"), "",
    PT_DIMENSION_RESOURCES, PT_POLARITY_BARRIER, "p3", 1 },
  { N_("Relatives speak for those who cannot"), "",
    PT_DIMENSION_RESOURCES, PT_POLARITY_ENABLER, "p2", 2 },
  { N_("Short talks instead of group meetings"), N_("An adapted way to take part: ten minutes at the bedside."),
    PT_DIMENSION_RESOURCES, PT_POLARITY_ENABLER, "p5", 0 },
  { N_("The municipality funds a coach"), "",
    PT_DIMENSION_RESOURCES, PT_POLARITY_ENABLER, "p4", 0 },
  { N_("Staff decide without asking"), N_("A paternalistic care ideology: “we know what they need”."),
    PT_DIMENSION_DISCOURSES, PT_POLARITY_BARRIER, "p2", 2 },
  { N_("Doubt that frail residents can contribute"), "",
    PT_DIMENSION_DISCOURSES, PT_POLARITY_BARRIER, "p5", 1 },
  { N_("Residents keep quiet so as not to be a burden"), "",
    PT_DIMENSION_DISCOURSES, PT_POLARITY_BARRIER, "p1", 2 },
  { N_("Seeing the resident as an active subject"), "",
    PT_DIMENSION_DISCOURSES, PT_POLARITY_ENABLER, "p3", 1 },
  { N_("Improvement work without prestige"), "",
    PT_DIMENSION_DISCOURSES, PT_POLARITY_ENABLER, "p4", 0 },
  { N_("Taking time to listen"), "",
    PT_DIMENSION_DISCOURSES, PT_POLARITY_ENABLER, "p2", 1 },
  { N_("Understaffing, especially at weekends"), "",
    PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER, "p3", 3 },
  { N_("New temporary staff every week"), "",
    PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER, "p2", 1 },
  { N_("Views collected cannot be acted on locally"), "",
    PT_DIMENSION_CONTEXTS, PT_POLARITY_BARRIER, "p4", 0 },
  { N_("Managers who back improvement work"), "",
    PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER, "p4", 0 },
  { N_("A contact person who knows the resident"), "",
    PT_DIMENSION_CONTEXTS, PT_POLARITY_ENABLER, "p1", 1 },
};

/* Translators: what the example workshop wrote on its links */
static const ExampleLink links[] = {
  { "f10", "f4", PT_LINK_KIND_REINFORCES, N_("open attitudes make room for new ways to take part") },
  { "f12", "f11", PT_LINK_KIND_HINDERS, N_("no time to listen") },
  { "f13", "f16", PT_LINK_KIND_HINDERS, "" },
  { "f6", "f8", PT_LINK_KIND_REINFORCES, "" },
  { "f15", "f2", PT_LINK_KIND_RELATES, N_("managers can set time aside") },
};

static PtItem *
participant (const char    *id,
             const char    *name,
             PtPerspective  perspective)
{
  return g_object_new (PT_TYPE_PARTICIPANT, "id", id, "name", name, "perspective", perspective, NULL);
}

static void
add (PtWorkshop *workshop,
     gpointer    item)
{
  pt_workshop_add (workshop, PT_ITEM (item));
  g_object_unref (item);
}

/* The example, as a workshop with an empty history. Factors stand at their
 * dimension's centre; a view lays them out (it knows how large cards are). */
PtWorkshop *
pt_example_new (void)
{
  PtWorkshop *workshop = pt_workshop_new ();
  const char *addressed[] = { "f12", "f11", NULL };

  g_object_set (workshop,
                /* Translators: the example workshop's title */
                "title", _("Co-production at Lindgården care home"),
                /* Translators: where the example workshop took place */
                "place", _("Lindgården, day room"),
                "date", "2021-03-16",
                "facilitator", "Sofia Berg",
                /* Translators: the example workshop's focus question, in the triangle's centre */
                "focus-question", _("What is best for the person we serve?"),
                /* Translators: the language code of this translation ("sv" for Swedish) */
                "language", _("en"),
                "step", PT_CYCLE_STEP_INTERACTION,
                NULL);
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    g_object_set (pt_workshop_get_dimension (workshop, k), "label", pt_dimension_kind_to_label (k), NULL);

  /* Translators: the example workshop's participants (pseudonyms) and their roles */
  add (workshop, participant ("p1", _("Anna (resident)"), PT_PERSPECTIVE_USER));
  add (workshop, participant ("p2", _("Erik (son of a resident)"), PT_PERSPECTIVE_RELATIVE));
  add (workshop, participant ("p3", _("Maria (assistant nurse)"), PT_PERSPECTIVE_STAFF));
  add (workshop, participant ("p4", _("Lars (unit manager)"), PT_PERSPECTIVE_MANAGER));
  add (workshop, participant ("p5", _("Sofia (improvement coach)"), PT_PERSPECTIVE_IMPROVEMENT_COACH));

  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    {
      g_autofree char *id = g_strdup_printf ("f%u", i + 1);
      const ExampleFactor *f = &factors[i];

      add (workshop, g_object_new (PT_TYPE_FACTOR, "id", id,
                                   "text", _(f->text),
                                   "notes", f->notes[0] != '\0' ? _(f->notes) : "",
                                   "dimension", f->dimension, "polarity", f->polarity,
                                   "raised-by", f->raised_by, "votes", f->votes,
                                   NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *id = g_strdup_printf ("l%u", i + 1);

      add (workshop, g_object_new (PT_TYPE_LINK, "id", id, "from", links[i].from, "to", links[i].to,
                                   "kind", links[i].kind,
                                   "label", links[i].label[0] != '\0' ? _(links[i].label) : "",
                                   NULL));
    }

  add (workshop, g_object_new (PT_TYPE_ACTION, "id", "a1",
                               /* Translators: an action the example workshop decided on */
                               "text", _("Protect twenty minutes a day for talking with residents"),
                               "owner", "Lars", "due", "2021-05-01", "factors", addressed, NULL));
  add (workshop, g_object_new (PT_TYPE_JOURNAL_ENTRY, "id", "j1", "step", PT_CYCLE_STEP_REACTION,
                               /* Translators: the example workshop's journal note */
                               "text", _("The room agreed quickly on the barriers in contexts; "
                                         "the discourses took longer to name."),
                               NULL));

  pt_history_clear (pt_workshop_get_history (workshop));
  return workshop;
}


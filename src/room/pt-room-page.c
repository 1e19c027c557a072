/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pt-room-page.c — the page a phone in the room sees.
 *
 * Its words are in a table of English and Swedish here, not in the
 * message catalogue: the page speaks the phone's language, whatever the
 * laptop's, and gettext gives a process one language at a time.
 *
 * The page is page/page.html from the resources, its {{names}} filled in:
 * every text escaped (a card reading <script> is a card reading
 * <script>), and the few pieces of markup built here from escaped texts.
 */
#define G_LOG_DOMAIN "pt-room"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "pt-enum-types.h"
#include "pt-privacy.h"
#include "pt-room-page.h"
#include "pt-text.h"

#define PAGE_RESOURCE "/io/github/powertriangle/PowerTriangle/room/page.html"

typedef struct
{
  const char *name;
  const char *english;
  const char *swedish;
} Words;

/* The page's words, by the name of their {{place}} in page.html. */
static const Words page_words[] = {
  { "title", "Write to the room", "Skriv till rummet" },
  { "question_label", "The question", "Frågan" },
  { "text_label", "What do you see? One thing at a time.", "Vad ser du? En sak i taget." },
  { "polarity_legend", "Is it a barrier or an enabler?", "Är det ett hinder eller en möjliggörare?" },
  { "dimension_legend", "Where does it belong?", "Var hör det hemma?" },
  { "perspective_legend", "Who are you? (You may leave this. Never your name.)",
    "Vem är du? (Du kan hoppa över det. Aldrig ditt namn.)" },
  { "anonymous_note", "Anonymous: the facilitator’s laptop gets the words, not who wrote them. "
    "They stay face down until the group turns them up.",
    "Anonymt: samtalsledarens dator får orden, inte vem som skrev dem. "
    "De ligger nedvända tills gruppen vänder upp dem." },
  { "send", "Send", "Skicka" },
  { "yours", "What you have sent from this phone", "Det du har skickat från den här telefonen" },
  { "offline", "Not sent: the laptop did not answer. Is collecting still on?",
    "Inte skickat: datorn svarade inte. Samlar den fortfarande in?" },
  { "votes_heading", "Place your dots", "Sätt ut dina prickar" },
  { "vote", "Give a dot", "Ge en prick" },
  { "no_question", "What is best for the person we serve?", "Vad är bäst för den vi är till för?" },
};

static const Words choice_words[] = {
  { "barrier", "Barrier", "Hinder" },
  { "barrier_line", "It holds us back.", "Det håller oss tillbaka." },
  { "enabler", "Enabler", "Möjliggörare" },
  { "enabler_line", "It helps us.", "Det hjälper oss." },
  { "resources_line", "Time, staff, money, support — and the person’s own strengths.",
    "Tid, personal, pengar, stöd — och personens egna resurser." },
  { "discourses_line", "Attitudes: how people are seen, who is listened to.",
    "Attityder: hur människor ses, vem som blir lyssnad på." },
  { "contexts_line", "The organisation: staffing, continuity, whether views lead anywhere.",
    "Organisationen: bemanning, kontinuitet, om synpunkter leder någonstans." },
  { "unplaced", "Not sure", "Vet inte" },
  { "unplaced_line", "The group decides together.", "Gruppen bestämmer tillsammans." },
  { "resources", "Resources", "Resurser" },
  { "discourses", "Discourses", "Diskurser" },
  { "contexts", "Contexts", "Kontexter" },
  { "none", "I would rather not say", "Vill inte säga" },
  { "user", "Resident or user of the service", "Boende eller brukare" },
  { "relative", "Relative", "Anhörig" },
  { "staff", "Staff", "Personal" },
  { "manager", "Manager", "Chef" },
  { "improvement-coach", "Improvement coach", "Förbättringscoach" },
  { "other", "Other", "Annan" },
};

static const Words messages[PT_ROOM_N_MESSAGES] = {
  [PT_ROOM_TEXT_SENT] = { NULL, "Sent — write another?", "Skickat — skriv en till?" },
  [PT_ROOM_TEXT_EMPTY] = { NULL, "Write something first.", "Skriv något först." },
  [PT_ROOM_TEXT_TOO_LONG] = { NULL, "The text is longer than %u characters.", "Texten är längre än %u tecken." },
  [PT_ROOM_TEXT_NOT_ALLOWED] = { NULL, "The text contains characters that are not allowed.",
                                 "Texten innehåller tecken som inte är tillåtna." },
  [PT_ROOM_TEXT_BAD_POLARITY] = { NULL, "Choose barrier or enabler.", "Välj hinder eller möjliggörare." },
  [PT_ROOM_TEXT_BAD_DIMENSION] = { NULL, "Choose where it belongs, or Not sure.",
                                   "Välj var det hör hemma, eller Vet inte." },
  [PT_ROOM_TEXT_BAD_PERSPECTIVE] = { NULL, "Choose who you are, or I would rather not say.",
                                     "Välj vem du är, eller Vill inte säga." },
  [PT_ROOM_TEXT_TOO_FAST] = { NULL, "Slow down a little: wait a few seconds and send again.",
                              "Ta det lugnt: vänta några sekunder och skicka igen." },
  [PT_ROOM_TEXT_OLD_PAGE] = { NULL, "This page is old: reload it and send again.",
                              "Sidan är gammal: ladda om den och skicka igen." },
  [PT_ROOM_TEXT_TOO_LARGE] = { NULL, "That is too much to send at once.", "Det är för mycket att skicka på en gång." },
  [PT_ROOM_TEXT_VOTED] = { NULL, "Dot placed.", "Pricken är satt." },
  [PT_ROOM_TEXT_DOTS_LEFT] = { NULL, "You have %u dots to place.", "Du har %u prickar att sätta ut." },
  [PT_ROOM_TEXT_NO_DOTS] = { NULL, "Your dots are all placed. Thank you!", "Alla dina prickar är satta. Tack!" },
  [PT_ROOM_TEXT_NOT_VOTING] = { NULL, "Voting is not open now.", "Röstningen är inte öppen nu." },
  [PT_ROOM_TEXT_BAD_CARD] = { NULL, "That card cannot be voted on.", "Det kortet går inte att rösta på." },
  [PT_ROOM_TEXT_NOT_FOUND] = { NULL, "Not found", "Not found" },
};

static const char *
words (const Words    *table,
       gsize           n,
       const char     *name,
       PtRoomLanguage  language)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (table[i].name, name))
      return language == PT_ROOM_SWEDISH ? table[i].swedish : table[i].english;
  g_return_val_if_reached ("");
}

#define CHOICE(name, language) words (choice_words, G_N_ELEMENTS (choice_words), (name), (language))

/* The page's language: asked for (?lang=), else the first of Swedish or
 * English in the browser's Accept-Language, else English. */
PtRoomLanguage
pt_room_language_for (const char *accept_language,
                      const char *asked)
{
  g_auto(GStrv) ranges = NULL;
  double best_sv = 0, best_en = 0;

  if (g_strcmp0 (asked, "sv") == 0)
    return PT_ROOM_SWEDISH;
  if (g_strcmp0 (asked, "en") == 0 || accept_language == NULL)
    return PT_ROOM_ENGLISH;
  ranges = g_strsplit (accept_language, ",", 32);
  for (guint i = 0; ranges[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (ranges[i], ";", 2);
      const char *tag = g_strstrip (parts[0]);
      const char *q = parts[1] != NULL ? strstr (parts[1], "q=") : NULL;
      double weight = q != NULL ? g_ascii_strtod (q + 2, NULL) : 1.0;

      if (g_ascii_strncasecmp (tag, "sv", 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
        best_sv = MAX (best_sv, weight);
      else if (g_ascii_strncasecmp (tag, "en", 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
        best_en = MAX (best_en, weight);
    }
  return best_sv > best_en ? PT_ROOM_SWEDISH : PT_ROOM_ENGLISH;
}

/* A message with a number in it, in place of its %u. */
char *
pt_room_message_with (PtRoomLanguage language,
                      PtRoomMessage  message,
                      guint          number)
{
  g_auto(GStrv) parts = g_strsplit (pt_room_message (language, message), "%u", 2);
  g_autofree char *digits = g_strdup_printf ("%u", number);

  return g_strjoinv (digits, parts);
}

const char *
pt_room_message (PtRoomLanguage language,
                 PtRoomMessage  message)
{
  g_return_val_if_fail (message < PT_ROOM_N_MESSAGES, "");
  return language == PT_ROOM_SWEDISH ? messages[message].swedish : messages[message].english;
}

/* The cards a phone may put dots on: face up and not private. */
GPtrArray *
pt_room_vote_cards (PtWorkshop *workshop)
{
  GPtrArray *factors = pt_workshop_get_items (workshop, PT_ITEM_KIND_FACTOR);
  GPtrArray *cards = g_ptr_array_new ();

  for (guint i = 0; i < factors->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (factors, i);

      if (!pt_factor_get_hidden (factor) && !pt_privacy_is_private (workshop, factor))
        g_ptr_array_add (cards, factor);
    }
  return cards;
}

/* A radio choice: the words, and a line under them. */
static void
append_choice (GString    *html,
               const char *field,
               const char *value,
               const char *label,
               const char *line,
               const char *kind,
               gboolean    checked)
{
  g_autofree char *markup =
    g_markup_printf_escaped ("<label class=\"choice%s%s\"><input type=\"radio\" name=\"%s\" value=\"%s\"%s%s>"
                             "<span>%s",
                             kind != NULL ? " " : "", kind != NULL ? kind : "", field, value,
                             checked ? " checked" : "", g_str_equal (field, "perspective") ? "" : " required",
                             label);
  g_autofree char *under = line != NULL ? g_markup_printf_escaped ("<small>%s</small>", line) : NULL;

  g_string_append (html, markup);
  if (under != NULL)
    g_string_append (html, under);
  g_string_append (html, "</span></label>\n");
}

static char *
polarities_html (const PtRoomPage *page)
{
  GString *html = g_string_new (NULL);

  append_choice (html, "polarity", "barrier", CHOICE ("barrier", page->language),
                 CHOICE ("barrier_line", page->language), "barrier", g_strcmp0 (page->polarity, "barrier") == 0);
  append_choice (html, "polarity", "enabler", CHOICE ("enabler", page->language),
                 CHOICE ("enabler_line", page->language), "enabler", g_strcmp0 (page->polarity, "enabler") == 0);
  return g_string_free (html, FALSE);
}

/* The group's own names for the dimensions, each with a line. */
static char *
dimensions_html (PtWorkshop       *workshop,
                 const PtRoomPage *page)
{
  static const char *lines[] = { NULL, "resources_line", "discourses_line", "contexts_line" };
  GString *html = g_string_new (NULL);

  for (PtDimensionKind d = PT_DIMENSION_RESOURCES; d <= PT_DIMENSION_CONTEXTS; d++)
    {
      PtDimension *dimension = pt_workshop_get_dimension (workshop, d);
      const char *nick = pt_enum_to_nick (PT_TYPE_DIMENSION_KIND, d);
      const char *own = pt_dimension_get_label (dimension);
      const char *description = pt_dimension_get_description (dimension);

      append_choice (html, "dimension", nick, own[0] != '\0' ? own : CHOICE (nick, page->language),
                     description[0] != '\0' ? description : CHOICE (lines[d], page->language), NULL,
                     g_strcmp0 (page->dimension, nick) == 0);
    }
  append_choice (html, "dimension", "unplaced", CHOICE ("unplaced", page->language),
                 CHOICE ("unplaced_line", page->language), NULL,
                 page->dimension == NULL || g_str_equal (page->dimension, "unplaced"));
  return g_string_free (html, FALSE);
}

static char *
perspectives_html (const PtRoomPage *page)
{
  static const char *nicks[] = { "user", "relative", "staff", "manager", "improvement-coach", "other" };
  GString *html = g_string_new (NULL);

  append_choice (html, "perspective", "", CHOICE ("none", page->language), NULL, NULL,
                 page->perspective == NULL || page->perspective[0] == '\0');
  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    append_choice (html, "perspective", nicks[i], CHOICE (nicks[i], page->language), NULL, NULL,
                   g_strcmp0 (page->perspective, nicks[i]) == 0);
  return g_string_free (html, FALSE);
}

/* While voting is open: the revealed cards, each with a button that
 * places a dot. */
static char *
votes_html (PtWorkshop       *workshop,
            const PtRoomPage *page)
{
  g_autoptr(GPtrArray) cards = NULL;
  GString *html;
  g_autofree char *heading = NULL, *left = NULL;

  if (!page->voting)
    return g_strdup ("");
  cards = pt_room_vote_cards (workshop);
  html = g_string_new (NULL);
  heading = g_markup_printf_escaped ("<section id=\"votes\"><h2>%s</h2>\n",
                                     words (page_words, G_N_ELEMENTS (page_words), "votes_heading", page->language));
  g_string_append (html, heading);
  left = page->dots_left > 0
         ? pt_room_message_with (page->language, PT_ROOM_TEXT_DOTS_LEFT, page->dots_left)
         : g_strdup (pt_room_message (page->language, PT_ROOM_TEXT_NO_DOTS));
  {
    g_autofree char *markup = g_markup_printf_escaped ("<p>%s</p>\n<ul class=\"cards\">\n", left);

    g_string_append (html, markup);
  }
  for (guint i = 0; i < cards->len; i++)
    {
      PtFactor *factor = g_ptr_array_index (cards, i);
      g_autofree char *item =
        g_markup_printf_escaped ("<li><span>%s</span><form method=\"post\" action=\"%svote\">"
                                 "<input type=\"hidden\" name=\"session\" value=\"%s\">"
                                 "<input type=\"hidden\" name=\"factor\" value=\"%s\">"
                                 "<button class=\"vote\" type=\"submit\"%s>%s</button></form></li>\n",
                                 pt_factor_get_text (factor), page->base, page->session,
                                 pt_item_get_id (PT_ITEM (factor)), page->dots_left == 0 ? " disabled" : "",
                                 words (page_words, G_N_ELEMENTS (page_words), "vote", page->language));

      g_string_append (html, item);
    }
  g_string_append (html, "</ul></section>\n");
  return g_string_free (html, FALSE);
}

/* What goes in {{name}}: escaped text, or for a name ending in _html,
 * markup built above. */
static char *
fill (PtWorkshop       *workshop,
      const PtRoomPage *page,
      const char       *name)
{
  PtRoomLanguage other = page->language == PT_ROOM_SWEDISH ? PT_ROOM_ENGLISH : PT_ROOM_SWEDISH;
  const char *text = NULL;

  if (g_str_equal (name, "notice_html"))
    return page->notice == NULL ? g_strdup ("")
           : g_markup_printf_escaped ("<p%s>%s</p>", page->notice_is_error ? " class=\"error\"" : "", page->notice);
  if (g_str_equal (name, "votes_html"))
    return votes_html (workshop, page);
  if (g_str_equal (name, "polarities_html"))
    return polarities_html (page);
  if (g_str_equal (name, "dimensions_html"))
    return dimensions_html (workshop, page);
  if (g_str_equal (name, "perspectives_html"))
    return perspectives_html (page);

  if (g_str_equal (name, "lang"))
    text = page->language == PT_ROOM_SWEDISH ? "sv" : "en";
  else if (g_str_equal (name, "other_lang"))
    text = other == PT_ROOM_SWEDISH ? "sv" : "en";
  else if (g_str_equal (name, "other_language"))
    text = other == PT_ROOM_SWEDISH ? "Svenska" : "English";
  else if (g_str_equal (name, "base"))
    text = page->base;
  else if (g_str_equal (name, "session"))
    text = page->session;
  else if (g_str_equal (name, "submission"))
    text = page->submission;
  else if (g_str_equal (name, "text"))
    text = page->text != NULL ? page->text : "";
  else if (g_str_equal (name, "question"))
    {
      text = pt_workshop_get_focus_question (workshop);
      if (text[0] == '\0')
        text = words (page_words, G_N_ELEMENTS (page_words), "no_question", page->language);
    }
  else
    text = words (page_words, G_N_ELEMENTS (page_words), name, page->language);
  return g_markup_escape_text (text, -1);
}

char *
pt_room_page_render (PtWorkshop       *workshop,
                     const PtRoomPage *page)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (PAGE_RESOURCE, 0, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p, *end;

  g_return_val_if_fail (PT_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  p = g_bytes_get_data (bytes, NULL);
  end = p + g_bytes_get_size (bytes);
  while (p < end)
    {
      const char *open = g_strstr_len (p, end - p, "{{");
      const char *close = open != NULL ? g_strstr_len (open, end - open, "}}") : NULL;
      g_autofree char *name = NULL, *value = NULL;

      if (open == NULL || close == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, open - p);
      name = g_strndup (open + 2, close - open - 2);
      value = fill (workshop, page, name);
      g_string_append (out, value);
      p = close + 2;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

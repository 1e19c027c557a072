/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-i18n.c — the interface speaks the language it is started in.
 *
 * Run twice by meson: with LANGUAGE=sv and EXPECT=sv, and with LANGUAGE=en
 * and EXPECT=en (LANG=C.UTF-8: glibc here has no other locale, and LANGUAGE
 * is ignored in the C locale). Checks the window title,
 * the main menu, the dimensions' names on the canvas, a card's name and
 * how dates are written.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "pt-application.h"
#include "pt-card.h"
#include "pt-date-button.h"
#include "pt-text.h"
#include "pt-window.h"

static gboolean
swedish (void)
{
  return g_strcmp0 (g_getenv ("EXPECT"), "sv") == 0;
}

static PtWindow *
new_window (void)
{
  static PtApplication *app;

  if (app == NULL)
    {
      app = pt_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
    }
  return pt_window_new (app);
}

static GtkWidget *
find_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_labels (GMenuModel *model,
                GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_string_append_printf (out, "%s|", label);
      if (section != NULL)
        collect_labels (section, out);
    }
}

static void
test_window_and_menu (void)
{
  PtWindow *window = new_window ();
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *button = find_menu_button (titlebar);
  g_autoptr(GString) labels = g_string_new ("|");

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   swedish () ? "Ny workshop — Makttriangeln" : "New Workshop — Power Triangle");

  g_assert_nonnull (button);
  /* The menu is made when first opened. */
  gtk_window_present (GTK_WINDOW (window));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  collect_labels (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), labels);
  if (swedish ())
    {
      g_assert_nonnull (strstr (labels->str, "|_Ny workshop|Ny från _exempel|_Öppna…|Öppna _tidigare|"));
      g_assert_nonnull (strstr (labels->str, "|_Spara|Spara _som…|"));
      g_assert_null (strstr (labels->str, "Save"));
    }
  else
    {
      g_assert_nonnull (strstr (labels->str, "|_New Workshop|New from _Example|_Open…|Open _Recent|"));
      g_assert_nonnull (strstr (labels->str, "|_Save|Save _As…|"));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_canvas_words (void)
{
  PtWindow *window = new_window ();
  PtWorkshop *ws = pt_window_get_workshop (window);
  const char *sv[] = { "Resurser", "Diskurser", "Kontexter" };
  const char *en[] = { "Resources", "Discourses", "Contexts" };
  g_autoptr(PtFactor) factor = g_object_new (PT_TYPE_FACTOR, "id", "f1", "text", "Tid",
                                             "dimension", PT_DIMENSION_CONTEXTS, NULL);
  PtCard *card;

  /* The labels the canvas draws for a workshop that has not renamed them. */
  for (PtDimensionKind k = PT_DIMENSION_RESOURCES; k <= PT_DIMENSION_CONTEXTS; k++)
    g_assert_cmpstr (pt_dimension_get_display_label (pt_workshop_get_dimension (ws, k)), ==,
                     (swedish () ? sv : en)[k - PT_DIMENSION_RESOURCES]);
  g_assert_cmpstr (pt_cycle_step_to_label (PT_CYCLE_STEP_ACTION), ==, swedish () ? "Aktion" : "Action");
  g_assert_cmpstr (pt_dimension_kind_to_label (PT_DIMENSION_UNPLACED), ==, swedish () ? "Oplacerade" : "Unplaced");

  /* A card's name for screen readers, in the same language. */
  pt_workshop_add (ws, PT_ITEM (factor));
  card = PT_CARD (pt_canvas_get_card (pt_window_get_canvas (window), factor));
  g_assert_nonnull (card);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (card), "pt-accessible-label"), ==,
                   swedish () ? "Hinder i Kontexter: Tid" : "Barrier in Contexts: Tid");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Dates follow the interface's language, not the computer's locale (C
 * here): ISO in Swedish, "16 Mar 2021" in English; the side panel's due
 * date too. */
static void
test_dates (void)
{
  const char *expected = swedish () ? "2021-03-16" : "16 Mar 2021";
  g_autofree char *date = pt_format_date ("2021-03-16");
  GtkWidget *button = g_object_ref_sink (pt_date_button_new ());
  GtkWidget *menu_button = gtk_widget_get_first_child (button);

  g_assert_cmpstr (date, ==, expected);
  pt_date_button_set_date (PT_DATE_BUTTON (button), "2021-03-16");
  g_assert_true (GTK_IS_MENU_BUTTON (menu_button));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (menu_button)), ==, expected);
  g_object_unref (button);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("POWER_TRIANGLE_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/window-and-menu", test_window_and_menu);
  g_test_add_func ("/i18n/canvas-words", test_canvas_words);
  g_test_add_func ("/i18n/dates", test_dates);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-util.h — small helpers the GUI tests share: the bundled example,
 * and finding widgets inside a view the way a user would meet them. */
#pragma once

#include <gtk/gtk.h>

#include "pt-application.h"
#include "pt-reader.h"

/* The English example workshop's file. */
static inline GFile *
test_example_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "examples", "lindgarden-en.ptw", NULL);

  return g_file_new_for_path (path);
}

/* The English example workshop, loaded afresh. */
static inline PtWorkshop *
test_load_example (void)
{
  g_autoptr(GFile) file = test_example_file ();
  PtWorkshop *workshop = pt_reader_load_file (file, NULL, NULL);

  g_assert_nonnull (workshop);
  return workshop;
}

static inline void
test_collect_widgets (GtkWidget *root,
                      GType      type,
                      GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    test_collect_widgets (child, type, found);
}

/* The widgets of one type under root, in tree order. */
static inline GPtrArray *
test_widgets_of (gpointer root,
                 GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  test_collect_widgets (GTK_WIDGET (root), type, found);
  return found;
}

/* The first widget of a type under root with this tooltip. */
static inline gpointer
test_widget_with_tooltip (gpointer    root,
                          GType       type,
                          const char *tooltip)
{
  g_autoptr(GPtrArray) widgets = test_widgets_of (root, type);

  for (guint i = 0; i < widgets->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (widgets, i)), tooltip) == 0)
      return g_ptr_array_index (widgets, i);
  g_error ("no %s with the tooltip “%s”", g_type_name (type), tooltip);
}

/* The first button under root with this tooltip, clicked. */
static inline void
test_click_button_with_tooltip (gpointer    root,
                                const char *tooltip)
{
  g_signal_emit_by_name (test_widget_with_tooltip (root, GTK_TYPE_BUTTON, tooltip), "clicked");
}

/* Lets idle work (list rebuilds, allocation) happen. */
static inline void
test_settle (void)
{
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

/* One application for the whole test program, not unique: tests may run
 * beside a real instance. */
static inline PtApplication *
test_app (void)
{
  static PtApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = pt_application_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }
  return app;
}

/* The question dialog on screen (a GtkMessageDialog), or NULL. */
static inline GtkWidget *
test_question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* Answers the question on screen with the button of that label, as a
 * click would. */
static inline void
test_answer_question (const char *label)
{
  GtkWidget *question = test_question ();
  g_autoptr(GPtrArray) buttons = NULL;

  g_assert_nonnull (question);
  buttons = test_widgets_of (question, GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      {
        g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
        test_settle ();
        return;
      }
  g_error ("the question has no button “%s”", label);
}

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

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-register.c: how long the window stops responding while the MoU
 * register shows, sorts, filters and scrolls 100,000 MoUs.
 *
 * A 8 ms timer runs beside each operation; the longest gap between two of
 * its ticks is the longest the window could not draw or react. Prints
 * figures; it is a benchmark (meson test --benchmark), not a test. Run it in
 * a display, e.g. under xvfb-run, where software drawing adds to every
 * frame. Options: --mous N (default 100000), --scroll-only (skip sorting and
 * searching, e.g. to profile scrolling alone).
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "pp-history.h"
#include "pp-mou-page.h"
#include "pp-portfolio-io.h"
#include "pp-window.h"

static gint64 last_tick;
static gint64 worst_gap;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0 && now - last_tick > worst_gap)
    worst_gap = now - last_tick;
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
run_for (int ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
report (const char *what,
        gint64      started)
{
  printf ("  %-30s %8.2f s   longest stall %5.0f ms\n", what,
          (g_get_monotonic_time () - started) / 1e6, worst_gap / 1000.0);
  worst_gap = 0;
}

static PpPortfolio *
generate (guint n_mous)
{
  static const char *words[] = { "Agreement", "Memorandum", "Protocol", "Programme",
                                 "cooperation", "trade", "mining", "agriculture", "transport",
                                 "education", "health", "energy", "customs", "standards" };
  PpPortfolio *portfolio = pp_portfolio_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251128);
  GListModel *mous = pp_portfolio_get_mous (portfolio);

  pp_portfolio_set_title (portfolio, "Benchmark");
  pp_country_pair_set (pp_portfolio_get_countries (portfolio), "PK", "BY");
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);
      g_autoptr(PpSector) sector = pp_sector_new (id);

      pp_sector_set_name (sector, words[i % G_N_ELEMENTS (words)]);
      pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_sectors (portfolio),
                           PP_NODE (sector), NULL);
    }
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("o%u", i);
      g_autofree char *name = g_strdup_printf ("Organisation %u", g_rand_int_range (rand, 0, 100000));
      g_autoptr(PpOrganisation) org = pp_organisation_new (id);

      pp_organisation_set_name (org, name);
      pp_node_append_item (PP_NODE (portfolio), pp_portfolio_get_organisations (portfolio),
                           PP_NODE (org), NULL);
    }
  for (guint i = 0; i < n_mous; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      g_autofree char *title = g_strdup_printf ("%s on %s %u",
                                                words[g_rand_int_range (rand, 0, 4)],
                                                words[g_rand_int_range (rand, 4, 14)],
                                                g_rand_int_range (rand, 0, 1000000));
      g_autofree char *sector = g_strdup_printf ("s%d", g_rand_int_range (rand, 0, 12));
      g_autofree char *a = g_strdup_printf ("o%d", g_rand_int_range (rand, 0, 100));
      g_autofree char *b = g_strdup_printf ("o%d", g_rand_int_range (rand, 100, 200));
      const char *parties[] = { a, b, NULL };
      g_autoptr(PpMou) mou = pp_mou_new (id);
      g_autoptr(PpFollowUp) follow_up = pp_follow_up_new ();
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, 738000 + g_rand_int_range (rand, 0, 3000));
      pp_mou_set_title (mou, title);
      pp_mou_set_sector (mou, sector);
      pp_mou_set_parties (mou, parties);
      pp_mou_set_status (mou, g_rand_int_range (rand, 0, 6));
      pp_mou_set_signed_on (mou, &date);
      g_date_add_days (&date, 1825);
      pp_mou_set_expires_on (mou, &date);
      pp_follow_up_set_title (follow_up, "Follow up");
      pp_follow_up_set_due_on (follow_up, &date);
      pp_node_append_item (PP_NODE (mou), pp_mou_get_follow_ups (mou), PP_NODE (follow_up), NULL);
      pp_node_append_item (PP_NODE (portfolio), mous, PP_NODE (mou), NULL);
    }
  return portfolio;
}

static gboolean
sorting (PpMouPage *page)
{
  return pp_mou_page_get_pending (page) > 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PpPortfolio) portfolio = NULL;
  PpWindow *window;
  PpMouPage *page;
  GtkColumnView *view;
  GtkEditable *search;
  GtkAdjustment *scroll;
  guint n_mous = 100000;
  gboolean scroll_only = FALSE;
  gint64 started;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--mous") && i + 1 < argc)
      n_mous = (guint) g_ascii_strtoull (argv[++i], NULL, 10);
    else if (g_str_equal (argv[i], "--scroll-only"))
      scroll_only = TRUE;

  gtk_init ();
  adw_init ();

  started = g_get_monotonic_time ();
  portfolio = generate (n_mous);
  printf ("bench-register: %u MoUs (generated in %.1f s)\n", n_mous,
          (g_get_monotonic_time () - started) / 1e6);

  window = pp_window_new (NULL, portfolio, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                      PP_TYPE_WINDOW,
                                                                                      "stack")),
                                         "mous");
  page = PP_MOU_PAGE (pp_window_get_page (PP_WINDOW (window), "mous"));
  view = GTK_COLUMN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (page), PP_TYPE_MOU_PAGE,
                                                         "column_view"));
  search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page), PP_TYPE_MOU_PAGE,
                                                        "search_entry"));
  scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  g_timeout_add (8, tick_cb, NULL);

  started = g_get_monotonic_time ();
  run_for (1000);
  report ("show the register", started);

  /* Each column up, then two the other way: text and a date. */
  for (guint c = 0; c < (scroll_only ? 0 : 9); c++)
    {
      g_autoptr(GtkColumnViewColumn) column =
        g_list_model_get_item (gtk_column_view_get_columns (view), c < 7 ? c : (c - 7) * 4);
      GtkSortType order = c < 7 ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING;
      g_autofree char *what = g_strdup_printf ("sort by %s%s",
                                               gtk_column_view_column_get_title (column),
                                               c < 7 ? "" : ", down");

      started = g_get_monotonic_time ();
      gtk_column_view_sort_by_column (view, column, order);
      run_for (20);
      while (sorting (page))
        g_main_context_iteration (NULL, FALSE);
      /* The register changes once the sort is done; its redrawing belongs
       * to this step, not the next. */
      run_for (500);
      report (what, started);
    }

  if (!scroll_only)
    {
      started = g_get_monotonic_time ();
      gtk_editable_set_text (search, "mining");
      run_for (3000);
      report ("search “mining”", started);
      started = g_get_monotonic_time ();
      gtk_editable_set_text (search, "");
      run_for (3000);
      report ("clear the search", started);
    }

  started = g_get_monotonic_time ();
  for (guint i = 0; i <= 50; i++)
    {
      gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll) * i / 50.0);
      run_for (20);
    }
  report ("scroll top to bottom", started);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-application.h: PpApplication, the application object. */
#pragma once

#include <adwaita.h>

#include "pp-portfolio.h"

G_BEGIN_DECLS

#define PP_TYPE_APPLICATION (pp_application_get_type ())

G_DECLARE_FINAL_TYPE (PpApplication, pp_application, PP, APPLICATION, AdwApplication)

PpApplication *pp_application_new          (void);
GSettings     *pp_application_get_settings (PpApplication *self);
void           pp_application_open_sample  (PpApplication *self);
void           pp_application_new_portfolio (PpApplication *self,
                                             GtkWindow     *parent);
void           pp_application_open_file    (PpApplication *self,
                                            GFile         *file,
                                            GtkWindow     *from);

G_END_DECLS

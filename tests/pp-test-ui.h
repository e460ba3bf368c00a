/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-ui.h: what several widget tests do alike. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwMessageDialog *pp_test_find_message_dialog (void);

G_END_DECLS

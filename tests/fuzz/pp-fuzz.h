/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-fuzz.h: what the fuzz targets share: one set-up, and the way a broken
 * promise is reported (an abort, which libFuzzer and the replay both catch). */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

int  LLVMFuzzerTestOneInput (const uint8_t *data,
                             size_t         size);

void pp_fuzz_init           (void);
G_NORETURN
void pp_fuzz_fail           (const char    *format,
                             ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS

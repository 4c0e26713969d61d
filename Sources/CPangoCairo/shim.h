// The C headers of Pango, Cairo (PDF, PNG, FreeType) and fontconfig, behind one module.
#pragma once
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <poppler/glib/poppler.h>

/* Macros Swift cannot import. */
static inline void lh_g_object_unref(void *object) { g_object_unref(object); }
static inline unsigned int lh_glyph_empty(void) { return PANGO_GLYPH_EMPTY; }
static inline unsigned int lh_glyph_unknown_flag(void) { return PANGO_GLYPH_UNKNOWN_FLAG; }

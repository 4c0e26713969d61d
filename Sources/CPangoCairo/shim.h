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

/* Macros Swift cannot import. */
static inline void lh_g_object_unref(void *object) { g_object_unref(object); }
static inline unsigned int lh_glyph_empty(void) { return PANGO_GLYPH_EMPTY; }
static inline unsigned int lh_glyph_unknown_flag(void) { return PANGO_GLYPH_UNKNOWN_FLAG; }

/* The fontconfig pattern of a Pango font (Pango's fc fonts only; we build no other kind). */
static inline FcPattern *lh_font_pattern(PangoFont *font) {
    return pango_fc_font_get_pattern((PangoFcFont *)font);
}

/* A cairo font face for a font file, owning its FreeType face: FT_Done_Face runs when cairo drops the face. */
static inline cairo_user_data_key_t *lh_ft_face_key(void) { static cairo_user_data_key_t key; return &key; }
static inline void lh_done_ft_face(void *face) { FT_Done_Face((FT_Face)face); }
static inline cairo_font_face_t *lh_cairo_face_for_file(FT_Library library, const char *path, int index) {
    FT_Face face;
    if (FT_New_Face(library, path, index, &face) != 0) return NULL;
    cairo_font_face_t *font_face = cairo_ft_font_face_create_for_ft_face(face, 0);
    if (cairo_font_face_status(font_face) != CAIRO_STATUS_SUCCESS ||
        cairo_font_face_set_user_data(font_face, lh_ft_face_key(), face, lh_done_ft_face) != CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(font_face);
        FT_Done_Face(face);
        return NULL;
    }
    return font_face;
}

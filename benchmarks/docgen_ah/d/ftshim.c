/* The only C in family AH: FreeType's face and glyph-slot records are C structs the D side does not
   mirror, so this shim hands D the loaded glyph's outline (which D walks with FT_Outline_Decompose)
   and a few metrics. Everything else (layout, scanline filling, compositing, captures) is D. */
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

static FT_Library lib;

void *ah_open(const char *path, int index) {
    FT_Face f;
    if (!lib && FT_Init_FreeType(&lib)) return 0;
    if (FT_New_Face(lib, path, index, &f)) return 0;
    return f;
}

int ah_upem(void *f) { return ((FT_Face)f)->units_per_EM; }

/* Loads the glyph for code point cp unscaled; returns its advance in font units (-1 if absent)
   and leaves the outline for ah_outline. */
long ah_load(void *f, unsigned cp) {
    FT_Face face = (FT_Face)f;
    FT_UInt gi = FT_Get_Char_Index(face, cp);
    if (!gi) return -1;
    if (FT_Load_Glyph(face, gi, FT_LOAD_NO_SCALE | FT_LOAD_NO_BITMAP | FT_LOAD_NO_HINTING)) return -1;
    return face->glyph->advance.x;
}

FT_Outline *ah_outline(void *f) { return &((FT_Face)f)->glyph->outline; }

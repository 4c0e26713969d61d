// Cairo font faces for the font files named in glyph runs, loaded once per painter through FreeType.
import CPangoCairo
import LetterheadLayout

final class FontFaces {
    private var library: FT_Library?
    private var faces: [FontFace: OpaquePointer] = [:]

    init() throws {
        guard FT_Init_FreeType(&library) == 0 else { throw PaintError("FreeType: cannot initialise") }
    }

    deinit {
        // Each FT face is released by cairo when it drops the face (cairo may keep scaled fonts cached for a
        // while). The FreeType library itself is kept: freeing it would pull faces from under that cache.
        for face in faces.values { cairo_font_face_destroy(face) }
    }

    func face(_ font: FontFace) throws -> OpaquePointer {
        if let face = faces[font] { return face }
        guard let face = lh_cairo_face_for_file(library, font.path, Int32(font.index)) else {
            throw PaintError("\(font.path): cannot load the font for painting")
        }
        faces[font] = face
        return face
    }
}

// The few poppler-glib functions LetterheadCompare uses, loaded at run time (dlopen) so no binary links poppler.
#pragma once

/* Poppler's and the libraries' own struct tags, declared here without their headers: pointers only. */
typedef struct _PopplerDocument PopplerDocument;
typedef struct _PopplerPage PopplerPage;
struct _GBytes;
struct _GError;
struct _cairo;

/* Loads poppler-glib once (thread-safe); NULL when its functions are ready, else why not (dlerror's message).
   The functions below do nothing and return NULL or 0 while poppler is not loaded. */
const char *lh_poppler_load(void);

PopplerDocument *lh_poppler_document_new_from_bytes(struct _GBytes *bytes, const char *password, struct _GError **error);
int lh_poppler_document_get_n_pages(PopplerDocument *document);
PopplerPage *lh_poppler_document_get_page(PopplerDocument *document, int index);
void lh_poppler_page_get_size(PopplerPage *page, double *width, double *height);
/* The page's text, to be freed with g_free. */
char *lh_poppler_page_get_text(PopplerPage *page);
void lh_poppler_page_render_for_printing(PopplerPage *page, struct _cairo *cairo);

// Resolves poppler-glib's functions with dlopen and dlsym on first use, and forwards the calls to them.
#include "CPopplerLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#ifdef __APPLE__
#define LH_POPPLER_LIBRARY "libpoppler-glib.8.dylib"
#else
#define LH_POPPLER_LIBRARY "libpoppler-glib.so.8"
#endif

static struct {
    PopplerDocument *(*document_new_from_bytes)(struct _GBytes *, const char *, struct _GError **);
    int (*document_get_n_pages)(PopplerDocument *);
    PopplerPage *(*document_get_page)(PopplerDocument *, int);
    void (*page_get_size)(PopplerPage *, double *, double *);
    char *(*page_get_text)(PopplerPage *);
    void (*page_render_for_printing)(PopplerPage *, struct _cairo *);
} poppler;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static const char *load_error;
static char load_error_text[512];

/* The address of `name` in `library`, or NULL with load_error set. */
static void *resolve(void *library, const char *name) {
    void *function = dlsym(library, name);
    if (function == NULL && load_error == NULL) {
        const char *reason = dlerror();
        snprintf(load_error_text, sizeof load_error_text, "%s", reason ? reason : name);
        load_error = load_error_text;
    }
    return function;
}

static void load(void) {
    /* Local: poppler's symbols do not join the global namespace; the library stays loaded for good. */
    void *library = dlopen(LH_POPPLER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(load_error_text, sizeof load_error_text, "%s", reason ? reason : "cannot load " LH_POPPLER_LIBRARY);
        load_error = load_error_text;
        return;
    }
    poppler.document_new_from_bytes = resolve(library, "poppler_document_new_from_bytes");
    poppler.document_get_n_pages = resolve(library, "poppler_document_get_n_pages");
    poppler.document_get_page = resolve(library, "poppler_document_get_page");
    poppler.page_get_size = resolve(library, "poppler_page_get_size");
    poppler.page_get_text = resolve(library, "poppler_page_get_text");
    poppler.page_render_for_printing = resolve(library, "poppler_page_render_for_printing");
}

const char *lh_poppler_load(void) {
    pthread_once(&load_once, load);
    return load_error;
}

/* True when every function is resolved; loads poppler on first use. */
static int loaded(void) { return lh_poppler_load() == NULL; }

PopplerDocument *lh_poppler_document_new_from_bytes(struct _GBytes *bytes, const char *password, struct _GError **error) {
    return loaded() ? poppler.document_new_from_bytes(bytes, password, error) : NULL;
}

int lh_poppler_document_get_n_pages(PopplerDocument *document) {
    return loaded() ? poppler.document_get_n_pages(document) : 0;
}

PopplerPage *lh_poppler_document_get_page(PopplerDocument *document, int index) {
    return loaded() ? poppler.document_get_page(document, index) : NULL;
}

void lh_poppler_page_get_size(PopplerPage *page, double *width, double *height) {
    if (loaded()) poppler.page_get_size(page, width, height);
}

char *lh_poppler_page_get_text(PopplerPage *page) {
    return loaded() ? poppler.page_get_text(page) : NULL;
}

void lh_poppler_page_render_for_printing(PopplerPage *page, struct _cairo *cairo) {
    if (loaded()) poppler.page_render_for_printing(page, cairo);
}

// glibc's malloc tuning (mallopt), which Swift's Glibc module does not export.
#pragma once
#include <malloc.h>

/* For a process that renders many documents: memory freed after one document stays in the heap for the next,
   instead of going back to the system and coming back page by page (about 60 page faults a document). */
static inline void lh_keep_freed_memory_for_reuse(void) {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
}

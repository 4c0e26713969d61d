// cmark-gfm, the CommonMark parser (with GitHub extensions), from Debian.
#pragma once
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// zlib (Debian zlib1g-dev), for the Flate streams of the PDF finishing step.
#pragma once
#include <zlib.h>

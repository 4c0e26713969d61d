// qpdf's C API (Debian libqpdf-dev), for the finishing step over the PDF that Cairo wrote.
#pragma once
#include <qpdf/qpdf-c.h>

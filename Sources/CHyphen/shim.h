// libhyphen, dictionary hyphenation (Debian's hyphen-nl / hyphen-en-us patterns).
#pragma once
#include <hyphen.h>

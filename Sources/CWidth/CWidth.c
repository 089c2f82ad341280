#define _GNU_SOURCE
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <pthread.h>
#include <wchar.h>
#include "CWidth.h"

static locale_t utf8_locale = (locale_t)0;
static pthread_once_t utf8_once = PTHREAD_ONCE_INIT;

static void open_utf8_locale(void) {
    const char *names[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) {
        utf8_locale = newlocale(LC_CTYPE_MASK, names[i], (locale_t)0);
        if (utf8_locale != (locale_t)0) return;
    }
}

int coalition_wcwidth(unsigned int codepoint) {
    pthread_once(&utf8_once, open_utf8_locale);
    if (utf8_locale == (locale_t)0) return -2;
    // uselocale changes only this thread's locale, and only for this call.
    locale_t previous = uselocale(utf8_locale);
    int width = wcwidth((wchar_t)codepoint);
    uselocale(previous);
    return width;
}

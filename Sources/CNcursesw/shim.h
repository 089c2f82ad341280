// The ncursesw API as Swift can use it. Swift does not import function-like macros (A_BOLD,
// KEY_F, getmaxyx) and, in Swift 6 mode, refuses to read C globals such as stdscr, LINES and COLS;
// these inline wrappers give it plain functions instead.
#ifndef COALITION_CNCURSESW_SHIM_H
#define COALITION_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }

static inline attr_t shim_attr_bold(void) { return A_BOLD; }
static inline attr_t shim_attr_reverse(void) { return A_REVERSE; }
static inline attr_t shim_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_attr_dim(void) { return A_DIM; }
static inline attr_t shim_attr_normal(void) { return A_NORMAL; }

static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_mouse(void) { return KEY_MOUSE; }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }

static inline mmask_t shim_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t shim_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t shim_mouse_mask_wanted(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/// Draws one cell: a grapheme cluster given as wide characters, with attributes and a colour pair.
static inline int shim_put_cell(int row, int column, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) == ERR) return ERR;
    return mvadd_wch(row, column, &cell);
}

/// Reads one key or character; returns OK, KEY_CODE_YES or ERR like get_wch.
static inline int shim_get_wch(wint_t *out) { return get_wch(out); }

/// A terminfo string capability, or NULL when the terminal has none.
static inline const char *shim_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? NULL : value;
}

/// The real-time signals the C library leaves to programs (macros in <signal.h>).
static inline int shim_sigrtmin(void) { return SIGRTMIN; }
static inline int shim_sigrtmax(void) { return SIGRTMAX; }

static inline int shim_set_locale_from_environment(void) {
    return setlocale(LC_ALL, "") != NULL;
}

#endif

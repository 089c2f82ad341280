// libc's wcwidth, the width table ncurses and terminals use, asked in a UTF-8 locale whatever
// locale the process runs in (in the C locale wcwidth calls every non-ASCII character unprintable).
#ifndef COALITION_CWIDTH_H
#define COALITION_CWIDTH_H

/// Columns for one code point as wcwidth gives them under C.UTF-8 (or another UTF-8 locale):
/// 0, 1 or 2, or -1 for a code point wcwidth calls unprintable. -2 when no UTF-8 locale exists.
int coalition_wcwidth(unsigned int codepoint);

#endif

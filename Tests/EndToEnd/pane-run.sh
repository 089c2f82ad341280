#!/usr/bin/env bash
# Helper for run.sh, typed into a tmux pane: runs one command, then prints on one line a tag, the
# command's exit status and the terminal's icanon/echo modes exactly as the command left them
# (this shell is not interactive, so nothing repairs the terminal in between).
#
#   pane-run.sh TAG COMMAND [ARG...]   ->   TAG EXIT=0 TTY=[icanon echo]
tag=$1
shift
"$@"
status=$?
modes=$(stty -a 2>/dev/null | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' ')
printf '%s EXIT=%s TTY=[%s]\n' "$tag" "$status" "${modes% }"

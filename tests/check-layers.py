#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the layers of app/: no file includes or calls a file of a layer
above its own (or of a sibling page), and no files call each other in a
circle.

Includes are read from the sources; calls (and every other use of a symbol)
from the object files in the static libraries, with nm.

Usage: check-layers.py SOURCE_ROOT LIBRARY.a...
"""

import collections
import os
import re
import subprocess
import sys

# Bottom to top. A file may use its own folder and the folders of lower rank;
# folders of equal rank (the pages) do not use each other.
LAYERS = {
    'app/core/base': 0,
    'app/core/model': 1,
    'app/core/storage': 2,
    'app/core/import': 3,
    'app/core/figures': 4,
    'app/core/compare': 5,
    'app/core/documents': 6,
    'app/core/versions': 7,
    'app/widgets': 8,
    'app/pages/dashboard': 9,
    'app/pages/mous': 9,
    'app/pages/ventures': 9,
    'app/pages/commitments': 9,
    'app/pages/import': 9,
    'app/pages/partnership': 9,
    'app/pages/versions': 9,
    'app/pages/changes': 9,
    'app/export': 10,
    'app/window': 11,
}

# Files made by the build, and the folder whose sources they belong to.
GENERATED = {
    'pp-enum-types.c': 'app/core/model',
    'pp-enum-types.h': 'app/core/model',
    'pp-core-resources.c': 'app/core/base',
    'pp-core-resources.h': 'app/core/base',
    'pp-ui-resources.c': 'app/window',
    'pp-ui-resources.h': 'app/window',
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def find_sources(root):
    """Maps each file name under app/ to its folder (names are unique)."""
    folders = dict(GENERATED)
    for folder, _, names in os.walk(os.path.join(root, 'app')):
        rel = os.path.relpath(folder, root)
        for name in names:
            if name.endswith(('.c', '.h')):
                if name in folders and name not in GENERATED:
                    sys.exit(f'{name} is in two folders: {folders[name]} and {rel}')
                folders[name] = rel
    return folders


def allowed(user, used):
    if user == used:
        return True
    return LAYERS[used] < LAYERS[user]


def check_includes(root, folders):
    problems = []
    for name, folder in sorted(folders.items()):
        if name in GENERATED:
            continue
        with open(os.path.join(root, folder, name), encoding='utf-8') as f:
            text = f.read()
        for header in INCLUDE.findall(text):
            if header == 'config.h':
                continue
            if header not in folders:
                problems.append(f'{folder}/{name} includes {header}, which is in no folder of app/')
            elif not allowed(folder, folders[header]):
                problems.append(f'{folder}/{name} includes {header} of {folders[header]}, '
                                'a layer it may not use')
    return problems


def read_symbols(archives):
    """Returns the symbols each object file defines and uses."""
    defines = {}
    uses = collections.defaultdict(set)
    for archive in archives:
        out = subprocess.run(['nm', '-A', archive], capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            where, _, rest = line.rpartition(':')
            obj = os.path.basename(where)
            obj = re.sub(r'\.o$', '', obj).split('_')[-1]
            fields = rest.split()
            if len(fields) == 2 and fields[0] == 'U':
                uses[obj].add(fields[1])
            elif len(fields) == 3 and fields[1] in 'TDBRGSV':
                defines[fields[2]] = obj
    return defines, uses


def circles(edges):
    """Strongly connected components of more than one file (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def check_calls(folders, archives):
    defines, uses = read_symbols(archives)
    edges = collections.defaultdict(set)
    why = collections.defaultdict(list)
    problems = []
    for user, symbols in sorted(uses.items()):
        for symbol in sorted(symbols):
            used = defines.get(symbol)
            if used is None or used == user:
                continue
            edges[user].add(used)
            why[(user, used)].append(symbol)
    for user in sorted(edges):
        for used in sorted(edges[user]):
            if user in folders and used in folders and not allowed(folders[user], folders[used]):
                problems.append(f'{folders[user]}/{user} uses {folders[used]}/{used} '
                                f'({", ".join(why[(user, used)][:4])}), a layer it may not use')
    for component in circles(edges):
        lines = [f'  {a} -> {b}: {", ".join(why[(a, b)][:4])}'
                 for a in component for b in sorted(edges[a]) if b in component]
        problems.append('these files call each other: ' + ', '.join(component) + '\n'
                        + '\n'.join(lines))
    return problems


def main():
    root, archives = sys.argv[1], sys.argv[2:]
    folders = find_sources(root)
    for folder in set(folders.values()):
        if folder not in LAYERS:
            sys.exit(f'{folder} has no layer in {__file__}')
    problems = check_includes(root, folders) + check_calls(folders, archives)
    for problem in problems:
        print(problem)
    print(f'{len(problems)} problems in {len(folders)} files')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

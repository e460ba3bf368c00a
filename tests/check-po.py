#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translations: every file with marked strings is listed in
po/POTFILES.in (and every listed file exists), every po/*.po is in
po/LINGUAS, and every language in po/LINGUAS has a catalogue that
msgfmt --check accepts, with no fuzzy message and none left untranslated,
counted against the strings the sources hold today (the catalogue merged
with a template made here), so that a catalogue the sources have moved past
fails too.

Usage: check-po.py SOURCE_ROOT
       check-po.py --self-test
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

# Marks in C: _(), N_(), C_(), NC_(), Q_(), ngettext (), g_dngettext ()...
C_MARK = re.compile(r'\b(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2|g_dcgettext)\s*\(')
UI_MARK = re.compile(r'translatable\s*=\s*"yes"')
# Data files whose texts the build merges translations into, or that
# name the gettext domain: they are translatable whether or not marked.
DATA_FILE = re.compile(r'\.(desktop\.in(\.in)?|metainfo\.xml\.in|appdata\.xml\.in|'
                       r'mime\.xml\.in|gschema\.xml)$')

# The keywords and flags of meson's i18n.gettext preset 'glib', which
# makes po/partnership-planner.pot.
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]

STATISTICS = re.compile(r'(\d+) (translated|fuzzy|untranslated)')


def read_list(path):
    """The non-comment, non-blank lines of POTFILES.in or LINGUAS."""
    if not os.path.exists(path):
        return []
    with open(path, encoding='utf-8') as f:
        lines = (line.split('#', 1)[0].strip() for line in f)
        return [line for line in lines if line]


def has_marks(root, relpath):
    path = os.path.join(root, relpath)
    if DATA_FILE.search(relpath):
        return True
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    if relpath.endswith(('.c', '.h')):
        return C_MARK.search(text) is not None
    return UI_MARK.search(text) is not None


def marked_files(root):
    """Source files under app/, ui/ and data/ that hold strings to translate."""
    found = []
    for top, exts in (('app', ('.c', '.h')), ('ui', ('.ui',)), ('data', ('',))):
        for folder, dirs, files in os.walk(os.path.join(root, top)):
            dirs.sort()
            for name in sorted(files):
                relpath = os.path.relpath(os.path.join(folder, name), root)
                if name.endswith(exts) and has_marks(root, relpath):
                    found.append(relpath)
    return found


def check_potfiles(root):
    listed = read_list(os.path.join(root, 'po', 'POTFILES.in'))
    problems = []
    for relpath in marked_files(root):
        if relpath not in listed:
            problems.append(f'{relpath} has strings to translate but is not in po/POTFILES.in')
    for relpath in listed:
        if not os.path.exists(os.path.join(root, relpath)):
            problems.append(f'po/POTFILES.in lists {relpath}, which does not exist')
    return problems


def run(args, **kwargs):
    env = dict(os.environ, LC_ALL='C', LANGUAGE='')
    return subprocess.run(args, capture_output=True, text=True, env=env, **kwargs)


def make_template(root, tmp):
    pot = os.path.join(tmp, 'template.pot')
    result = run(['xgettext', '--directory=' + root,
                  '--files-from=' + os.path.join(root, 'po', 'POTFILES.in'),
                  '--output=' + pot] + XGETTEXT_ARGS)
    if result.returncode != 0:
        return None, [f'xgettext cannot make the template:\n{result.stderr}']
    return pot, []


def count_messages(po):
    """msgfmt --check's verdict and its statistics of a catalogue."""
    result = run(['msgfmt', '--check', '--statistics', '--output-file=/dev/null', po])
    counts = {kind: int(n) for n, kind in STATISTICS.findall(result.stderr)}
    return result, counts


def check_language(root, lang, pot, tmp):
    po = os.path.join(root, 'po', lang + '.po')
    if not os.path.exists(po):
        return [f'po/LINGUAS lists {lang}, but there is no po/{lang}.po']
    result, counts = count_messages(po)
    if result.returncode != 0:
        return [f'msgfmt --check fails on po/{lang}.po:\n{result.stderr}']
    problems = []
    if counts.get('fuzzy', 0) > 0:
        problems.append(f'po/{lang}.po has {counts["fuzzy"]} fuzzy messages')
    if counts.get('untranslated', 0) > 0:
        problems.append(f'po/{lang}.po has {counts["untranslated"]} untranslated messages')
    if problems or pot is None:
        return problems
    merged = os.path.join(tmp, lang + '.po')
    result = run(['msgmerge', '--quiet', '--no-fuzzy-matching', '--output-file=' + merged,
                  po, pot])
    if result.returncode != 0:
        return [f'msgmerge cannot merge po/{lang}.po with the template:\n{result.stderr}']
    result, counts = count_messages(merged)
    missing = counts.get('untranslated', 0)
    if missing > 0:
        problems.append(f'po/{lang}.po lacks {missing} of the sources\' messages: msgmerge it '
                        'with the new template (meson compile partnership-planner-update-po) '
                        'and translate them')
    return problems


def check(root):
    problems = check_potfiles(root)
    languages = read_list(os.path.join(root, 'po', 'LINGUAS'))
    for name in sorted(os.listdir(os.path.join(root, 'po'))):
        if name.endswith('.po') and name[:-3] not in languages:
            problems.append(f'po/{name} is not in po/LINGUAS, so it is never built or installed')
    if not languages:
        return problems
    with tempfile.TemporaryDirectory() as tmp:
        pot, template_problems = make_template(root, tmp)
        problems += template_problems
        for lang in languages:
            problems += check_language(root, lang, pot, tmp)
    return problems


def write(root, relpath, text):
    path = os.path.join(root, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


PO_HEADER = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && \
(n%100<10 || n%100>=20) ? 1 : 2);\\n"

'''


def self_test():
    """Each failure the check exists for, made in a small tree, is found."""
    cases = {
        'unlisted source': ({'app/a.c': 'f (_("Hello"));\n'}, 'not in po/POTFILES.in'),
        'missing listed file': ({'po/POTFILES.in': 'app/gone.c\n'}, 'does not exist'),
        'untranslated': ({'po/ru.po': PO_HEADER + 'msgid "Hello"\nmsgstr ""\n'},
                         '1 untranslated'),
        'fuzzy': ({'po/ru.po': PO_HEADER + '#, fuzzy\nmsgid "Hello"\nmsgstr "Привет"\n'},
                  '1 fuzzy'),
        'bad format': ({'po/ru.po': PO_HEADER + '#, c-format\nmsgid "%s jobs"\nmsgstr "%d"\n'},
                       'msgfmt --check fails'),
        'too few plural forms': ({'app/a.c': 'f (ngettext ("%u job", "%u jobs", n));\n',
                                  'po/ru.po': PO_HEADER + '#, c-format\nmsgid "%u job"\n'
                                  'msgid_plural "%u jobs"\nmsgstr[0] "%u место"\n'
                                  'msgstr[1] "%u места"\n'},
                                 'msgfmt --check fails'),
        'catalogue not in LINGUAS': ({'po/ur.po': PO_HEADER}, 'not in po/LINGUAS'),
        'stale catalogue': ({'app/b.c': 'f (_("Goodbye"));\n',
                             'po/ru.po': PO_HEADER + 'msgid "Hello"\nmsgstr "Привет"\n'},
                            'lacks 1 of the sources'),
    }
    base = {'app/a.c': 'f (_("Hello"));\n', 'po/POTFILES.in': '# Files.\napp/a.c\n',
            'po/LINGUAS': ''}
    failed = 0
    for name, (files, expected) in cases.items():
        tree = dict(base, **files)
        if 'po/ru.po' in files and name != 'catalogue not in LINGUAS':
            tree['po/LINGUAS'] = 'ru\n'
        if 'app/b.c' in files:
            tree['po/POTFILES.in'] += 'app/b.c\n'
        if name == 'unlisted source':
            tree['po/POTFILES.in'] = '# Nothing yet.\n'
        with tempfile.TemporaryDirectory() as root:
            for relpath, text in tree.items():
                write(root, relpath, text)
            problems = check(root)
        found = any(expected in p for p in problems)
        print(f'{"ok" if found else "not ok"} - {name}: {problems}')
        failed += not found
    with tempfile.TemporaryDirectory() as root:
        for relpath, text in dict(base, **{'po/LINGUAS': 'ru\n', 'po/ru.po': PO_HEADER +
                                           'msgid "Hello"\nmsgstr "Привет"\n'}).items():
            write(root, relpath, text)
        problems = check(root)
        print(f'{"not ok" if problems else "ok"} - a complete catalogue passes: {problems}')
        failed += bool(problems)
    return 1 if failed else 0


def main():
    if sys.argv[1:] == ['--self-test']:
        sys.exit(self_test())
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for tool in ('xgettext', 'msgmerge', 'msgfmt'):
        if shutil.which(tool) is None:
            sys.exit(f'{tool} is not installed (Debian: gettext)')
    problems = check(sys.argv[1])
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()

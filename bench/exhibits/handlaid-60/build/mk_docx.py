"""harris_tweed_1846.docx: LaTeX source converted by docxwright, with the changes since the
committed draft shown as Word tracked changes (docxwright --compare-to HEAD)."""
import os
import shutil
import subprocess
import sys
import tempfile

import content as K

HERE = K.HERE
VENV = os.path.join(HERE, "venv", "bin")


def tex_escape(s):
    return (s.replace("&", "\\&").replace("%", "\\%").replace("’", "'")
             .replace("ò", "\\`o"))


def source(H):
    e = lambda k: tex_escape(H[k])
    cap, pos, credit = H["cap"]
    return r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage{graphicx}
\title{Woven in the Hebrides\\ Harris Tweed, 1846}
\author{}
\date{}
\begin{document}
\maketitle

\noindent\textsc{Gallery of Cloth \textperiodcentered{} Case 7 \textperiodcentered{} Island Trades}

{\large """ + e("intro") + r"""}

\section{Cloth for the Family}
""" + e("1a").replace("waulking,", "waulking,\\footnote{Waulking songs were sung in Gaelic, one woman leading and the others answering; many were recorded in the twentieth century.}") + r"""

""" + e("1b") + r"""

\section{The Countess and the Market}
""" + e("2a") + r"""

\begin{figure}[h]
\centering
\includegraphics[width=0.6\textwidth]{grey.png}
\caption*{""" + pos + ": " + tex_escape(cap) + r"""\\ {\footnotesize """ + tex_escape(credit) + r"""}}
\end{figure}

""" + e("2b") + r"""

\begin{quote}
\textit{``Every length still leaves a weaver's shed, not a factory floor.''}
\end{quote}

\section{The Orb Mark}
""" + e("3a") + r"""

\begin{tabular}{|l|l|}
\hline
\textbf{Mark} & orb and Maltese cross \\ \hline
\textbf{Registered} & 1909, Harris Tweed Association \\ \hline
\textbf{Law} & Harris Tweed Act 1993 \\ \hline
\textbf{Stamped by} & Harris Tweed Authority \\ \hline
\end{tabular}

""" + e("3b") + r"""

\section*{Caring for Tweed}
""" + e("side") + r"""

\end{document}
"""


def main():
    out = os.path.join(K.OUT, "harris_tweed_1846.docx")
    tmp = tempfile.mkdtemp(prefix="x60docx-")
    try:
        from PIL import Image
        Image.new("RGB", (600, 380), (170, 170, 170)).save(os.path.join(tmp, "grey.png"))
        tex = os.path.join(tmp, "harris_tweed_1846.tex")
        env = dict(os.environ, GIT_AUTHOR_NAME="Set 60", GIT_AUTHOR_EMAIL="set60@example.invalid",
                   GIT_COMMITTER_NAME="Set 60", GIT_COMMITTER_EMAIL="set60@example.invalid",
                   GIT_AUTHOR_DATE="2026-11-02T10:00:00Z", GIT_COMMITTER_DATE="2026-11-02T10:00:00Z")
        run = lambda *a: subprocess.run(a, cwd=tmp, env=env, check=True, stdout=subprocess.DEVNULL)
        run("git", "init", "-q")
        open(tex, "w").write(source(K.H_OLD))
        shutil.copy(tex, os.path.join(HERE, "docx", "harris_tweed_1846.draft.tex"))
        run("git", "add", ".")
        run("git", "commit", "-q", "-m", "draft")
        open(tex, "w").write(source(K.H))
        shutil.copy(tex, os.path.join(HERE, "docx", "harris_tweed_1846.tex"))
        subprocess.run([os.path.join(VENV, "docxwright"), tex, "-o", out, "--compare-to", "HEAD",
                        "--author", "Collections Editor"], cwd=tmp, env=env, check=True)
    finally:
        shutil.rmtree(tmp)
    print("wrote", out)


if __name__ == "__main__":
    main()

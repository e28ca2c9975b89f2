"""The commit-msg hook's interpreter on standby: a commit through the editor starts one Python, not two.

Through the editor git runs two hooks, prepare-commit-msg and then commit-msg, each a new Python
that spends ~35 ms starting and importing before it does anything (BENCHMARKS.md). So the
prepare-commit-msg hook starts, in the background, a second interpreter (``server``) that imports
what commit-msg needs while the developer types; the commit-msg hook script's Python (``client``)
then hands it the hook call -- its arguments, working folder, environment and its standard
input, output and error themselves -- and exits with the exit status it returns. The call runs
as ``provenance.cli.main`` would run it in the hook's own process: modules are all the standby
holds, and it serves one call of the same ``git commit`` (same git process, same environment),
then exits; it also exits as soon as that git process ends (an aborted commit). Anything amiss
(no standby, another environment, a standby that does not answer) and the hook runs as before.

Where: a socket in a folder of the git dir only its owner can enter (``place``). Off with
``GIT_PROVENANCE_STANDBY=0``; POSIX only. ``entry`` is what the installed hook scripts run.
May import: provenance.cli (the server runs the hook call through it), lazily.
"""

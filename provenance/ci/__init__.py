"""What a CI service tells a job through its environment: the branch a pull or merge request
targets, how many commits it has, where a job summary goes. One adapter per service (GitHub
Actions, GitLab CI), all meeting ``CiService``, in the explicit registry ``SERVICES``.

May import: provenance.core only. It reads environment variables and the files they name and
starts no git process (the repository is gitio's business)."""

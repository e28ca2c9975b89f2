import os
import re

# Regular expression to match a variable reference like ${NAME} or $NAME
VAR_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)")


class DotenvError(Exception):
    """Exception raised for errors in the .env file."""

    def __init__(self, path, line_no, message):
        self.path = path
        self.line_no = line_no
        super().__init__("%s:%d: %s" % (path, line_no, message))


# Function to remove quotes and handle escape sequences
def _unquote(value):
    if len(value) >= 2 and value[0] == value[-1] and value[0] in ("'", '"'):
        quote = value[0]
        value = value[1:-1]
        # Only double-quoted values support escape sequences
        if quote == '"':
            value = value.replace("\\n", "\n").replace("\\t", "\t").replace('\\"', '"')
        return value, quote
    # Strip inline comments from unquoted values
    if " #" in value:
        value = value.split(" #", 1)[0]
    return value.strip(), None


# Function to expand ${VAR} references using already parsed values
def _expand(value, env):
    def replace(match):
        name = match.group(1) or match.group(2)
        if name in env:
            return env[name]
        return os.environ.get(name, "")

    return VAR_REF.sub(replace, value)


def parse_dotenv(text, path="<string>", expand=True):
    """Parse the contents of a .env file and return a dictionary."""
    result = {}
    lines = text.splitlines()

    # Loop through each line in the file
    for line_no, raw_line in enumerate(lines, start=1):
        line = raw_line.strip()

        # Skip empty lines and comments
        if not line or line.startswith("#"):
            continue

        # Remove the optional "export " prefix
        if line.startswith("export "):
            line = line[len("export "):].lstrip()

        # Check that the line contains an equals sign
        if "=" not in line:
            raise DotenvError(path, line_no, "missing '=' in line")

        key, value = line.split("=", 1)
        key = key.strip()

        # Validate the key name
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", key):
            raise DotenvError(path, line_no, "invalid variable name %r" % key)

        value, quote = _unquote(value.strip())

        # Single-quoted values are taken literally, others are expanded
        if expand and quote != "'":
            value = _expand(value, result)

        result[key] = value

    return result


def load_dotenv(path=".env", override=False, expand=True):
    """Load variables from a .env file into os.environ.

    Returns the number of variables that were set.
    """
    # Check if the file exists before trying to open it
    if not os.path.isfile(path):
        return 0

    with open(path, "r", encoding="utf-8") as f:
        values = parse_dotenv(f.read(), path=path, expand=expand)

    count = 0
    for key, value in values.items():
        # Only set the variable if it is not already set (unless override is True)
        if override or key not in os.environ:
            os.environ[key] = value
            count += 1
    return count

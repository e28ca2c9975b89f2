import csv
import re
import sys
import unicodedata

# Columns we expect in the input file
REQUIRED_COLUMNS = ["first_name", "last_name", "email", "phone", "company"]


# Function to normalize an email address
def normalize_email(email):
    if not email:
        return ""
    email = email.strip().lower()
    # Remove "+tag" part for gmail addresses
    local, _, domain = email.partition("@")
    if domain in ("gmail.com", "googlemail.com"):
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    return local + "@" + domain


# Function to normalize a phone number to digits only
def normalize_phone(phone):
    if not phone:
        return ""
    digits = re.sub(r"\D", "", phone)
    # Remove the leading country code 1 for US numbers
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits


# Function to normalize a name (remove accents and extra spaces)
def normalize_name(name):
    if not name:
        return ""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.lower().split())


# Function to build the keys used to detect duplicates
def match_keys(row):
    keys = []
    email = normalize_email(row.get("email"))
    phone = normalize_phone(row.get("phone"))
    full_name = normalize_name(row.get("first_name")) + " " + normalize_name(row.get("last_name"))
    if email:
        keys.append(("email", email))
    if phone and len(phone) >= 7:
        keys.append(("phone", phone))
    if full_name.strip() and row.get("company"):
        keys.append(("name_company", full_name.strip() + "|" + normalize_name(row["company"])))
    return keys


# Function to merge two records, keeping non-empty values
def merge_records(existing, new):
    for key, value in new.items():
        if value and not existing.get(key):
            existing[key] = value
    return existing


def dedupe(rows):
    """Remove duplicate contacts and return (unique_rows, duplicate_count)."""
    unique = []
    index = {}
    duplicates = 0

    # Loop through each row and check if we have seen it before
    for row in rows:
        keys = match_keys(row)
        found = None
        for key in keys:
            if key in index:
                found = index[key]
                break

        if found is not None:
            merge_records(unique[found], row)
            duplicates += 1
        else:
            found = len(unique)
            unique.append(dict(row))

        # Register all keys of this row (and the merged record) in the index
        for key in keys + match_keys(unique[found]):
            index.setdefault(key, found)

    return unique, duplicates


def main():
    # Check the command line arguments
    if len(sys.argv) != 3:
        print("Usage: python contact_list_dedupe.py input.csv output.csv")
        sys.exit(1)

    input_path, output_path = sys.argv[1], sys.argv[2]

    # Read the input file
    with open(input_path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            print("Error: missing columns: " + ", ".join(missing))
            sys.exit(1)
        fieldnames = reader.fieldnames
        rows = list(reader)

    unique, duplicates = dedupe(rows)

    # Write the output file
    with open(output_path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(unique)

    print("Read %d rows, removed %d duplicates, wrote %d rows" % (len(rows), duplicates, len(unique)))


if __name__ == "__main__":
    main()
